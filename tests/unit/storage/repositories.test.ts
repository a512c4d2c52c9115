import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { DATABASE_VERSION } from '$lib/storage/migrations';
import { StorageFullError, UpdatedInAnotherTabError } from '$lib/storage/errors';
import { IdbHistoryReader } from '$lib/storage/history-reader';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository,
	IdbStartupReader
} from '$lib/storage/repositories';
import { freshDatabase, freshName, testDatabase } from './fixtures';
import { makeCheckIn, makeDays, makeEntry, makePlan } from './plan-fixtures';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => vi.restoreAllMocks());

describe('repositories', () => {
	it('store and read back a profile, plans, check-ins, entries and settings', async () => {
		const database = freshDatabase();
		const { plans, checkIns, entries } = makeDays('2026-10-24', 4); // across the autumn change
		const profiles = new IdbProfileRepository(database);
		const planRepo = new IdbPlanRepository(database);
		const checkInRepo = new IdbCheckInRepository(database);
		const entryRepo = new IdbDailyEntryRepository(database);
		const settings = new IdbSettingsRepository(database);

		expect(await profiles.get()).toBeNull();
		await profiles.save(DEFAULT_PROFILE);
		expect(await profiles.get()).toEqual(DEFAULT_PROFILE);
		for (const p of plans) await planRepo.save(p);
		for (const c of checkIns) await checkInRepo.record(c);
		for (const e of entries) await entryRepo.save(e);
		await settings.set('theme', 'dark');

		expect(await planRepo.get('2026-10-25')).toEqual(plans[1]);
		expect(await planRepo.get('2026-01-01')).toBeNull();
		expect(await checkInRepo.forDate('2026-10-25')).toHaveLength(4);
		expect((await checkInRepo.between('2026-10-25', '2026-10-26')).map((c) => c.date)).toEqual([
			...Array(4).fill('2026-10-25'),
			...Array(4).fill('2026-10-26')
		]);
		expect(await entryRepo.get('2026-10-26')).toEqual(entries[2]);
		expect((await entryRepo.between('2026-10-25', '2026-10-27')).map((e) => e.date)).toEqual([
			'2026-10-25',
			'2026-10-26',
			'2026-10-27'
		]);
		expect(await settings.get('theme')).toBe('dark');
		expect(await settings.get('missing')).toBeUndefined();
	});

	it('read what the first screen needs in one go: that day only, and only the settings asked for', async () => {
		const database = freshDatabase();
		const { plans, checkIns, entries } = makeDays('2026-10-24', 3);
		await new IdbProfileRepository(database).save(DEFAULT_PROFILE);
		for (const p of plans) await new IdbPlanRepository(database).save(p);
		for (const c of checkIns) await new IdbCheckInRepository(database).record(c);
		for (const e of entries) await new IdbDailyEntryRepository(database).save(e);
		const settings = new IdbSettingsRepository(database);
		await settings.set('theme', 'dark');
		await settings.set('sitting', { since: null });
		await settings.set('notAsked', 1);

		const read = await new IdbStartupReader(database).read('2026-10-25', [
			'theme',
			'sitting',
			'missing'
		]);

		expect(read.date).toBe('2026-10-25');
		expect(read.profile).toEqual(DEFAULT_PROFILE);
		expect(read.plan).toEqual(plans[1]);
		expect(read.entry).toEqual(entries[1]);
		const byItem = (a: { itemId: string }, b: { itemId: string }) => (a.itemId < b.itemId ? -1 : 1);
		expect([...read.checkIns].sort(byItem)).toEqual(
			checkIns.filter((c) => c.date === '2026-10-25').sort(byItem)
		);
		expect(read.checkIns).toHaveLength(4);
		// Only the asked-for settings that are stored.
		expect(Object.fromEntries(read.settings)).toEqual({ theme: 'dark', sitting: { since: null } });
	});

	it('read an empty first screen on a new device', async () => {
		const read = await new IdbStartupReader(freshDatabase()).read('2026-10-25', ['theme']);
		expect(read).toEqual({
			date: '2026-10-25',
			profile: null,
			settings: new Map(),
			entry: null,
			checkIns: [],
			plan: null
		});
	});

	it('keeps one check-in per item: the latest word replaces a snooze', async () => {
		const database = freshDatabase();
		const repo = new IdbCheckInRepository(database);
		const plan = makePlan('2026-06-15');
		await repo.record(
			makeCheckIn(plan, 0, { status: 'snoozed', snoozedUntil: '2026-06-15T08:10:00.000Z' })
		);
		await repo.record(makeCheckIn(plan, 0, { status: 'done', at: '2026-06-15T08:12:00.000Z' }));
		const stored = await repo.forDate('2026-06-15');
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ status: 'done', at: '2026-06-15T08:12:00.000Z' });
	});

	it('builds day records for History from one read', async () => {
		const database = freshDatabase();
		const { plans, checkIns, entries } = makeDays('2026-06-01', 3);
		for (const p of plans) await new IdbPlanRepository(database).save(p);
		for (const c of checkIns) await new IdbCheckInRepository(database).record(c);
		await new IdbDailyEntryRepository(database).save(entries[0]!);
		const records = await new IdbHistoryReader(database).dayRecords('2026-06-01', '2026-06-02');
		expect(records.map((r) => r.date)).toEqual(['2026-06-01', '2026-06-02']);
		expect(records[0]).toMatchObject({
			pain: entries[0]!.pain,
			planned: plans[0]!.items.filter((i) => i.kind === 'timed').length
		});
		expect(records[0]!.done).toHaveLength(3);
		expect(records[0]!.skippedWithReason).toBe(1);
		expect(records[1]!.pain).toBeNull();
	});
});

