import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import type { PlanItem } from '$lib/domain/plan';
import { notificationActionMessage, notificationDataOf, type ItemAction } from '$lib/pwa/protocol';
import { makeTestApp, type TestApp } from '../fakes/app';

// Issue 25, points 2 and 3, on the in-memory fakes: an answered item's banner and notification go
// at once, a snooze left over never reopens a done item, and the item of a running or just-ended
// timer is never missed. Europe/Berlin is UTC+2 in June; the first compress is at 07:30.

const MIN = 60_000;

/** Monday 15 June, 07:30:30 in Berlin: the 07:30 warm compress's banner and notification show. */
async function bannerShowing(): Promise<{ app: TestApp; compress: PlanItem }> {
	const app = makeTestApp({ clock: '2026-06-15T05:20:00Z' }); // 07:20
	await app.session.start();
	await app.today.saveProfile({ ...DEFAULT_PROFILE, sittingBlocks: [] });
	await app.session.tick();
	const compress = app.today.plan!.items.find((i) => i.measure === 'warm-compress')!;
	expect(compress.start).toBe('07:30');
	app.clock.set('2026-06-15T05:30:30Z');
	await app.session.tick();
	expect(app.reminders.active.map((r) => r.itemId)).toEqual([compress.id]);
	expect(app.sink.showing.map((m) => m.tag)).toEqual([compress.id]);
	return { app, compress };
}

const stateOf = (app: TestApp, item: PlanItem) =>
	app.today.items.find((v) => v.item.id === item.id)!.state;

const later = (app: TestApp, minutes: number) =>
	app.clock.set(new Date(app.clock.now().getTime() + minutes * MIN).toISOString());

/** A notification's button as the worker passes it to an open page. */
const fromNotification = (app: TestApp, item: PlanItem, action: ItemAction) =>
	app.reminders.handleWorkerMessage(
		notificationActionMessage(
			action,
			notificationDataOf({ kind: 'item', itemId: item.id, date: app.today.date })
		)
	);

describe('an answered item’s banner and notification go at once', () => {
	it.each<[string, (app: TestApp, item: PlanItem) => Promise<unknown>]>([
		['ticked on the checklist', (app, item) => app.today.markDone(item)],
		[
			'marked done when its timer ran out',
			async (app, item) => {
				const startedAt = app.clock.now().getTime();
				await app.today.keepTimer({
					itemId: item.id,
					date: app.today.date,
					startedAt,
					endsAt: startedAt + 15 * MIN,
					remainingMs: 15 * MIN
				});
				// The skin check's notification came up while the pack was on.
				await app.skinChecks.remind(item);
				expect(app.sink.showing).toHaveLength(2);
				later(app, 15);
				return app.today.markDone(item);
			}
		],
		[
			'skipped from the checklist',
			(app, item) => app.today.answer(item, { status: 'skipped', reason: '' })
		],
		[
			'snoozed from the checklist',
			(app, item) => app.today.answer(item, { status: 'snoozed', minutes: 30 })
		]
	])('%s: no tick needed', async (_how, answer) => {
		const { app, compress } = await bannerShowing();
		await answer(app, compress);
		expect(app.reminders.active).toEqual([]);
		expect(app.sink.showing).toEqual([]);
		expect(app.sink.closed).toContain(compress.id);
	});

	it('an untick does not bring the banner back', async () => {
		const { app, compress } = await bannerShowing();
		await app.today.markDone(compress);
		await app.today.markNotDone(compress);
		expect(app.reminders.active).toEqual([]);
		await app.session.tick();
		expect(app.reminders.active).toEqual([]);
		expect(app.sink.shown.filter((m) => m.tag === compress.id)).toHaveLength(1);
	});
});

