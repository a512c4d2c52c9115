import type {
	CheckInRepository,
	ClosedAppPush,
	HistoryReader,
	PlanRepository,
	ProfileRepository,
	SettingsRepository
} from '$lib/domain/ports';
import {
	PUSH_RELAY_KEY,
	PUSH_WINDOW_DAYS,
	pushWindow,
	storedReminder,
	windowAfterAnswer,
	type PushReminder,
	type PushRelayRecord,
	type WindowDay
} from '$lib/domain/push-window';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '$lib/domain/reminder-settings';
import { sentKey } from '$lib/domain/reminders';
import { wakingDayOf } from '$lib/domain/local-time';
import { addDays, wallClockAt } from '$lib/domain/time';
import { planHoldOf, WARNING_SIGNS_KEY, warningSignsFrom } from '$lib/domain/warning-signs';
import type { Planning } from '$lib/state/planning';
import { NOTIFICATION_BUTTONS, readPushMessage, type ItemAction } from './protocol';

// What the service worker does with closed-app reminders: shows each push (always, inside the
// push event: a push that shows nothing gets the subscription revoked), answers a notification's
// Done or Snooze at the relay when no window is open, and refreshes the window from Periodic
// Background Sync. Ports come in, so the tests run it on fakes.

/** What showing a notification needs from the worker. */
export interface ShowNotification {
	(
		title: string,
		options: NotificationOptions & { actions?: unknown; data?: unknown }
	): Promise<void>;
}

const sentKeyOf = (date: string) => `remindersSent:${date}`;

/**
 * Shows a pushed reminder with Done and Snooze. If the page already showed it (the page keeps
 * what it showed in `remindersSent:<date>`), it replaces that notification silently (same tag)
 * rather than alerting twice; either way it is recorded as shown, so the page does not show it again.
 */
export async function showPushedReminder(
	text: string | null,
	settings: SettingsRepository,
	show: ShowNotification
): Promise<void> {
	const message = readPushMessage(text);
	if (!message) {
		await show('Deep Gluteal Care', {
			body: 'Open the app to see your plan.',
			tag: 'push',
			icon: 'pwa-192x192.png'
		});
		return;
	}
	const n = message.notification;
	const key = sentKeyOf(n.data.date);
	let sent: string[] = [];
	try {
		sent = (await settings.get<string[]>(key)) ?? [];
	} catch {
		sent = []; // storage unreadable: show it anyway
	}
	const reminderKey = sentKey(n.data.itemId ?? n.tag, new Date(n.data.at));
	const shownAlready = sent.includes(reminderKey);
	await show(n.title, {
		body: n.body,
		tag: n.tag,
		icon: 'pwa-192x192.png',
		badge: 'pwa-64x64.png',
		silent: shownAlready,
		data: { kind: n.data.kind, itemId: n.data.itemId, date: n.data.date },
		actions: NOTIFICATION_BUTTONS.item
	});
	if (!shownAlready) await settings.set(key, [...sent, reminderKey]).catch(() => undefined);
}

async function relayRecord(settings: SettingsRepository): Promise<PushRelayRecord | null> {
	const record = await settings.get<PushRelayRecord>(PUSH_RELAY_KEY);
	return record?.on && record.device ? record : null;
}

async function upload(
	settings: SettingsRepository,
	push: ClosedAppPush,
	record: PushRelayRecord,
	window: PushReminder[],
	now: Date
): Promise<void> {
	if ((await push.upload(record.device!, window)) !== 'ok') return;
	await settings.set(PUSH_RELAY_KEY, {
		...record,
		lastReachedAt: now.toISOString(),
		window: window.map(storedReminder)
	});
}

/**
 * Done or Snooze from a reminder with no window open: the item's job leaves the relay's window,
 * and a snooze uploads it again for when the snooze ends (the worker encrypts it itself).
 */
export async function answerAtRelay(
	action: ItemAction,
	answered: { itemId: string; date: string; title: string; body: string },
	snoozedUntil: Date | null,
	context: { settings: SettingsRepository; push: ClosedAppPush; now: Date }
): Promise<void> {
	const record = await relayRecord(context.settings);
	if (!record) return;
	const window = windowAfterAnswer(
		record.window,
		answered,
		context.now,
		action === 'snooze' ? snoozedUntil : null
	);
	await upload(context.settings, context.push, record, window, context.now);
}

/** What refreshing the window from the worker reads. */
export interface WindowSources {
	readonly settings: SettingsRepository;
	readonly profiles: ProfileRepository;
	readonly plans: PlanRepository;
	readonly checkIns: CheckInRepository;
	readonly history: HistoryReader;
	readonly planning: Planning;
	readonly push: ClosedAppPush;
	readonly now: Date;
	readonly timeZone: string;
	/** The item's time in a title as the device's locale writes it ("7:30 AM"). */
	readonly timeText?: (time: string) => string;
}

/**
 * The window made again from what is stored, as the page makes it (Periodic Background Sync, where
 * the browser has it): the next days planned as the planner would, sent whole to the relay.
 */
export async function refreshWindow(sources: WindowSources): Promise<void> {
	const { settings, planning, now, timeZone } = sources;
	const record = await relayRecord(settings);
	const profile = await sources.profiles.get();
	if (!record || !profile) return;
	// The waking day: past midnight, yesterday's until a late sleep time, as the page counts it.
	const today = wakingDayOf(wallClockAt(now, timeZone), profile).date;
	const hold = planHoldOf(warningSignsFrom(await settings.get(WARNING_SIGNS_KEY)));
	const days: WindowDay[] = [];
	if (hold !== 'paused') {
		const history = await sources.history.dayRecords(planning.historyFrom(today), today);
		const clock = { now, timeZone, flareOnly: hold === 'flare-only' };
		for (let n = 0; n < PUSH_WINDOW_DAYS; n++) {
			const date = addDays(today, n);
			const plan =
				(await sources.plans.get(date)) ?? planning.planDay(profile, date, history, clock);
			const checkIns = n === 0 ? await sources.checkIns.forDate(date) : [];
			days.push({ plan, checkIns: Object.fromEntries(checkIns.map((c) => [c.itemId, c])) });
		}
	}
	const reminderSettings: ReminderSettings = {
		...DEFAULT_REMINDER_SETTINGS,
		...((await settings.get<Partial<ReminderSettings>>('reminders')) ?? {})
	};
	const sent = new Set((await settings.get<string[]>(sentKeyOf(today))) ?? []);
	const window = pushWindow(days, reminderSettings, timeZone, now, sent, sources.timeText);
	await upload(settings, sources.push, record, window, now);
}
