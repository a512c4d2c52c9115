import { describe, expect, it } from 'vitest';
import type { Clock } from '$lib/domain/ports';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { blankDailyEntry } from '$lib/domain/records';
import { wallClockAt } from '$lib/domain/time';
import { AppState, readStartup } from '$lib/state/app-state.svelte';
import { ProfileDraft } from '$lib/state/profile-draft.svelte';
import { AppDatabase } from '$lib/storage/database';
import { freshName } from '../storage/fixtures';

function fixedClock(iso: string, zone = 'Europe/Berlin'): Clock & { set(iso: string): void } {
	let now = new Date(iso);
	let monotonic = 0;
	return {
		now: () => now,
		timeZone: () => zone,
		wallClock: (instant) => wallClockAt(instant, zone),
		monotonicMs: () => monotonic,
		// Time passing: both clocks move together (a jump would move only the wall clock).
		set: (next) => {
			monotonic += Date.parse(next) - now.getTime();
			now = new Date(next);
		}
	};
}

function makeApp(name: string, clock: Clock) {
	return new AppState({
		database: new AppDatabase(name),
		clock,
		appVersion: 'test'
	});
}

describe('AppState', () => {
	it('creates a plan from a form draft, records check-ins, and finds them after a restart', async () => {
		const name = freshName();
		const clock = fixedClock('2026-06-15T04:50:00Z'); // 06:50 in Berlin
		const app = makeApp(name, clock);
		await app.start();
		expect(app.status).toBe('ready');
		expect(app.profile).toBeNull();

		const draft = new ProfileDraft(); // rune state, as the set-up form holds it
		draft.sits = true;
		draft.flareToday = false;
		const result = draft.result(app.currentDate);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(await app.saveProfile(result.profile)).toBe(true);
		expect(app.plan?.date).toBe('2026-06-15');
		const first = app.items.find((v) => v.item.kind === 'timed')!.item;
		expect(await app.markDone(first)).toBe(true);
		expect(
			await app.saveEntry({
				...blankDailyEntry(app.today, clock.now()),
				pain: 5,
				redFlags: { 'foot-drop': false }
			})
		).toBe(true);
		expect(app.problem).toBeNull();

		const restarted = makeApp(name, clock);
		await restarted.start();
		expect(restarted.profile?.sittingBlocks).toHaveLength(1);
		expect(restarted.items.find((v) => v.item.id === first.id)?.state).toBe('done');
		expect(restarted.entry?.pain).toBe(5);
	});

	it('marks an item missed once its time has passed, and moves to the next day at midnight', async () => {
		const clock = fixedClock('2026-06-15T04:50:00Z');
		const app = makeApp(freshName(), clock);
		await app.start();
		await app.saveProfile(DEFAULT_PROFILE);
		const first = app.items[0]!;
		expect(first.state).toBe('upcoming');
		clock.set('2026-06-15T08:00:00Z'); // 10:00
		await app.tick();
		expect(app.items[0]!.state).toBe('missed');
		clock.set('2026-06-15T22:30:00Z'); // 00:30 the next day in Berlin
		await app.tick();
		expect(app.today).toBe('2026-06-16');
		expect(app.plan?.date).toBe('2026-06-16');
	});

	it('a start-up that crosses midnight while it reads shows the new day, not the old one', async () => {
		const name = freshName();
		const clock = fixedClock('2026-06-15T21:59:59Z'); // 23:59:59 in Berlin
		const setUp = makeApp(name, clock);
		await setUp.start();
		await setUp.saveProfile(DEFAULT_PROFILE);
		expect(setUp.plan?.date).toBe('2026-06-15');

		// The first reading of the clock is the old day; every later one is past midnight.
		let readings = 0;
		const crossing: Clock = {
			...clock,
			now: () => new Date(readings++ === 0 ? '2026-06-15T21:59:59Z' : '2026-06-15T22:00:01Z')
		};
		const restarted = makeApp(name, crossing);
		await restarted.start();
		expect(restarted.today).toBe('2026-06-16');
		expect(restarted.plan?.date).toBe('2026-06-16');
	});

	it('takes the read begun before it started, and reads the day again if midnight passed since', async () => {
		const name = freshName();
		const clock = fixedClock('2026-06-15T21:59:00Z'); // 23:59 in Berlin
		const setUp = makeApp(name, clock);
		await setUp.start();
		await setUp.saveProfile(DEFAULT_PROFILE);
		await setUp.setTheme('dark');

		// Begun while the page loads, before the app's state exists.
		const early = readStartup(new AppDatabase(name), clock);
		const restarted = makeApp(name, clock);
		await restarted.start(early);
		expect(restarted).toMatchObject({ status: 'ready', today: '2026-06-15', theme: 'dark' });
		expect(restarted.plan?.date).toBe('2026-06-15');

		const beforeMidnight = readStartup(new AppDatabase(name), clock);
		clock.set('2026-06-15T22:00:30Z'); // 00:00:30, the next day
		const nextDay = makeApp(name, clock);
		await nextDay.start(beforeMidnight);
		expect(nextDay.today).toBe('2026-06-16');
		expect(nextDay.plan?.date).toBe('2026-06-16');
		expect(nextDay.profile).toEqual(DEFAULT_PROFILE);
	});

	it('an early read that failed shows why, as a start-up read would', async () => {
		const name = freshName();
		const newer = new AppDatabase(name, {}, 99); // a newer release opened it in another tab
		await newer.connection();
		newer.close();
		const early = readStartup(new AppDatabase(name), fixedClock('2026-06-15T04:50:00Z'));
		const app = makeApp(name, fixedClock('2026-06-15T04:50:00Z'));
		await app.start(early);
		expect(app.status).toBe('failed');
		expect(app.problem).toMatch(/updated in another tab\. Reload/);
	});

	it('before set-up, a tick still moves to the next day at midnight, and reminds of nothing', async () => {
		const clock = fixedClock('2026-06-15T21:30:00Z'); // 23:30 in Berlin
		const app = makeApp(freshName(), clock);
		await app.start();
		expect(app.today).toBe('2026-06-15');
		clock.set('2026-06-15T22:30:00Z'); // 00:30 the next day
		await app.tick();
		expect(app.today).toBe('2026-06-16');
		expect(app.activeReminders).toEqual([]);
		expect(app.restPromptDue).toBe(false);
	});

	it('a declared bad day switches to the flare plan and keeps what was done', async () => {
		const clock = fixedClock('2026-06-15T04:50:00Z');
		const app = makeApp(freshName(), clock);
		await app.start();
		await app.saveProfile(DEFAULT_PROFILE);
		const compress = app.items.find((v) => v.item.measure === 'warm-compress')!.item;
		await app.markDone(compress);
		expect(await app.setBadDay(true)).toBe(true);
		expect(app.plan?.phase).toBe('flare');
		expect(app.plan?.items).toContainEqual(compress);
		expect(app.items.find((v) => v.item.id === compress.id)?.state).toBe('done');
	});
});

