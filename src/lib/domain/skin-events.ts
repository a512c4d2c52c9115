import type { SkinCheckId } from './care';
import type { LocalDate } from './time';

// The skin check during a compress (care-content.md section 1a, "during, after about 5 min"; issue
// 24): when it is due, and what the person answered. Pure: instants in, instants out; the timer
// passes the clock's now, so a locked phone or a jumped clock never counts ticks.

/** Check the skin after about 5 minutes of cold or heat (section 1a). */
export const SKIN_CHECK_AFTER_MS = 5 * 60_000;

/**
 * Asked again every 5 minutes while the timer is paused with the pack still on: the app's choice
 * (the sources say when to check first, not how often after).
 */
export const SKIN_CHECK_PAUSED_DESIGN_CHOICE =
	'Asking again every 5 minutes while the timer is paused with the pack on.';

/** Where a compress session stands, as the timer keeps it (ms since the epoch). */
export interface CompressSession {
	/** When the pack went on (the timer's first start). */
	readonly startedAt: number;
	/** When a running timer ends; null while paused. */
	readonly endsAt: number | null;
	/** When it was paused; null while running. */
	readonly pausedAt: number | null;
	/** When the skin check was last answered "looks fine"; null before the first answer. */
	readonly checkedAt: number | null;
}

/**
 * When the next skin check is due: about 5 minutes after the pack went on, then, while paused,
 * 5 minutes after the pause or the last answer, whichever is later. Null when none is coming
 * (checked and running: the time-up check follows).
 */
export function skinCheckDueAt(session: CompressSession): number | null {
	const { startedAt, pausedAt, checkedAt } = session;
	if (checkedAt === null) return startedAt + SKIN_CHECK_AFTER_MS;
	if (pausedAt === null) return null;
	return Math.max(pausedAt, checkedAt) + SKIN_CHECK_AFTER_MS;
}

/** Whether the skin check is to be asked now; never once the session's time is up. */
export function skinCheckDue(session: CompressSession | null, now: number): boolean {
	if (session === null) return false;
	if (session.endsAt !== null && now >= session.endsAt) return false;
	const due = skinCheckDueAt(session);
	return due !== null && now >= due;
}

/**
 * A kept timer as a compress session; null once its time is up, and for a timer kept before
 * sessions had a start.
 */
export function sessionOf(
	timer: {
		readonly endsAt: number | null;
		readonly remainingMs: number;
		readonly startedAt?: number;
		readonly pausedAt?: number | null;
		readonly checkedAt?: number | null;
	} | null
): CompressSession | null {
	if (!timer || timer.startedAt === undefined) return null;
	// Stopped with no time left: the time is up, the pack comes off.
	if (timer.endsAt === null && timer.remainingMs <= 0) return null;
	return {
		startedAt: timer.startedAt,
		endsAt: timer.endsAt,
		pausedAt: timer.endsAt === null ? (timer.pausedAt ?? timer.startedAt) : null,
		checkedAt: timer.checkedAt ?? null
	};
}

/** What the person answered: the skin looks fine, or the section 1a row they saw. */
export type SkinAnswer = 'fine' | SkinCheckId;

export type CompressKind = 'cold-compress' | 'warm-compress';

/** One skin check answered, kept on the device for the visit summary. */
export interface SkinEvent {
	/** The instant it was answered (ISO 8601). */
	readonly at: string;
	/** The plan day it belongs to. */
	readonly date: LocalDate;
	readonly measure: CompressKind;
	readonly itemId: string;
	readonly answer: SkinAnswer;
}

/** The settings key the skin events are kept under (a record of its own: no stored shape changed). */
export const SKIN_EVENTS_KEY = 'skinEvents';

export interface SkinEventRecord {
	/** Oldest first. */
	readonly events: readonly SkinEvent[];
}

const eventKey = (e: SkinEvent) => `${Date.parse(e.at)}|${e.itemId}|${e.answer}`;
// By instant, not by text: a backup's "…Z" and the app's "….000Z" are the same instant.
const byInstant = (a: SkinEvent, b: SkinEvent) => Date.parse(a.at) - Date.parse(b.at);

/** The record with one more answer. */
export function withSkinEvent(record: SkinEventRecord, event: SkinEvent): SkinEventRecord {
	return { events: [...record.events, event].sort(byInstant) };
}

/** Two records as one (a merge restore): every event of either, each once, oldest first. */
export function mergeSkinEvents(a: SkinEventRecord, b: SkinEventRecord): SkinEventRecord {
	const all = new Map<string, SkinEvent>();
	// The same answer on both sides is kept once, as the first record (the device's) has it.
	for (const e of [...a.events, ...b.events]) if (!all.has(eventKey(e))) all.set(eventKey(e), e);
	return { events: [...all.values()].sort(byInstant) };
}

/** The stored record as the app can use it (a backup's is checked in full before it lands). */
export function skinEventsFrom(stored: unknown): SkinEventRecord {
	const events = (stored as Partial<SkinEventRecord> | null | undefined)?.events;
	return { events: Array.isArray(events) ? events : [] };
}
