import type { CareMeasureId } from './measures';
import type { PlanItem } from './plan';
import type { WallTime } from './time';

// Reminder settings and sitting state: the small part the app needs at start-up. The scheduling
// functions in reminders.ts load after the first screen.

export interface QuietHours {
	readonly start: WallTime;
	readonly end: WallTime;
}

export interface ReminderSettings {
	/** The person turned reminders on. */
	readonly enabled: boolean;
	/** Per measure on/off. */
	readonly measures: Readonly<Record<CareMeasureId, boolean>>;
	/** Minutes before an item's start (0-15). */
	readonly leadMinutes: number;
	/** No prompt or notification inside these wall-clock hours (may wrap midnight). */
	readonly quietHours: QuietHours | null;
}

/** In-app reminders are on from the start; system notifications also need the person's permission. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
	enabled: true,
	measures: {
		'cold-compress': true,
		'warm-compress': true,
		stretch: true,
		walk: true,
		rest: true,
		'sitting-break': true,
		'weigh-in': true
	},
	leadMinutes: 0,
	quietHours: { start: '22:00', end: '07:00' }
};

const minutesOf = (time: WallTime) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether a wall-clock minute falls in the quiet hours (which may run past midnight). */
export function inQuietHours(minutes: number, quiet: QuietHours | null): boolean {
	if (!quiet) return false;
	const start = minutesOf(quiet.start);
	const end = minutesOf(quiet.end);
	if (start === end) return false;
	return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/**
 * The items whose reminder the quiet hours silence: Today says so, so an item late in the evening
 * is not left without a reminder and without a word. Items with reminders off for their measure,
 * or all reminders off, are not counted: nothing would remind of them anyway.
 */
export function itemsInQuietHours(
	items: readonly PlanItem[],
	settings: ReminderSettings
): PlanItem[] {
	const quiet = settings.quietHours;
	if (!settings.enabled || !quiet) return [];
	return items.filter(
		(item) =>
			item.kind === 'timed' &&
			settings.measures[item.measure] &&
			// Quiet hours are clock times: 24:15 of a day that ends after midnight is 00:15.
			inQuietHours(Math.max(0, item.startMinutes - settings.leadMinutes) % (24 * 60), quiet)
	);
}

export interface SittingState {
	/** When the current sitting spell started (or the last break ended), ISO; null when not sitting. */
	readonly since: string | null;
	/** "In 10 min": the next prompt is not before this. */
	readonly snoozedUntil: string | null;
	/** "Pause 1 h": no prompts before this. */
	readonly pausedUntil: string | null;
}

export const NOT_SITTING: SittingState = { since: null, snoozedUntil: null, pausedUntil: null };
