import { REST_LATER_MINUTES, SNOOZE_MINUTES, type ItemAnswer } from '$lib/domain/day';
import { itemAnchorId } from '$lib/domain/item-id';

// The one definition of what the page and the service worker say to each other: notification
// actions and their buttons, notification tags, the data a notification carries, the messages
// between them, and where a tap on a notification opens (an item's anchor on Today; the anchor's
// element id is defined beside the item id in domain/item-id.ts, so Today's first screen does not
// load this module). The worker, the bridge and the notification sink import it; a test
// round-trips every action through both sides.

/** A reminder of a plan item: its two buttons (Chromium shows at most two). */
export type ItemAction = 'done' | 'snooze';
/** A rest prompt: its two buttons. */
export type RestAction = 'break' | 'later';

export const NOTIFICATION_BUTTONS = {
	item: [
		{ action: 'done', title: 'Done' },
		{ action: 'snooze', title: `Snooze ${SNOOZE_MINUTES} min` }
	],
	rest: [
		{ action: 'break', title: 'Took a break' },
		{ action: 'later', title: `In ${REST_LATER_MINUTES} min` }
	]
} as const satisfies Record<string, readonly { action: ItemAction | RestAction; title: string }[]>;

/** Notification tags that are not an item id (an item's reminder is tagged with its id). */
export const TAGS = {
	restPrompt: 'rest-prompt',
	test: 'test',
	morningSummary: 'morning-summary'
} as const;

/** The tag of the skin check's notification during an item's compress. */
export function skinCheckTag(itemId: string): string {
	return `skin-check-${itemId}`;
}

/** The Periodic Background Sync registration of the morning summary. */
export const MORNING_SUMMARY_SYNC = 'morning-summary';

/** What a notification carries for the worker, in `notification.data`. */
export interface NotificationData {
	readonly kind: 'item' | 'rest';
	readonly itemId: string | null;
	readonly date: string;
}

/** Page to worker: activate the waiting version (workbox-window sends this shape). */
export const SKIP_WAITING = 'SKIP_WAITING';

/** Worker to page: the person chose a notification action while a window was open. */
export interface NotificationActionMessage extends NotificationData {
	readonly type: 'notification-action';
	readonly action: ItemAction | RestAction;
}

const ITEM_ACTIONS: readonly string[] = NOTIFICATION_BUTTONS.item.map((b) => b.action);
const REST_ACTIONS: readonly string[] = NOTIFICATION_BUTTONS.rest.map((b) => b.action);

export function isItemAction(action: unknown): action is ItemAction {
	return typeof action === 'string' && ITEM_ACTIONS.includes(action);
}

/** What a reminder's notification carries (the sink writes it, the worker reads it back). */
export function notificationDataOf(message: {
	kind: 'item' | 'rest';
	itemId: string | null;
	date: string;
}): NotificationData {
	return { kind: message.kind, itemId: message.itemId, date: message.date };
}

/** Reads notification data back, or null when it is not ours (the morning summary has none). */
export function readNotificationData(data: unknown): NotificationData | null {
	const d = data as Partial<NotificationData> | null;
	if (typeof d !== 'object' || d === null) return null;
	if ((d.kind !== 'item' && d.kind !== 'rest') || typeof d.date !== 'string') return null;
	if (d.itemId !== null && typeof d.itemId !== 'string') return null;
	return { kind: d.kind, itemId: d.itemId, date: d.date };
}

/** The message the worker posts to open windows for an action, or null for an unknown action. */
export function notificationActionMessage(
	action: string,
	data: NotificationData
): NotificationActionMessage | null {
	const known = data.kind === 'item' ? ITEM_ACTIONS : REST_ACTIONS;
	if (!known.includes(action)) return null;
	return { type: 'notification-action', action: action as ItemAction | RestAction, ...data };
}

/** Reads a message from the worker; null when it is anything else. */
export function readNotificationActionMessage(message: unknown): NotificationActionMessage | null {
	const m = message as Partial<NotificationActionMessage> | null;
	if (typeof m !== 'object' || m === null || m.type !== 'notification-action') return null;
	const data = readNotificationData(m);
	return data && typeof m.action === 'string' ? notificationActionMessage(m.action, data) : null;
}

/** What an item action says about the item. */
export function itemAnswerFor(action: ItemAction): ItemAnswer {
	return action === 'done' ? { status: 'done' } : { status: 'snoozed', minutes: SNOOZE_MINUTES };
}

/** Where a tap on a notification opens the app, relative to the app's root. */
export function notificationTarget(data: NotificationData | null): string {
	return data?.itemId ? `#${itemAnchorId(data.itemId)}` : '';
}

/** What a pushed reminder's notification carries: its item, and the time it was due. */
export interface PushedReminderData extends NotificationData {
	/** The reminder's due instant (ISO): with the item, what the page records as shown. */
	readonly at: string;
}

/**
 * A pushed reminder as Declarative Web Push JSON (`web_push: 8030`): Safari shows it without the
 * worker; Chromium and Firefox hand it to the worker's push handler, which shows it with actions.
 */
export interface PushMessage {
	readonly web_push: 8030;
	readonly notification: {
		readonly title: string;
		readonly body: string;
		/** Where a tap opens: the item on Today. */
		readonly navigate: string;
		readonly tag: string;
		readonly data: PushedReminderData;
	};
	/** The worker may change it before it shows (Safari's word for it). */
	readonly mutable: true;
}

export function pushMessageOf(
	reminder: {
		itemId: string;
		date: string;
		sendAt: Date;
		title: string;
		body: string;
	},
	/** The app's root path ('/', or '/care/' under a sub-path): a tap opens Today there. */
	appRoot = '/'
): PushMessage {
	const data = { kind: 'item', itemId: reminder.itemId, date: reminder.date } as const;
	return {
		web_push: 8030,
		notification: {
			title: reminder.title,
			body: reminder.body,
			navigate: `${appRoot}${notificationTarget(data)}`,
			tag: reminder.itemId,
			data: { ...data, at: reminder.sendAt.toISOString() }
		},
		mutable: true
	};
}

/** Reads a pushed message; null when it is not one of ours (the worker then shows a plain one). */
export function readPushMessage(text: string | null | undefined): PushMessage | null {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text ?? '');
	} catch {
		return null;
	}
	const m = parsed as Partial<PushMessage> | null;
	const n = m?.notification;
	if (m?.web_push !== 8030 || typeof n !== 'object' || n === null) return null;
	if (typeof n.title !== 'string' || typeof n.body !== 'string' || typeof n.tag !== 'string')
		return null;
	const data = readNotificationData(n.data);
	const at = (n.data as Partial<PushedReminderData> | undefined)?.at;
	if (!data || typeof at !== 'string' || typeof n.navigate !== 'string') return null;
	return {
		web_push: 8030,
		notification: {
			title: n.title,
			body: n.body,
			navigate: n.navigate,
			tag: n.tag,
			data: { ...data, at }
		},
		mutable: true
	};
}
