import { describe, expect, it } from 'vitest';
import { SNOOZE_MINUTES } from '$lib/domain/day';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import {
	answerNotificationClick,
	recordItemAction,
	type AppWindow
} from '$lib/pwa/notification-click';
import { itemAnchorId } from '$lib/domain/item-id';
import {
	NOTIFICATION_BUTTONS,
	notificationDataOf,
	readNotificationActionMessage,
	readNotificationData,
	type NotificationData
} from '$lib/pwa/protocol';
import { makeTestApp } from '../fakes/app';
import { MemoryCheckInRepository, MemoryPlanRepository } from '../fakes/ports';

// Done and Snooze travel: sink -> notification data -> worker -> (a window's page | the worker
// itself). Both ends import src/lib/pwa/protocol.ts; these tests fail if they stop agreeing.

/** A page with today's plan, and what a notification of its first item carries. */
async function pageWithReminder() {
	const app = makeTestApp({ clock: '2026-06-15T06:00:00Z' });
	await app.session.start();
	await app.today.saveProfile(DEFAULT_PROFILE);
	const item = app.today.plan!.items.find((i) => i.kind === 'timed')!;
	const data = notificationDataOf({ kind: 'item', itemId: item.id, date: '2026-06-15' });
	return { app, item, data };
}

/** A window as the worker sees it, keeping what it was sent. */
function fakeWindow(): AppWindow & { messages: unknown[]; focused: number } {
	return {
		messages: [],
		focused: 0,
		postMessage(message) {
			this.messages.push(message);
		},
		async focus() {
			this.focused++;
		}
	};
}

/** The worker's handler with no window open: it records with its own repositories. */
async function workerAloneAnswers(
	action: string,
	data: NotificationData,
	page: Awaited<ReturnType<typeof pageWithReminder>>
) {
	const { app } = page;
	const plans = new MemoryPlanRepository(app.store);
	const checkIns = new MemoryCheckInRepository(app.store);
	const opened: string[] = [];
	await answerNotificationClick(action, data, {
		windows: async () => [],
		openWindow: async (path) => opened.push(path),
		recordItemAction: async (a, itemId, date) => {
			await recordItemAction({ plans, checkIns }, a, itemId, date, app.clock.now());
		}
	});
	return opened;
}

