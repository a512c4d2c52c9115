import { MISSED_AFTER_MINUTES, type PlanItem } from './plan';
import type { CheckIn, CheckInStatus } from './records';
import type { LocalDate } from './time';

// The rules of one day of the plan, in one place: what an item's id says, where each item stands,
// how far the day has got, and the lengths the screens put into words.

/** Where an item of today stands for the person. */
export type ItemState = 'done' | 'skipped' | 'snoozed' | 'missed' | 'due' | 'upcoming';

export interface DayItemView {
	readonly item: PlanItem;
	readonly state: ItemState;
	readonly checkIn: CheckIn | null;
}

export { MISSED_AFTER_MINUTES };

/** "Snooze": the item comes back this many minutes later (the app's choice). */
export const SNOOZE_MINUTES = 10;

/** The rest prompt's "Later" and a break's "pause" (the app's choices). */
export const REST_LATER_MINUTES = 10;
export const REST_PAUSE_MINUTES = 60;

/** Days of history the plan generator and Progress read (the progression window). */
export const HISTORY_DAYS = 90;

/** Remind the person to back up when the last backup (or first use) is older than this. */
export const BACKUP_REMINDER_DAYS = 14;

const DAY_MS = 24 * 3600_000;

/**
 * Where each item of the day stands at `nowMinutes` (wall clock, minutes since midnight).
 * `timedItemId` is the item whose timer the person started and has not ended yet: running, paused,
 * or with its time up until they mark it done, skip it or stop the timer. That item is being done,
 * so it is never missed (it shows as due until then).
 */
export function dayItemViews(
	items: readonly PlanItem[],
	checkIns: Readonly<Record<string, CheckIn>>,
	nowMinutes: number,
	nowIso: string,
	timedItemId: string | null = null
): DayItemView[] {
	return items.map((item) => {
		const checkIn = checkIns[item.id] ?? null;
		if (checkIn?.status === 'done' || checkIn?.status === 'skipped')
			return { item, state: checkIn.status, checkIn };
		if (checkIn?.status === 'snoozed' && checkIn.snoozedUntil && checkIn.snoozedUntil > nowIso) {
			return { item, state: 'snoozed', checkIn };
		}
		const late =
			nowMinutes >= item.startMinutes + Math.max(item.durationMinutes, MISSED_AFTER_MINUTES);
		const state: ItemState =
			late && item.id !== timedItemId
				? 'missed'
				: late || nowMinutes >= item.startMinutes
					? 'due'
					: 'upcoming';
		return { item, state, checkIn };
	});
}

/**
 * When this little of the waking day is left, Today shows tomorrow's plan below today's (the app's
 * choice: an evening's worth, so a late start or a finished day looks ahead, not at an empty list).
 */
export const TOMORROW_PREVIEW_MINUTES = 120;

/**
 * Whether little or nothing of the day is left: its end is near, or no checklist item is still to
 * come (all done, skipped or missed, or none planned).
 */
export function littleLeftOfDay(
	views: readonly DayItemView[],
	nowMinutes: number,
	dayEndMinutes: number
): boolean {
	if (dayEndMinutes - nowMinutes <= TOMORROW_PREVIEW_MINUTES) return true;
	return !views.some(
		(v) =>
			v.item.kind === 'timed' &&
			(v.state === 'upcoming' || v.state === 'due' || v.state === 'snoozed')
	);
}

export interface DayProgress {
	readonly done: number;
	readonly skipped: number;
	readonly missed: number;
	/** Checklist items (timed); rest prompts do not count. */
	readonly total: number;
}

/** How far the day's checklist has got. */
export function dayProgress(views: readonly DayItemView[]): DayProgress {
	const timed = views.filter((v) => v.item.kind === 'timed');
	const count = (state: ItemState) => timed.filter((v) => v.state === state).length;
	return {
		done: count('done'),
		skipped: count('skipped'),
		missed: count('missed'),
		total: timed.length
	};
}

/** Items the app badge counts: neither done nor skipped. */
export function openItemCount(progress: DayProgress): number {
	return progress.total - progress.done - progress.skipped;
}

/** Whether to remind the person to back up: the last backup, or first use if none, is too old. */
export function backupDue(
	lastBackupAt: string | null,
	firstUseAt: string | null,
	now: Date
): boolean {
	const since = lastBackupAt ?? firstUseAt;
	return since !== null && now.getTime() - Date.parse(since) > BACKUP_REMINDER_DAYS * DAY_MS;
}

/** "2 weeks" for 14 days, "10 days" otherwise: how the screens say a length in days. */
export function daysInWords(days: number): string {
	if (days % 7 === 0) return days === 7 ? '1 week' : `${days / 7} weeks`;
	return days === 1 ? '1 day' : `${days} days`;
}

/** What the person said about an item, from a tap on the checklist, a banner or a notification. */
export type ItemAnswer =
	| { readonly status: 'done' }
	| { readonly status: 'skipped'; readonly reason: string }
	| { readonly status: 'snoozed'; readonly minutes: number };

/**
 * Whether an answer changes the item's record. A snooze (from a banner or a notification left over
 * from before, on this device or another) never reopens an item already done or skipped: only an
 * untick or another answer does.
 */
export function answerApplies(current: CheckIn | null | undefined, answer: ItemAnswer): boolean {
	return !(
		answer.status === 'snoozed' &&
		(current?.status === 'done' || current?.status === 'skipped')
	);
}

/** Whether a kept timer's time is up at `nowMs`: it ran to its end, or stopped with none left. */
export function timerEnded(
	timer: { readonly endsAt: number | null; readonly remainingMs: number },
	nowMs: number
): boolean {
	return timer.endsAt === null ? timer.remainingMs <= 0 : timer.endsAt <= nowMs;
}

/**
 * The check-in an answer on an item makes: the one rule for the page and the service worker, so a
 * "Done" from a notification records exactly what a tick on Today does.
 */
export function checkInFor(
	item: PlanItem,
	date: LocalDate,
	answer: ItemAnswer,
	now: Date
): CheckIn {
	const status: CheckInStatus = answer.status;
	return {
		itemId: item.id,
		date,
		measure: item.measure,
		status,
		at: now.toISOString(),
		reason: answer.status === 'skipped' ? answer.reason.trim() || null : null,
		snoozedUntil:
			answer.status === 'snoozed'
				? new Date(now.getTime() + answer.minutes * 60_000).toISOString()
				: null,
		exerciseIds: item.exercises.map((e) => e.exerciseId)
	};
}
