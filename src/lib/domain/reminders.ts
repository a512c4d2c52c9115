import type { CareMeasureId } from './measures';
import type { SittingBlock } from './profile';
import {
	inQuietHours,
	type QuietHours,
	type ReminderSettings,
	type SittingState
} from './reminder-settings';
import type { DayPlan } from './plan';
import type { CheckIn } from './records';
import { SNOOZE_MINUTES } from './day';
import {
	addDays,
	instantOf,
	isoWeekday,
	MINUTES_PER_DAY,
	wallClockAt,
	wallTimeToMinutes,
	type WallTime
} from './time';

export interface ScheduledReminder {
	readonly itemId: string;
	readonly measure: CareMeasureId;
	readonly title: string;
	/** The item's first instruction, as the notification body. */
	readonly body: string;
	readonly at: Date;
	readonly itemStart: WallTime;
}

/** A reminder more than this late is not sent as a notification; Today lists the item as missed. */
export const LATE_LIMIT_MS = 2 * 3600_000;

// Kept beside the reminder settings (Today's first screen reads it); the schedule uses it here.
export { inQuietHours };

/**
 * The reminders for a day's timed items: each built from the plan's local date and the item's
 * wall-clock time in the zone (never by adding hours to an instant), minus the lead time. Sitting
 * breaks are left to the sitting timer. Quiet hours drop a reminder. `timeText` writes the item's
 * time in the title as the person's locale does ("at 7:30 AM"); 'HH:mm' without it.
 */
export function reminderSchedule(
	plan: DayPlan,
	settings: ReminderSettings,
	timeZone: string,
	timeText: (time: WallTime) => string = (time) => time
): ScheduledReminder[] {
	if (!settings.enabled) return [];
	return (
		plan.items
			.filter((item) => item.kind === 'timed' && settings.measures[item.measure])
			.map((item) => {
				const minutes = Math.max(0, item.startMinutes - settings.leadMinutes);
				return { item, minutes };
			})
			// Quiet hours are clock times: 24:15 of a day that ends after midnight is 00:15.
			.filter(({ minutes }) => !inQuietHours(minutes % MINUTES_PER_DAY, settings.quietHours))
			.map(({ item, minutes }) => ({
				itemId: item.id,
				measure: item.measure,
				title: `${item.title} at ${timeText(item.start)}`,
				body: item.instructions[0] ?? '',
				at: instantOf(plan.date, minutes, timeZone),
				itemStart: item.start
			}))
	);
}

/**
 * The reminders to send at `now`: those whose time has come and that were not sent, done or
 * skipped yet. A snoozed item comes back when its snooze ends. One over LATE_LIMIT_MS late is not
 * sent: Today lists its item as missed instead, so nothing is dropped silently.
 */
export function dueReminders(
	schedule: readonly ScheduledReminder[],
	checkIns: Readonly<Record<string, CheckIn>>,
	sent: ReadonlySet<string>,
	now: Date
): ScheduledReminder[] {
	const fire: ScheduledReminder[] = [];
	for (const reminder of schedule) {
		const checkIn = checkIns[reminder.itemId];
		if (checkIn?.status === 'done' || checkIn?.status === 'skipped') continue;
		const snoozedUntil =
			checkIn?.status === 'snoozed' && checkIn.snoozedUntil ? new Date(checkIn.snoozedUntil) : null;
		const at = snoozedUntil && snoozedUntil > reminder.at ? snoozedUntil : reminder.at;
		if (at > now || sent.has(sentKey(reminder.itemId, at))) continue;
		if (now.getTime() - at.getTime() <= LATE_LIMIT_MS) fire.push({ ...reminder, at });
	}
	return fire;
}

/** One key per item and due instant, so a snoozed item can remind again. */
export function sentKey(itemId: string, at: Date): string {
	return `${itemId}@${at.toISOString()}`;
}

