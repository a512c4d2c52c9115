import type { CareMeasureId } from './measures';
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

export interface SittingState {
	/** When the current sitting spell started (or the last break ended), ISO; null when not sitting. */
	readonly since: string | null;
	/** "In 10 min": the next prompt is not before this. */
	readonly snoozedUntil: string | null;
	/** "Pause 1 h": no prompts before this. */
	readonly pausedUntil: string | null;
}

export const NOT_SITTING: SittingState = { since: null, snoozedUntil: null, pausedUntil: null };
