import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import {
	PUSH_RELAY_KEY,
	WINDOW_CLOSING_LINE,
	type PushRelayRecord,
	type PushReminder
} from '$lib/domain/push-window';
import { sentKey } from '$lib/domain/reminders';
import { NOTIFICATION_BUTTONS, pushMessageOf } from '$lib/pwa/protocol';
import { answerAtRelay, refreshWindow, showPushedReminder } from '$lib/pwa/worker-push';
import { planning } from '$lib/state/planning';
import {
	FakeClosedAppPush,
	MemoryCheckInRepository,
	MemoryHistoryReader,
	MemoryPlanRepository,
	MemoryProfileRepository,
	MemorySettingsRepository,
	MemoryStore
} from '../fakes/ports';

// The worker's side of closed-app reminders, on in-memory fakes of its stores and the relay.

const reminder: PushReminder = {
	id: '2026-06-15:walk:0',
	itemId: '2026-06-15:walk:0',
	date: '2026-06-15',
	sendAt: new Date('2026-06-15T10:00:00Z'),
	ttlSeconds: 7200,
	title: 'Walk at 12:00',
	body: 'An easy 10-minute walk.'
};

function shown() {
	const calls: { title: string; options: Record<string, unknown> }[] = [];
	return {
		calls,
		show: async (title: string, options: object) =>
			void calls.push({ title, options: options as Record<string, unknown> })
	};
}

describe('a pushed reminder in the worker', () => {
	it('is shown with Done and Snooze, opening at its item, and recorded as shown', async () => {
		const settings = new MemorySettingsRepository(new MemoryStore());
		const { calls, show } = shown();
		await showPushedReminder(JSON.stringify(pushMessageOf(reminder)), settings, show);
		expect(calls).toEqual([
			{
				title: 'Walk at 12:00',
				options: expect.objectContaining({
					body: 'An easy 10-minute walk.',
					tag: reminder.itemId,
					silent: false,
					actions: NOTIFICATION_BUTTONS.item,
					data: { kind: 'item', itemId: reminder.itemId, date: '2026-06-15' }
				})
			}
		]);
		expect(await settings.get('remindersSent:2026-06-15')).toEqual([
			sentKey(reminder.itemId, reminder.sendAt)
		]);
	});

	it('replaces the page’s notification silently when the page already showed it', async () => {
		const settings = new MemorySettingsRepository(new MemoryStore());
		await settings.set('remindersSent:2026-06-15', [sentKey(reminder.itemId, reminder.sendAt)]);
		const { calls, show } = shown();
		await showPushedReminder(JSON.stringify(pushMessageOf(reminder)), settings, show);
		expect(calls).toHaveLength(1); // never a silent push: the browser would revoke it
		expect(calls[0]!.options).toMatchObject({ tag: reminder.itemId, silent: true });
	});

	it.each([null, '', 'not json', '{"web_push":8030}', '{"notification":{"title":"x"}}'])(
		'shows a plain notification for a message it cannot read (%s)',
		async (text) => {
			const { calls, show } = shown();
			await showPushedReminder(text, new MemorySettingsRepository(new MemoryStore()), show);
			expect(calls).toEqual([
				{
					title: 'Deep Gluteal Care',
					options: expect.objectContaining({ body: 'Open the app to see your plan.' })
				}
			]);
		}
	);
});

async function relaySetUp() {
	const store = new MemoryStore();
	const settings = new MemorySettingsRepository(store);
	const push = new FakeClosedAppPush();
	const device = await push.enable(null);
	if (typeof device === 'string') throw new Error(device);
	const later = {
		...reminder,
		id: '2026-06-15:rest:0',
		itemId: '2026-06-15:rest:0',
		sendAt: '2026-06-15T14:00:00.000Z'
	};
	const record: PushRelayRecord = {
		on: true,
		device,
		lastReachedAt: null,
		window: [{ ...reminder, sendAt: reminder.sendAt.toISOString() }, later]
	};
	await settings.set(PUSH_RELAY_KEY, record);
	return { store, settings, push, device };
}

describe('answering from a notification with no window open', () => {
	const now = new Date('2026-06-15T10:01:00Z');

	it('Done takes the item’s reminder out of the relay’s window', async () => {
		const { settings, push, device } = await relaySetUp();
		await answerAtRelay('done', { ...reminder }, null, { settings, push, now });
		expect(push.relay.get(device.id)!.map((r) => r.itemId)).toEqual(['2026-06-15:rest:0']);
	});

	it('Snooze uploads the reminder again for when the snooze ends', async () => {
		const { settings, push, device } = await relaySetUp();
		const until = new Date('2026-06-15T10:11:00Z');
		await answerAtRelay('snooze', { ...reminder }, until, { settings, push, now });
		const window = push.relay.get(device.id)!;
		expect(window.map((r) => [r.itemId, r.sendAt.toISOString()])).toEqual([
			[reminder.itemId, until.toISOString()],
			['2026-06-15:rest:0', '2026-06-15T14:00:00.000Z']
		]);
		const kept = await settings.get<PushRelayRecord>(PUSH_RELAY_KEY);
		expect(kept!.window[0]!.sendAt).toBe(until.toISOString());
		expect(kept!.lastReachedAt).toBe(now.toISOString());
	});

	it('does nothing when closed-app reminders are off', async () => {
		const { settings, push } = await relaySetUp();
		await settings.set(PUSH_RELAY_KEY, {
			on: false,
			device: null,
			lastReachedAt: null,
			window: []
		});
		await answerAtRelay('snooze', { ...reminder }, now, { settings, push, now });
		expect(push.uploads).toEqual([]);
	});
});

describe('refreshing the window from Periodic Background Sync', () => {
	it('plans the next days from what is stored and sends them whole', async () => {
		const { store, settings, push, device } = await relaySetUp();
		await new MemoryProfileRepository(store).save({ ...DEFAULT_PROFILE });
		const now = new Date('2026-06-15T03:00:00Z');
		await refreshWindow({
			settings,
			profiles: new MemoryProfileRepository(store),
			plans: new MemoryPlanRepository(store),
			checkIns: new MemoryCheckInRepository(store),
			history: new MemoryHistoryReader(store),
			planning,
			push,
			now,
			timeZone: 'Europe/Berlin'
		});
		const window = push.relay.get(device.id)!;
		expect(new Set(window.map((r) => r.date))).toEqual(
			new Set(['2026-06-15', '2026-06-16', '2026-06-17'])
		);
		expect(window.at(-1)!.body).toContain(WINDOW_CLOSING_LINE);
		expect(window.every((r) => r.sendAt > now)).toBe(true);
	});
});
