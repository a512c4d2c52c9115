import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { blankDailyEntry } from '$lib/domain/records';
import { makeTestApp } from '../fakes/app';

// Issue 25 points 5 and 6 on the in-memory fakes: the whole day whenever the app is first opened,
// the set-up day from set-up on, rebuilds that keep every missed item, and tomorrow's preview.
// Berlin (the fakes' zone): Monday 15 June 2026, CEST.

const timed = (items: readonly { item: { kind: string; start: string; title: string } }[]) =>
	items.filter((v) => v.item.kind === 'timed').map((v) => `${v.item.start} ${v.item.title}`);

async function setUpAt(iso: string) {
	const app = makeTestApp({ clock: iso });
	await app.session.start();
	expect(await app.today.saveProfile(DEFAULT_PROFILE)).toBe(true);
	return app;
}

describe('the day whenever it is first opened (point 5)', () => {
	it('set up on Monday, first opened on Thursday at 19:00: the morning is listed as missed', async () => {
		const monday = await setUpAt('2026-06-15T06:00:00Z'); // 08:00
		monday.clock.set('2026-06-18T17:00:00Z'); // Thursday 19:00
		const app = makeTestApp({ store: monday.store, clock: monday.clock });
		await app.session.start();
		expect(app.today.date).toBe('2026-06-18');
		expect(app.today.plan?.startsAt).toBeUndefined();
		expect(timed(app.today.items)).toEqual([
			'07:30 Warm compress',
			'08:40 Stretch',
			'10:30 Warm compress',
			'12:40 Walk',
			'13:30 Warm compress',
			'17:25 Stretch',
			'21:30 Relaxation: progressive muscle relaxation'
		]);
		expect(app.today.progress).toMatchObject({ done: 0, missed: 6, total: 7 });

		// A tick done at 08:40's stretch, a skip of the walk; then a bad day rebuilds the plan.
		const stretch = app.today.items.find((v) => v.item.start === '08:40')!.item;
		const walk = app.today.items.find((v) => v.item.start === '12:40')!.item;
		expect(await app.today.markDone(stretch)).toBe(true);
		expect(await app.today.answer(walk, { status: 'skipped', reason: 'rain' })).toBe(true);
		const before = app.today.plan!.items;
		expect(await app.today.setBadDay(true)).toBe(true);
		expect(app.today.plan?.phase).toBe('flare');
		for (const start of ['07:30', '08:40', '10:30', '12:40', '13:30', '17:25'])
			expect(app.today.plan!.items).toContainEqual(before.find((i) => i.start === start));
		expect(app.today.progress).toMatchObject({ done: 1, skipped: 1, missed: 4 });

		// A check-in that changes the flare answer rebuilds again: still nothing dropped.
		const entry = { ...blankDailyEntry('2026-06-18', app.clock.now()), pain: 3, flare: false };
		expect(await app.today.saveEntry(entry)).toBe(true);
		for (const start of ['07:30', '08:40', '10:30', '12:40', '13:30', '17:25'])
			expect(app.today.plan!.items).toContainEqual(before.find((i) => i.start === start));
	});

	it('set up at 19:00: the plan starts then, nothing earlier is missed, and a rebuild keeps it so', async () => {
		const app = await setUpAt('2026-06-18T17:00:00Z');
		expect(app.today.plan?.startsAt).toBe('19:00');
		expect(timed(app.today.items)).toEqual(['21:30 Relaxation: progressive muscle relaxation']);
		expect(app.today.progress).toMatchObject({ missed: 0, total: 1 });
		app.clock.set('2026-06-18T17:30:00Z');
		expect(await app.today.saveProfile({ ...DEFAULT_PROFILE, sleepTime: '23:30' })).toBe(true);
		expect(app.today.plan?.startsAt).toBe('19:00');
		expect(timed(app.today.items)).toEqual(['22:00 Relaxation: progressive muscle relaxation']);
	});
});

describe('a late start (point 6)', () => {
	it('set up at 21:30: tonight’s relaxation, and tomorrow’s whole plan as a preview', async () => {
		const app = await setUpAt('2026-06-15T19:30:00Z');
		expect(timed(app.today.items)).toEqual(['21:30 Relaxation: progressive muscle relaxation']);
		expect(app.today.littleLeft).toBe(true);
		await app.today.previewTomorrow();
		expect(app.today.tomorrow?.date).toBe('2026-06-16');
		expect(app.today.tomorrow?.items.filter((i) => i.kind === 'timed').map((i) => i.start)).toEqual(
			['07:30', '08:40', '10:30', '12:40', '13:30', '17:25', '21:30']
		);
		// Not saved: tomorrow makes its own plan, with today's records in its history.
		expect(app.store.plans.get('2026-06-16')).toBeUndefined();
	});

	it('set up at 23:15: an empty day that says the plan starts tomorrow, with its preview', async () => {
		const app = await setUpAt('2026-06-15T21:15:00Z');
		expect(app.today.date).toBe('2026-06-15');
		expect(app.today.plan).toMatchObject({ items: [], notes: [], startsAt: '23:15' });
		await app.today.previewTomorrow();
		expect(app.today.tomorrow?.items.length).toBeGreaterThan(0);
	});

	it('no preview in the morning; one two hours before sleep, made again after a change', async () => {
		const app = await setUpAt('2026-06-15T05:00:00Z'); // 07:00
		expect(app.today.littleLeft).toBe(false);
		await app.today.previewTomorrow();
		expect(app.today.tomorrow).toBeNull();
		app.clock.set('2026-06-15T19:00:00Z'); // 21:00, two hours before 23:00
		await app.session.tick();
		expect(app.today.littleLeft).toBe(true);
		await app.today.previewTomorrow();
		expect(app.today.tomorrow?.phase).toBe('recovery');
		// A flare profile: tomorrow's preview is made again with it.
		const flare = { ...DEFAULT_PROFILE, phase: 'flare' as const, flareStartedOn: '2026-06-15' };
		expect(await app.today.saveProfile(flare)).toBe(true);
		await app.today.previewTomorrow();
		expect(app.today.tomorrow?.phase).toBe('flare');
	});
});