describe('faults', () => {
	it('a full disk: the write is refused with a clear message and what was stored stays', async () => {
		const database = freshDatabase();
		const entries = new IdbDailyEntryRepository(database);
		await entries.save(makeEntry('2026-06-14'));
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw quotaError();
		});
		const failing = entries.save(makeEntry('2026-06-15'));
		await expect(failing).rejects.toBeInstanceOf(StorageFullError);
		await expect(failing).rejects.toThrow(/out of storage space.*Everything saved before is safe/);
		put.mockRestore();
		expect(await entries.get('2026-06-14')).toEqual(makeEntry('2026-06-14'));
		expect(await entries.get('2026-06-15')).toBeNull();
	});

	it('a full disk in the middle of a two-store write leaves neither store changed', async () => {
		const database = freshDatabase();
		const plan = makePlan('2026-06-15');
		const realPut = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args
		) {
			if (this.name === 'dayPlans') throw quotaError();
			return realPut.apply(this, args as Parameters<typeof realPut>);
		});
		await expect(
			new IdbCheckInRepository(database).recordWithPlan(makeCheckIn(plan, 0), plan)
		).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		expect(await new IdbCheckInRepository(database).forDate('2026-06-15')).toEqual([]);
		expect(await new IdbPlanRepository(database).get('2026-06-15')).toBeNull();
		await new IdbCheckInRepository(database).recordWithPlan(makeCheckIn(plan, 0), plan);
		expect(await new IdbCheckInRepository(database).forDate('2026-06-15')).toHaveLength(1);
	});

	it('another tab upgrading: this connection closes and says so instead of hanging both tabs', async () => {
		const name = freshName();
		const onUpdatedElsewhere = vi.fn();
		const oldTab = testDatabase(name, { onUpdatedElsewhere });
		await new IdbProfileRepository(oldTab).save(DEFAULT_PROFILE);

		const onBlocked = vi.fn();
		const newTab = testDatabase(name, { onBlocked }, DATABASE_VERSION + 1); // a future release
		const db = await newTab.connection(); // resolves: the old tab let go
		expect(db.version).toBe(DATABASE_VERSION + 1);
		expect(onUpdatedElsewhere).toHaveBeenCalledOnce();
		expect(oldTab.updatedElsewhere).toBe(true);
		await expect(new IdbProfileRepository(oldTab).get()).rejects.toBeInstanceOf(
			UpdatedInAnotherTabError
		);
		// The data is all there for the new version.
		expect(await new IdbProfileRepository(newTab).get()).toEqual(DEFAULT_PROFILE);
		newTab.close();
	});

	it('an older version opening a newer database is told to reload, not crashed', async () => {
		const name = freshName();
		const newer = testDatabase(name, {}, DATABASE_VERSION + 1);
		await newer.connection();
		newer.close();
		const older = testDatabase(name);
		await expect(older.connection()).rejects.toBeInstanceOf(UpdatedInAnotherTabError);
		await expect(older.connection()).rejects.toThrow(/updated in another tab\. Reload/);
	});

	it('a connection the browser terminated is reopened on next use', async () => {
		const database = freshDatabase();
		const profiles = new IdbProfileRepository(database);
		await profiles.save(DEFAULT_PROFILE);
		const first = await database.connection();
		forceCloseDatabase(first as unknown as Parameters<typeof forceCloseDatabase>[0]);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(await profiles.get()).toEqual(DEFAULT_PROFILE);
		expect(await database.connection()).not.toBe(first);
	});
});
