import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { DEFAULT_TIMER_ALERTS, TIMER_ALERTS_KEY } from '$lib/domain/timer-alerts';
import { makeTestApp } from '../fakes/app';

// Issue 25 (point 4): sound and vibration at a timer's end, on for compresses by default; a
// person who never touched the setting gets this version's default, a choice made is kept; the
// end notified while the app is out of sight.

describe('sound and vibration at a timer’s end', () => {
	it('are on for compresses for someone who never chose (nothing stored: no migration needed)', async () => {
		const app = makeTestApp();
		await app.session.start();
		expect(app.store.settings.has(TIMER_ALERTS_KEY)).toBe(false);
		expect(app.settings.timerAlerts).toEqual(DEFAULT_TIMER_ALERTS);
		expect(app.settings.timerAlerts.compressSound).toBe(true);
		expect(app.settings.timerAlerts.vibrate).toBe(true);
	});

	it('a choice is kept across a restart', async () => {
		const app = makeTestApp();
		await app.session.start();
		expect(
			await app.settings.saveTimerAlerts({ ...app.settings.timerAlerts, compressSound: false })
		).toBe(true);
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.settings.timerAlerts).toEqual({
			vibrate: true,
			compressSound: false,
			otherSound: false
		});
	});

	it('a choice that could not be written is not shown as made', async () => {
		const app = makeTestApp();
		await app.session.start();
		app.store.failNextWrite(new Error('Your device is out of storage space.'));
		expect(await app.settings.saveTimerAlerts({ ...DEFAULT_TIMER_ALERTS, vibrate: false })).toBe(
			false
		);
		expect(app.settings.timerAlerts.vibrate).toBe(true);
		expect(app.problems.message).toBe('Your device is out of storage space.');
	});
});

describe('a timer’s end while the app is out of sight', () => {
	it('is a notification that stays, with no Done or Snooze, when notifications are allowed', async () => {
		const app = makeTestApp({ clock: '2026-06-15T04:50:00Z' });
		await app.session.start();
		await app.today.saveProfile({ ...DEFAULT_PROFILE, compressPreference: 'warm' });
		const item = app.today.plan!.items.find((i) => i.measure === 'warm-compress')!;
		await app.timerNotices.ended(item, '2026-06-15');
		expect(app.sink.shown).toEqual([
			{
				tag: `timer-end-${item.id}`,
				title: 'Time is up: Warm compress',
				body: 'Take the pack off and check your skin.',
				kind: 'item',
				itemId: item.id,
				date: '2026-06-15',
				noActions: true,
				requireInteraction: true
			}
		]);
		app.sink.allowed = false;
		await app.timerNotices.ended(item, '2026-06-15');
		expect(app.sink.shown).toHaveLength(1);
	});
});