describe('backup reminder', () => {
	it('is due 14 days after the first use with no backup, and 14 days after the last backup', async () => {
		const clock = fixedClock('2026-06-01T08:00:00Z');
		const app = makeApp(freshName(), clock);
		await app.start();
		await app.saveProfile(DEFAULT_PROFILE);
		expect(app.backupDue).toBe(false);
		clock.set('2026-06-16T08:00:00Z');
		await app.tick();
		expect(app.backupDue).toBe(true);
		expect(await (await app.data()).exportBackupFile()).toMatchObject({
			name: 'deep-gluteal-care-backup-2026-06-16.json'
		});
		expect(app.backupDue).toBe(false);
		clock.set('2026-06-29T09:00:00Z');
		await app.tick();
		expect(app.backupDue).toBe(false);
		clock.set('2026-07-01T09:00:00Z');
		await app.tick();
		expect(app.backupDue).toBe(true);
	});
});

describe('delete all my data', () => {
	it('empties storage before the worker state, then shows a first visit', async () => {
		const name = freshName();
		const clock = fixedClock('2026-06-15T04:50:00Z');
		const order: string[] = [];
		const database = new AppDatabase(name);
		const app = new AppState({
			database,
			clock,
			appVersion: 'test',
			eraseWorkerState: async () => {
				const restarted = makeApp(name, clock);
				await restarted.start();
				order.push(`worker erased; profile left: ${restarted.profile !== null}`);
			}
		});
		await app.start();
		await app.saveProfile(DEFAULT_PROFILE);
		await app.markDone(app.items[0]!.item);
		await app.setTheme('dark');
		expect(await (await app.data()).deleteAllData()).toBe(true);

		expect(order).toEqual(['worker erased; profile left: false']);
		expect(app).toMatchObject({ profile: null, plan: null, checkIns: {}, theme: 'system' });
		expect(app.status).toBe('ready');
		const restarted = makeApp(name, clock);
		await restarted.start();
		expect(restarted).toMatchObject({ profile: null, plan: null, checkIns: {}, theme: 'system' });
	});

	it('says so and keeps the page state when the worker part fails', async () => {
		const clock = fixedClock('2026-06-15T04:50:00Z');
		const app = new AppState({
			database: new AppDatabase(freshName()),
			clock,
			appVersion: 'test',
			eraseWorkerState: () => Promise.reject(new Error('Could not remove the offline copy.'))
		});
		await app.start();
		await app.saveProfile(DEFAULT_PROFILE);
		expect(await (await app.data()).deleteAllData()).toBe(false);
		expect(app.problem).toBe('Could not remove the offline copy.');
	});
});
