import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import {
	SKIN_EVENTS_KEY,
	sessionOf,
	skinCheckDue,
	type SkinEventRecord
} from '$lib/domain/skin-events';
import { makeTestApp, type TestApp } from '../fakes/app';

// Issue 24 (point 1) on in-memory fakes: each skin check answered is kept (through a restart); a
// "looks fine" lets the session run on and moves the next check, a sign ends the session.

const MIN = 60_000;

async function withWarmCompress() {
	const app = makeTestApp({ clock: '2026-06-15T04:50:00Z' }); // Monday 06:50 in Berlin
	await app.session.start();
	await app.today.saveProfile({ ...DEFAULT_PROFILE, compressPreference: 'warm' });
	const item = app.today.plan!.items.find((i) => i.measure.endsWith('compress'))!;
	expect(item).toBeDefined();
	// The timer as the dialog keeps it: started now, 20 minutes to go.
	const startedAt = app.clock.now().getTime();
	await app.today.keepTimer({
		itemId: item.id,
		date: app.today.date,
		endsAt: startedAt + 20 * MIN,
		remainingMs: 20 * MIN,
		startedAt,
		pausedAt: null
	});
	return { app, item, startedAt };
}

const kept = (app: TestApp) =>
	app.store.settings.get(SKIN_EVENTS_KEY)?.value as SkinEventRecord | undefined;

describe('the skin check during a compress', () => {
	it('"Looks fine" is kept with its time and measure, and the session runs on without asking again', async () => {
		const { app, item, startedAt } = await withWarmCompress();
		app.clock.set(new Date(startedAt + 5 * MIN).toISOString());
		expect(skinCheckDue(sessionOf(app.today.runningTimer), app.clock.now().getTime())).toBe(true);

		expect(await app.skinChecks.answer(item, 'fine')).toBe(true);
		expect(kept(app)?.events).toEqual([
			{
				at: '2026-06-15T04:55:00.000Z',
				date: '2026-06-15',
				measure: item.measure,
				itemId: item.id,
				answer: 'fine'
			}
		]);
		expect(app.today.runningTimer).toMatchObject({
			itemId: item.id,
			checkedAt: startedAt + 5 * MIN
		});
		expect(skinCheckDue(sessionOf(app.today.runningTimer), startedAt + 15 * MIN)).toBe(false);
	});

	it('a pause keeps the last check, and asks again 5 minutes into the pause', async () => {
		const { app, item, startedAt } = await withWarmCompress();
		app.clock.set(new Date(startedAt + 5 * MIN).toISOString());
		await app.skinChecks.answer(item, 'fine');
		// Paused at 7 minutes: the dialog keeps its progress without the check's time.
		await app.today.keepTimer({
			itemId: item.id,
			date: app.today.date,
			endsAt: null,
			remainingMs: 13 * MIN,
			startedAt,
			pausedAt: startedAt + 7 * MIN
		});
		expect(app.today.runningTimer?.checkedAt).toBe(startedAt + 5 * MIN);
		const session = sessionOf(app.today.runningTimer);
		expect(skinCheckDue(session, startedAt + 11 * MIN)).toBe(false);
		expect(skinCheckDue(session, startedAt + 12 * MIN)).toBe(true);

		// A new session of the item (stopped and started again) starts with no check.
		await app.today.keepTimer({
			itemId: item.id,
			date: app.today.date,
			endsAt: startedAt + 40 * MIN,
			remainingMs: 20 * MIN,
			startedAt: startedAt + 20 * MIN,
			pausedAt: null
		});
		expect(app.today.runningTimer?.checkedAt ?? null).toBeNull();
	});

	it('a sign ends the session and is kept, through a restart', async () => {
		const { app, item, startedAt } = await withWarmCompress();
		app.clock.set(new Date(startedAt + 6 * MIN).toISOString());
		expect(await app.skinChecks.answer(item, 'burn')).toBe(true);
		expect(app.today.runningTimer).toBeNull();
		expect(app.store.settings.get('runningTimer')?.value).toBeNull();

		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.today.runningTimer).toBeNull();
		expect((await restarted.skinChecks.events()).events).toMatchObject([
			{ itemId: item.id, answer: 'burn', at: '2026-06-15T04:56:00.000Z' }
		]);
	});

	it('answers add up, never replacing an earlier one', async () => {
		const { app, item, startedAt } = await withWarmCompress();
		app.clock.set(new Date(startedAt + 5 * MIN).toISOString());
		await app.skinChecks.answer(item, 'fine');
		app.clock.set(new Date(startedAt + 12 * MIN).toISOString());
		await app.skinChecks.answer(item, 'erythema-ab-igne');
		expect(kept(app)?.events.map((e) => e.answer)).toEqual(['fine', 'erythema-ab-igne']);
	});

	it('a storage failure is said, and the session is not ended behind the person’s back', async () => {
		const { app, item, startedAt } = await withWarmCompress();
		app.clock.set(new Date(startedAt + 5 * MIN).toISOString());
		app.store.failNextWrite(new Error('Your device is out of storage space.'));
		expect(await app.skinChecks.answer(item, 'fine')).toBe(false);
		expect(app.problems.message).toBe('Your device is out of storage space.');
		expect(app.today.runningTimer?.checkedAt ?? null).toBeNull();
	});

	it('the background reminder names what to look for and has no Done button', async () => {
		const { app, item } = await withWarmCompress();
		await app.skinChecks.remind(item);
		expect(app.sink.shown).toEqual([
			expect.objectContaining({
				title: 'Check your skin now',
				itemId: item.id,
				kind: 'item',
				noActions: true
			})
		]);
		expect(app.sink.shown[0]!.body).toMatch(/pink skin is normal.*bright red or blotchy/i);
	});
});