describe('a snooze on an item already done changes nothing', () => {
	it.each<[string, (app: TestApp, item: PlanItem) => Promise<unknown>]>([
		['a banner’s Snooze 10 min', (app, item) => app.reminders.answer(item.id, 'snooze')],
		['a banner’s longer snooze', (app, item) => app.reminders.answer(item.id, 'snooze', 60)],
		['a notification’s Snooze', (app, item) => fromNotification(app, item, 'snooze')],
		['Today’s snooze', (app, item) => app.today.answer(item, { status: 'snoozed', minutes: 10 })]
	])('%s: the item stays done, and is never missed or reminded again', async (_how, snooze) => {
		const { app, compress } = await bannerShowing();
		await app.today.markDone(compress);
		const done = app.store.checkIns.get(compress.id);
		expect(app.today.progress.done).toBe(1);

		await snooze(app, compress);
		expect(app.today.checkIns[compress.id]).toEqual(done);
		expect(app.store.checkIns.get(compress.id)).toEqual(done);
		expect(app.today.progress.done).toBe(1);
		expect(app.problems.message).toBeNull();

		// The walk: 11 minutes later it was listed as missed, and reminded again.
		later(app, 11);
		await app.session.tick();
		expect(stateOf(app, compress)).toBe('done');
		expect(app.today.progress.missed).toBe(0);
		expect(app.reminders.active).toEqual([]);
		expect(app.sink.shown.filter((m) => m.tag === compress.id)).toHaveLength(1);
	});

	it('a skipped item stays skipped too', async () => {
		const { app, compress } = await bannerShowing();
		await app.today.answer(compress, { status: 'skipped', reason: 'too sore' });
		await app.reminders.answer(compress.id, 'snooze');
		expect(app.today.checkIns[compress.id]?.status).toBe('skipped');
		expect(app.today.checkIns[compress.id]?.reason).toBe('too sore');
	});
});

describe('the item of a running or just-ended timer is never missed', () => {
	/** The 07:30 compress's 15-minute timer, started at 07:30:30. */
	async function timerStarted() {
		const { app, compress } = await bannerShowing();
		const startedAt = app.clock.now().getTime();
		await app.today.keepTimer({
			itemId: compress.id,
			date: app.today.date,
			startedAt,
			endsAt: startedAt + 15 * MIN,
			remainingMs: 15 * MIN
		});
		return { app, compress };
	}

	it('running past 07:45, ended, and hours after, until it is marked done', async () => {
		const { app, compress } = await timerStarted();
		for (const minutes of [14, 1, 1, 120]) {
			later(app, minutes);
			await app.session.tick();
			expect(stateOf(app, compress)).toBe('due');
			expect(
				app.today.items.filter((v) => v.state === 'missed').map((v) => v.item.id)
			).not.toContain(compress.id);
		}
		await app.today.markDone(compress);
		expect(stateOf(app, compress)).toBe('done');
		expect(app.today.runningTimer).toBeNull();
	});

	it('paused, it is not missed either', async () => {
		const { app, compress } = await timerStarted();
		later(app, 5);
		await app.today.keepTimer({
			itemId: compress.id,
			date: app.today.date,
			startedAt: app.clock.now().getTime() - 5 * MIN,
			pausedAt: app.clock.now().getTime(),
			endsAt: null,
			remainingMs: 10 * MIN
		});
		later(app, 30);
		await app.session.tick();
		expect(stateOf(app, compress)).toBe('due');
	});

	it('stopped without being done, it is missed again (nothing is dropped)', async () => {
		const { app, compress } = await timerStarted();
		later(app, 16);
		await app.session.tick();
		expect(stateOf(app, compress)).toBe('due');
		await app.today.keepTimer(null);
		expect(stateOf(app, compress)).toBe('missed');
		expect(app.today.progress.missed).toBe(1);
	});

	it('a timer kept from another day does not hold today’s item', async () => {
		const { app, compress } = await timerStarted();
		await app.today.keepTimer({ ...app.today.runningTimer!, date: '2026-06-14' });
		later(app, 16);
		await app.session.tick();
		expect(stateOf(app, compress)).toBe('missed');
	});
});