describe('page and worker speak one protocol', () => {
	it.each(NOTIFICATION_BUTTONS.item.map((b) => b.action))(
		'"%s" records the same check-in whether a window is open or not',
		async (action) => {
			// A window is open: the worker passes the action on; the page records it.
			const open = await pageWithReminder();
			const window = fakeWindow();
			await answerNotificationClick(action, open.data, {
				windows: async () => [window],
				openWindow: async () => undefined,
				recordItemAction: async () => {
					throw new Error('the worker must leave it to the open page');
				}
			});
			expect(window.messages).toHaveLength(1);
			await open.app.reminders.handleWorkerMessage(window.messages[0]);
			const byPage = open.app.store.checkIns.get(open.item.id);

			// No window: the worker records it itself.
			const alone = await pageWithReminder();
			await workerAloneAnswers(action, alone.data, alone);
			const byWorker = alone.app.store.checkIns.get(alone.item.id);

			expect(byPage).toBeDefined();
			expect(byWorker).toEqual(byPage);
			expect(byPage?.status).toBe(action === 'done' ? 'done' : 'snoozed');
			if (action === 'snooze')
				expect(Date.parse(byPage!.snoozedUntil!) - Date.parse(byPage!.at)).toBe(
					SNOOZE_MINUTES * 60_000
				);
			// The plan is saved beside it, as one write.
			expect(alone.app.store.plans.get('2026-06-15')).toEqual(alone.app.today.plan);
		}
	);

	it.each([
		['done', 'with a window open'],
		['done', 'with no window open'],
		['skipped', 'with a window open'],
		['skipped', 'with no window open']
	] as const)(
		'a Snooze left on the notification of an item %s since changes nothing, %s',
		async (status, where) => {
			const page = await pageWithReminder();
			const { app, item, data } = page;
			await app.today.answer(item, status === 'done' ? { status } : { status, reason: 'too sore' });
			const before = app.store.checkIns.get(item.id);
			expect(before?.status).toBe(status);
			if (where === 'with a window open') {
				const window = fakeWindow();
				await answerNotificationClick('snooze', data, {
					windows: async () => [window],
					openWindow: async () => undefined,
					recordItemAction: async () => undefined
				});
				await app.reminders.handleWorkerMessage(window.messages[0]);
			} else {
				const plans = new MemoryPlanRepository(app.store);
				const checkIns = new MemoryCheckInRepository(app.store);
				// False: the worker then leaves the relay alone (no reminder of it uploaded again).
				expect(
					await recordItemAction({ plans, checkIns }, 'snooze', item.id, data.date, app.clock.now())
				).toBe(false);
			}
			expect(app.store.checkIns.get(item.id)).toEqual(before);
			expect(app.today.checkIns[item.id]).toEqual(before);
		}
	);

	it('the buttons a notification shows are the actions both sides handle', async () => {
		for (const button of NOTIFICATION_BUTTONS.rest) {
			const { app, data } = await pageWithReminder();
			const window = fakeWindow();
			const rest = { ...data, kind: 'rest' as const, itemId: null };
			await answerNotificationClick(button.action, rest, {
				windows: async () => [window],
				openWindow: async () => undefined,
				recordItemAction: async () => undefined
			});
			expect(readNotificationActionMessage(window.messages[0])).toMatchObject({
				action: button.action,
				kind: 'rest'
			});
			await app.sitting.setSitting(true);
			app.clock.set('2026-06-15T06:40:00Z');
			await app.reminders.handleWorkerMessage(window.messages[0]);
			const sitting = app.store.settings.get('sitting')?.value;
			if (button.action === 'break')
				expect(sitting).toMatchObject({ since: '2026-06-15T06:40:00.000Z', snoozedUntil: null });
			else
				expect(sitting).toMatchObject({
					since: '2026-06-15T06:00:00.000Z',
					snoozedUntil: '2026-06-15T06:50:00.000Z'
				});
		}
	});

	it('an action the protocol does not know is ignored on both sides', async () => {
		const { app, item, data } = await pageWithReminder();
		const window = fakeWindow();
		await answerNotificationClick('delete-everything', data, {
			windows: async () => [window],
			openWindow: async () => undefined,
			recordItemAction: async () => undefined
		});
		expect(window.messages).toEqual([]);
		await app.reminders.handleWorkerMessage({ ...data, type: 'notification-action', action: 'x' });
		expect(app.store.checkIns.has(item.id)).toBe(false);
	});

	it("a message for another day's item changes nothing today", async () => {
		const { app, item, data } = await pageWithReminder();
		await app.reminders.handleWorkerMessage({
			type: 'notification-action',
			action: 'done',
			...data,
			date: '2026-06-14'
		});
		expect(app.store.checkIns.has(item.id)).toBe(false);
	});

	it('a tap on the notification opens Today at the item, or focuses an open window', async () => {
		const page = await pageWithReminder();
		const opened = await workerAloneAnswers('', page.data, page);
		expect(opened).toEqual([`#${itemAnchorId(page.item.id)}`]);
		expect(itemAnchorId(page.item.id)).not.toContain(':');
		const window = fakeWindow();
		await answerNotificationClick('', page.data, {
			windows: async () => [window],
			openWindow: async () => undefined,
			recordItemAction: async () => undefined
		});
		expect(window.focused).toBe(1);
		expect(window.messages).toEqual([]);
	});

	it('notification data survives the trip through the worker; foreign data is refused', () => {
		const data = notificationDataOf({
			kind: 'item',
			itemId: '2026-06-15:walk:0',
			date: '2026-06-15'
		});
		expect(readNotificationData(structuredClone(data))).toEqual(data);
		expect(readNotificationData(null)).toBeNull(); // the morning summary carries none
		expect(readNotificationData({ kind: 'other', itemId: null, date: 'x' })).toBeNull();
		expect(readNotificationData({ kind: 'item', itemId: 5, date: '2026-06-15' })).toBeNull();
	});
});