/**
 * Whether the wall clock jumped (manual change, zone change, a sleeping device) between two
 * readings: wall-clock time moved differently from the monotonic clock by more than `toleranceMs`.
 */
export function clockJumped(
	previous: { wallMs: number; monotonicMs: number },
	current: { wallMs: number; monotonicMs: number },
	toleranceMs = 60_000
): boolean {
	const wall = current.wallMs - previous.wallMs;
	const monotonic = current.monotonicMs - previous.monotonicMs;
	return Math.abs(wall - monotonic) > toleranceMs;
}

/** When the next rest prompt is due, or null when not sitting. Quiet hours push it to their end. */
export function nextRestPrompt(
	state: SittingState,
	intervalMinutes: number,
	quiet: QuietHours | null,
	timeZone: string
): Date | null {
	if (!state.since) return null;
	let at = new Date(Date.parse(state.since) + intervalMinutes * 60_000);
	for (const later of [state.snoozedUntil, state.pausedUntil]) {
		if (later && Date.parse(later) > at.getTime()) at = new Date(later);
	}
	// Inside quiet hours the prompt waits for their end (the next morning when they span midnight).
	const wall = wallClockAt(at, timeZone);
	if (quiet && inQuietHours(wall.minutes, quiet)) {
		const end = wallTimeToMinutes(quiet.end);
		const endDate =
			wall.minutes >= end && wallTimeToMinutes(quiet.start) > end
				? addDays(wall.date, 1)
				: wall.date;
		at = instantOf(endDate, end, timeZone);
	}
	return at;
}

/** Whether `now` falls inside one of the person's sitting blocks (work hours at a desk). */
export function inSittingHours(
	blocks: readonly SittingBlock[],
	now: Date,
	timeZone: string
): boolean {
	const wall = wallClockAt(now, timeZone);
	const weekday = isoWeekday(wall.date);
	return blocks.some(
		(b) =>
			b.weekdays.includes(weekday) &&
			wall.minutes >= wallTimeToMinutes(b.start) &&
			wall.minutes < wallTimeToMinutes(b.end)
	);
}

/**
 * The rest prompt at `now`: when it is (or was) due, and whether it shows now. It never shows in
 * quiet hours or with reminders off.
 */
export function restPromptAt(
	sitting: SittingState,
	intervalMinutes: number,
	settings: ReminderSettings,
	now: Date,
	timeZone: string
): { readonly dueAt: Date | null; readonly showing: boolean } {
	if (!settings.enabled) return { dueAt: null, showing: false };
	const dueAt = nextRestPrompt(sitting, intervalMinutes, settings.quietHours, timeZone);
	const quiet = inQuietHours(wallClockAt(now, timeZone).minutes, settings.quietHours);
	return { dueAt, showing: dueAt !== null && now >= dueAt && !quiet };
}

// How long a person can put an item off: the default first, the others one tap away, and "later
// today" while later today exists.

/** "Later today": three hours on (the app's choice). */
export const LATER_TODAY_MINUTES = 180;

export interface SnoozeChoice {
	readonly minutes: number;
	readonly label: string;
}

/**
 * The choices at a minute of the waking day: 10 (the default), 5, 30, 60, later today. `dayEnd` is
 * where a day that ends after midnight ends (past 1440); "today" lasts at least until midnight.
 */
export function snoozeChoices(minuteOfDay: number, dayEnd = MINUTES_PER_DAY): SnoozeChoice[] {
	const choices = [SNOOZE_MINUTES, 5, 30, 60].map((minutes) => ({
		minutes,
		label: minutes === 60 ? '1 hour' : `${minutes} minutes`
	}));
	// Only while three hours from now is still today: a snooze never moves an item to tomorrow.
	if (minuteOfDay + LATER_TODAY_MINUTES < Math.max(dayEnd, MINUTES_PER_DAY))
		choices.push({ minutes: LATER_TODAY_MINUTES, label: 'Later today (in 3 hours)' });
	return choices;
}
