import { answerApplies, checkInFor } from '$lib/domain/day';
import type { CheckInRepository, PlanRepository } from '$lib/domain/ports';
import {
	isItemAction,
	itemAnswerFor,
	notificationActionMessage,
	notificationTarget,
	readNotificationData,
	type ItemAction
} from './protocol';

/** An open window of the app, as the worker sees it. */
export interface AppWindow {
	postMessage(message: unknown): void;
	focus(): Promise<unknown>;
}

/** What answering a notification needs from the worker. */
export interface NotificationClickContext {
	windows(): Promise<readonly AppWindow[]>;
	openWindow(path: string): Promise<unknown>;
	/** Records an item action with no window open (the worker writes the check-in itself). */
	recordItemAction(action: ItemAction, itemId: string, date: string): Promise<void>;
}

/**
 * "Done", "Snooze" or a tap on a reminder. With a window open, the page records the action (and
 * updates what the person sees); with none, the worker records it. A tap on the notification
 * itself focuses an open window (never navigating it: it may hold a half-filled check-in) or opens
 * Today at the item.
 */
export async function answerNotificationClick(
	action: string,
	rawData: unknown,
	context: NotificationClickContext
): Promise<void> {
	const data = readNotificationData(rawData);
	const windows = await context.windows();
	if (action) {
		const message = data ? notificationActionMessage(action, data) : null;
		if (!message) return;
		if (windows.length > 0) {
			for (const window of windows) window.postMessage(message);
			return;
		}
		if (message.kind === 'item' && message.itemId && isItemAction(message.action))
			await context.recordItemAction(message.action, message.itemId, message.date);
		return;
	}
	const open = windows[0];
	if (open) await open.focus();
	else await context.openWindow(notificationTarget(data));
}

/**
 * With no window open, the worker records an item action itself, by the same rules as the page
 * (`answerApplies`, `checkInFor`), with the plan in the same transaction. Resolves to false when
 * the action changes nothing: a snooze of an item already done or skipped (a notification left
 * over), which must not reopen it, nor send its reminder again.
 */
export async function recordItemAction(
	stores: { plans: PlanRepository; checkIns: CheckInRepository },
	action: ItemAction,
	itemId: string,
	date: string,
	now: Date
): Promise<boolean> {
	const answer = itemAnswerFor(action);
	const current = (await stores.checkIns.forDate(date)).find((c) => c.itemId === itemId);
	if (!answerApplies(current, answer)) return false;
	const plan = await stores.plans.get(date);
	const item = plan?.items.find((i) => i.id === itemId);
	if (!plan || !item) return true;
	await stores.checkIns.recordWithPlan(checkInFor(item, date, answer, now), plan);
	return true;
}
