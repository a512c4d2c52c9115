import type { DayPlan } from './plan';
import type { CheckIn } from './records';
import type { ReminderSettings } from './reminder-settings';
import { LATE_LIMIT_MS, reminderSchedule, sentKey } from './reminders';
import type { WallTime } from './time';

// The window of reminders handed to the push relay, so they reach a closed app: the reminders of
// the next few days, each at its time, none of an item already answered or already shown. The
// page rebuilds it on every open and change and replaces the relay's copy whole.

/**
 * The settings record of this device's relay registration and the window last uploaded. It
 * belongs to this device (its token opens this device at the relay): never exported or restored.
 */
export const PUSH_RELAY_KEY = 'pushRelay';

/** Days of reminders in a window: today and the two after it (the app's choice, design.md). */
export const PUSH_WINDOW_DAYS = 3;

/** The last reminder of a window says so: after it, nothing comes until the app is opened. */
export const WINDOW_CLOSING_LINE = 'Open the app to keep your reminders coming.';

/** One reminder of the window, before the page encrypts it. */
export interface PushReminder {
	/**
	 * The reminder's id on the device: the item's id (it holds the date and the measure). It never
	 * leaves the page in clear: the adapter sends the relay an opaque id made from it.
	 */
	readonly id: string;
	readonly itemId: string;
	readonly date: string;
	readonly sendAt: Date;
	/** How long a push service may hold it: the late limit after which Today lists it as missed. */
	readonly ttlSeconds: number;
	readonly title: string;
	readonly body: string;
}

/** This device as the push relay knows it: kept on the device only, never in a backup. */
export interface PushDevice {
	readonly id: string;
	/** The capability token the relay gave once; it keeps only its hash. */
	readonly token: string;
	readonly endpoint: string;
}

/** A reminder of the uploaded window as kept in settings (the worker reads it for a snooze). */
export interface StoredReminder extends Omit<PushReminder, 'sendAt'> {
	readonly sendAt: string;
}

/** What the device keeps about closed-app reminders (settings, never in a backup). */
export interface PushRelayRecord {
	/** The person's switch. */
	readonly on: boolean;
	readonly device: PushDevice | null;
	/** When the relay last took a window (ISO), to say so when it cannot be reached. */
	readonly lastReachedAt: string | null;
	/** The window as last uploaded. */
	readonly window: readonly StoredReminder[];
}

export const storedReminder = (r: PushReminder): StoredReminder => ({
	...r,
	sendAt: r.sendAt.toISOString()
});

export const pushReminder = (r: StoredReminder): PushReminder => ({
	...r,
	sendAt: new Date(r.sendAt)
});

/**
 * The stored window after an item was answered from a notification with no window open: its
 * reminder goes; a snooze brings it back at `snoozedUntil`, and it is the one the worker uploads.
 */
export function windowAfterAnswer(
	window: readonly StoredReminder[],
	answered: { itemId: string; date: string; title: string; body: string },
	now: Date,
	snoozedUntil: Date | null
): PushReminder[] {
	const kept = window
		.map(pushReminder)
		.filter((r) => r.itemId !== answered.itemId && r.sendAt > now);
	if (snoozedUntil) {
		const before = window.find((r) => r.itemId === answered.itemId);
		kept.push({
			id: answered.itemId,
			itemId: answered.itemId,
			date: answered.date,
			sendAt: snoozedUntil,
			ttlSeconds: before?.ttlSeconds ?? LATE_LIMIT_MS / 1000,
			title: answered.title,
			body: answered.body
		});
	}
	return kept.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}

/** One day of the window: its plan and the word on its items so far. */
export interface WindowDay {
	readonly plan: DayPlan;
	readonly checkIns: Readonly<Record<string, CheckIn>>;
}

/**
 * The reminders to upload at `now`: each day's schedule (lead time, quiet hours and measures as the
 * person set them), without items done or skipped, at the snooze's end for a snoozed one, only
 * those still ahead and not already shown by the page (`sent`). The last one carries the closing
 * line. No days (an emergency warning sign pauses the plan) or reminders off give an empty window.
 */
export function pushWindow(
	days: readonly WindowDay[],
	settings: ReminderSettings,
	timeZone: string,
	now: Date,
	sent: ReadonlySet<string>,
	timeText?: (time: WallTime) => string
): PushReminder[] {
	const window: PushReminder[] = [];
	for (const { plan, checkIns } of days) {
		for (const reminder of reminderSchedule(plan, settings, timeZone, timeText)) {
			const checkIn = checkIns[reminder.itemId];
			if (checkIn?.status === 'done' || checkIn?.status === 'skipped') continue;
			const snoozedUntil =
				checkIn?.status === 'snoozed' && checkIn.snoozedUntil
					? new Date(checkIn.snoozedUntil)
					: null;
			const at = snoozedUntil && snoozedUntil > reminder.at ? snoozedUntil : reminder.at;
			if (at <= now || sent.has(sentKey(reminder.itemId, at))) continue;
			window.push({
				id: reminder.itemId,
				itemId: reminder.itemId,
				date: plan.date,
				sendAt: at,
				ttlSeconds: LATE_LIMIT_MS / 1000,
				title: reminder.title,
				body: reminder.body
			});
		}
	}
	window.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime() || (a.id < b.id ? -1 : 1));
	const last = window.at(-1);
	if (last) {
		const body = last.body ? `${last.body} ${WINDOW_CLOSING_LINE}` : WINDOW_CLOSING_LINE;
		window[window.length - 1] = { ...last, body };
	}
	return window;
}
