import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '$lib/storage/database';
import { DATABASE_VERSION, MIGRATIONS } from '$lib/storage/migrations';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { checkVisitAnswers, NO_VISIT_ANSWERS, VISIT_ANSWERS_KEY } from '$lib/domain/visit-answers';
import { DailyEntrySchema, SettingRecordSchema } from '$lib/storage/record-schemas';
import {
	oneRecordPerSignAndDay,
	WARNING_SIGNS_KEY,
	type WarningSign
} from '$lib/domain/warning-signs';
import { freshName, openAtVersion, testDatabase } from './fixtures';
import { makeDays } from './plan-fixtures';

/** A version-6 record as the walk of issue 25 left it: signs kept twice on one day. */
const sign = (changes: Partial<WarningSign>): WarningSign => ({
	id: 'numbness-buttock-leg',
	level: 'routine',
	answeredOn: '2026-06-15',
	answeredAt: '2026-06-15T05:00:00.000Z',
	from: 'check-in',
	resolvedAt: null,
	resolution: null,
	...changes
});
const BOOKED = sign({ resolvedAt: '2026-06-15T06:00:00.000Z', resolution: 'assessed' });
const SAVED_AGAIN = sign({ answeredAt: '2026-06-15T07:00:00.000Z' });
const FEVER_YES = sign({ id: 'fever', level: 'same-day', answeredAt: '2026-06-15T08:00:00.000Z' });
const FEVER_TAKEN_BACK = {
	...FEVER_YES,
	resolvedAt: '2026-06-15T09:00:00.000Z',
	resolution: 'withdrawn' as const
};
const FEVER_AGAIN = { ...FEVER_YES, answeredAt: '2026-06-15T10:00:00.000Z' };
const NEXT_DAY = sign({ answeredOn: '2026-06-16', answeredAt: '2026-06-16T05:00:00.000Z' });
const TWICE_A_DAY = {
	signs: [BOOKED, SAVED_AGAIN, FEVER_TAKEN_BACK, FEVER_AGAIN, NEXT_DAY],
	setUp: { answeredAt: '2026-06-14T05:00:00.000Z', answers: { fever: false } }
};
/** Open again where a yes came after what dealt with it: as Today showed them. */
const ONE_A_DAY = [SAVED_AGAIN, FEVER_AGAIN, NEXT_DAY];

describe('migrations', () => {
	it('are numbered 1, 2, ... with no gap, and the database version is the last', () => {
		expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
		expect(DATABASE_VERSION).toBe(MIGRATIONS.length);
	});

	it('1: creates every store of the first release and records itself in the ledger', async () => {
		const db = await openAtVersion(freshName(), 1);
		expect([...db.objectStoreNames].sort()).toEqual(
			['checkIns', 'dailyEntries', 'dayPlans', 'migrations', 'profile', 'settings'].sort()
		);
		expect(await db.getAll('migrations')).toEqual([
			{ version: 1, name: 'initial stores', appliedAt: '2026-01-01T00:00:00.000Z' }
		]);
		db.close();
	});

	it('2: a version-1 database with real data keeps every record and gains check-in dates', async () => {
		const name = freshName();
		const { plans, checkIns, entries } = makeDays('2026-03-27', 5); // across a DST weekend
		const v1CheckIns = checkIns.map(({ date: _date, ...rest }) => rest); // version 1 stored no date
		const old = await openAtVersion(name, 1);
		const tx = old.transaction(
			['profile', 'settings', 'dayPlans', 'checkIns', 'dailyEntries'],
			'readwrite'
		);
		await Promise.all([
			tx
				.objectStore('profile')
				.put({ key: 'current', profile: DEFAULT_PROFILE, updatedAt: '2026-03-27T08:00:00.000Z' }),
			tx
				.objectStore('settings')
				.put({ key: 'theme', value: 'dark', updatedAt: '2026-03-27T08:00:00.000Z' }),
			...plans.map((p) => tx.objectStore('dayPlans').put(p)),
			...v1CheckIns.map((c) => tx.objectStore('checkIns').put(c)),
			...entries.map((e) => tx.objectStore('dailyEntries').put(e)),
			tx.done
		]);
		old.close();

		const database = testDatabase(name);
		const db = await database.connection();
		expect(db.version).toBe(DATABASE_VERSION);
		expect((await db.getAll('migrations')).map((m) => m.version)).toEqual(
			MIGRATIONS.map((m) => m.version)
		);
		expect(await db.get('profile', 'current')).toMatchObject({ profile: DEFAULT_PROFILE });
		expect(await db.get('settings', 'theme')).toMatchObject({ value: 'dark' });
		expect(await db.getAll('dayPlans')).toEqual(plans);
		expect(await db.getAll('dailyEntries')).toEqual(entries);
		const migrated = await db.getAll('checkIns');
		expect(migrated).toHaveLength(checkIns.length);
		expect(migrated.sort((a, b) => (a.itemId < b.itemId ? -1 : 1))).toEqual(
			[...checkIns].sort((a, b) => (a.itemId < b.itemId ? -1 : 1))
		);
		// The new index answers by date (in item-id order, as an index returns ties).
		const byItem = (a: { itemId: string }, b: { itemId: string }) => (a.itemId < b.itemId ? -1 : 1);
		expect(await db.getAllFromIndex('checkIns', 'by-date', '2026-03-29')).toEqual(
			checkIns.filter((c) => c.date === '2026-03-29').sort(byItem)
		);
		database.close();
	});

	it('3: a version-2 profile gains when its safety questions were answered (its last save), nothing else changes', async () => {
		const name = freshName();
		const { plans, checkIns, entries } = makeDays('2026-10-24', 3); // across a DST weekend
		const { screeningReviewedAt: _new, ...v2Profile } = DEFAULT_PROFILE;
		const old = await openAtVersion(name, 2);
		const tx = old.transaction(['profile', 'dayPlans', 'checkIns', 'dailyEntries'], 'readwrite');
		await Promise.all([
			tx
				.objectStore('profile')
				.put({ key: 'current', profile: v2Profile, updatedAt: '2026-10-20T08:00:00.000Z' }),
			...plans.map((p) => tx.objectStore('dayPlans').put(p)),
			...checkIns.map((c) => tx.objectStore('checkIns').put(c)),
			...entries.map((e) => tx.objectStore('dailyEntries').put(e)),
			tx.done
		]);
		old.close();

		const database = testDatabase(name);
		const db = await database.connection();
		expect(db.version).toBe(DATABASE_VERSION);
		expect((await db.getAll('migrations')).map((m) => m.version)).toEqual(
			MIGRATIONS.map((m) => m.version)
		);
		expect(await db.get('profile', 'current')).toEqual({
			key: 'current',
			profile: { ...DEFAULT_PROFILE, screeningReviewedAt: '2026-10-20T08:00:00.000Z' },
			updatedAt: '2026-10-20T08:00:00.000Z'
		});
		expect(await db.getAll('dayPlans')).toEqual(plans);
		expect(await db.getAll('dailyEntries')).toEqual(entries);
		expect((await db.getAll('checkIns')).length).toBe(checkIns.length);
		database.close();
	});

	it('3: a profile that already says when the questions were answered keeps it', () => {
		const step = MIGRATIONS.find((m) => m.version === 3)!;
		const record = {
			key: 'current',
			profile: { ...DEFAULT_PROFILE, screeningReviewedAt: '2026-11-01T08:00:00.000Z' },
			updatedAt: '2026-11-02T08:00:00.000Z'
		};
		expect(step.records?.profile?.(record)).toEqual(record);
	});

	it('4: the latest yes to each warning sign in a version-3 database stays open, at its level then', async () => {
		const name = freshName();
		const { plans, checkIns, entries } = makeDays('2026-03-27', 4); // across a DST weekend
		const answered = entries.map((e, i) => ({
			...e,
			redFlags:
				i === 0
					? { 'bladder-bowel': true, 'night-pain': true }
					: i === 2
						? { 'night-pain': true, 'bladder-bowel': false }
						: { 'stopping-activities': false }
		}));
		const old = await openAtVersion(name, 3);
		const tx = old.transaction(['settings', 'dayPlans', 'checkIns', 'dailyEntries'], 'readwrite');
		await Promise.all([
			tx
				.objectStore('settings')
				.put({ key: 'theme', value: 'dark', updatedAt: '2026-03-27T08:00:00.000Z' }),
			...plans.map((p) => tx.objectStore('dayPlans').put(p)),
			...checkIns.map((c) => tx.objectStore('checkIns').put(c)),
			...answered.map((e) => tx.objectStore('dailyEntries').put(e)),
			tx.done
		]);
		old.close();

		const database = testDatabase(name);
		const db = await database.connection();
		expect(db.version).toBe(DATABASE_VERSION);
		const open = (id: string, entry: (typeof answered)[number], level: string) => ({
			id,
			level,
			answeredOn: entry.date,
			answeredAt: entry.updatedAt,
			from: 'check-in',
			resolvedAt: null,
			resolution: null
		});
		const stored = await db.get('settings', 'warningSigns');
		expect(stored?.value).toEqual({
			signs: [
				open('bladder-bowel', answered[0]!, 'emergency'),
				open('night-pain', answered[2]!, 'same-day')
			],
			setUp: null
		});
		// Nothing else changes: the day's answers stay as they were given.
		expect(await db.getAll('dailyEntries')).toEqual(answered);
		expect(await db.get('settings', 'theme')).toMatchObject({ value: 'dark' });
		expect(await db.getAll('dayPlans')).toEqual(plans);
		database.close();
	});

	it('4: entries with no yes, or junk, add no record', () => {
		const step = MIGRATIONS.find((m) => m.version === 4)!;
		expect(
			step.derived?.make([{ date: '2026-03-27', updatedAt: 'x', redFlags: { fever: false } }])
		).toEqual([]);
		// Junk in old entries is skipped, not a reason to fail the upgrade.
		expect(
			step.derived?.make([
				null,
				'x',
				{ date: 1 },
				{ date: '2026-03-27', updatedAt: 'x', redFlags: { 'made-up': true } }
			])
		).toEqual([]);
	});

	it('5: version-4 entries gain an empty medicine line and the pain start date becomes the first answer', async () => {
		const name = freshName();
		const { plans, checkIns, entries } = makeDays('2026-10-24', 3); // across a DST weekend
		const v4Entries = entries.map(({ medicine: _new, ...rest }) => rest);
		const profile = { ...DEFAULT_PROFILE, painStartedOn: '2026-10-03' };
		const old = await openAtVersion(name, 4);
		const tx = old.transaction(
			['profile', 'settings', 'dayPlans', 'checkIns', 'dailyEntries'],
			'readwrite'
		);
		await Promise.all([
			tx
				.objectStore('profile')
				.put({ key: 'current', profile, updatedAt: '2026-10-20T08:00:00.000Z' }),
			tx
				.objectStore('settings')
				.put({ key: 'theme', value: 'dark', updatedAt: '2026-10-20T08:00:00.000Z' }),
			...plans.map((p) => tx.objectStore('dayPlans').put(p)),
			...checkIns.map((c) => tx.objectStore('checkIns').put(c)),
			...v4Entries.map((e) => tx.objectStore('dailyEntries').put(e)),
			tx.done
		]);
		old.close();

		const database = testDatabase(name);
		const db = await database.connection();
		expect(db.version).toBe(DATABASE_VERSION);
		expect(await db.getAll('dailyEntries')).toEqual(entries.map((e) => ({ ...e, medicine: '' })));
		expect(await db.get('settings', VISIT_ANSWERS_KEY)).toEqual({
			key: VISIT_ANSWERS_KEY,
			value: { ...NO_VISIT_ANSWERS, painStart: { kind: 'date', on: '2026-10-03' } },
			updatedAt: '2026-10-20T08:00:00.000Z'
		});
		// What the step made reads as valid answers, and the rest is untouched.
		expect(
			checkVisitAnswers((await db.get('settings', VISIT_ANSWERS_KEY))?.value, '2026-10-26').ok
		).toBe(true);
		expect(await db.get('profile', 'current')).toMatchObject({ profile });
		expect(await db.get('settings', 'theme')).toMatchObject({ value: 'dark' });
		expect(await db.getAll('dayPlans')).toEqual(plans);
		expect((await db.getAll('checkIns')).length).toBe(checkIns.length);
		database.close();
	});

	it('5: an entry that has its medicine line keeps it; no start date or junk makes no answers', () => {
		const step = MIGRATIONS.find((m) => m.version === 5)!;
		const entry = { ...makeDays('2026-10-24', 1).entries[0]!, medicine: 'paracetamol' };
		expect(step.records?.dailyEntries?.(entry)).toEqual(entry);
		expect(step.records?.dailyEntries?.(null)).toBeNull();
		for (const records of [
			[],
			[{ key: 'current', profile: DEFAULT_PROFILE, updatedAt: '2026-10-20T08:00:00.000Z' }],
			[{ key: 'current', profile: { ...DEFAULT_PROFILE, painStartedOn: 'last week' } }],
			[null],
			['x']
		])
			expect(step.derived?.make(records)).toEqual([]);
	});

	it('6: version-5 entries gain "worse on coughing, sneezing or straining" as not reported, nothing else changes', async () => {
		const name = freshName();
		const { plans, checkIns, entries } = makeDays('2026-10-24', 3); // across a DST weekend
		const v5Entries = entries.map(
			({ symptoms: { coughSneezeStrain: _new, ...symptoms }, ...rest }) => ({
				...rest,
				symptoms
			})
		);
		const old = await openAtVersion(name, 5);
		const tx = old.transaction(['settings', 'dayPlans', 'checkIns', 'dailyEntries'], 'readwrite');
		await Promise.all([
			tx
				.objectStore('settings')
				.put({ key: 'theme', value: 'dark', updatedAt: '2026-10-20T08:00:00.000Z' }),
			...plans.map((p) => tx.objectStore('dayPlans').put(p)),
			...checkIns.map((c) => tx.objectStore('checkIns').put(c)),
			...v5Entries.map((e) => tx.objectStore('dailyEntries').put(e)),
			tx.done
		]);
		old.close();
		expect(v5Entries.every((e) => !('coughSneezeStrain' in e.symptoms))).toBe(true);

		const database = testDatabase(name);
		const db = await database.connection();
		expect(db.version).toBe(DATABASE_VERSION);
		const upgraded = await db.getAll('dailyEntries');
		expect(upgraded).toEqual(
			v5Entries.map((e) => ({ ...e, symptoms: { ...e.symptoms, coughSneezeStrain: false } }))
		);
		// Every upgraded entry reads as valid, and the other stores are untouched.
		for (const entry of upgraded) expect(v.safeParse(DailyEntrySchema, entry).success).toBe(true);
		expect(await db.get('settings', 'theme')).toMatchObject({ value: 'dark' });
		expect(await db.getAll('dayPlans')).toEqual(plans);
		expect((await db.getAll('checkIns')).length).toBe(checkIns.length);
		expect((await db.getAll('migrations')).map((m) => m.version)).toContain(6);
		database.close();
	});

	it('6: an entry that already has the symptom keeps its answer; junk passes through for validation', () => {
		const step = MIGRATIONS.find((m) => m.version === 6)!;
		const entry = makeDays('2026-10-24', 1).entries[0]!;
		const yes = { ...entry, symptoms: { ...entry.symptoms, coughSneezeStrain: true } };
		expect(step.records?.dailyEntries?.(yes)).toEqual(yes);
		for (const junk of [
			null,
			'x',
			3,
			{ date: '2026-10-24' },
			{ symptoms: null },
			{ symptoms: 'x' }
		])
			expect(step.records?.dailyEntries?.(junk)).toEqual(junk);
	});

	it('7: a version-6 warning-sign record with a sign kept twice on one day keeps one, nothing else changes', async () => {
		const name = freshName();
		const { plans, checkIns, entries } = makeDays('2026-06-14', 3);
		const old = await openAtVersion(name, 6);
		const tx = old.transaction(['settings', 'dayPlans', 'checkIns', 'dailyEntries'], 'readwrite');
		const stored = {
			key: WARNING_SIGNS_KEY,
			value: TWICE_A_DAY,
			updatedAt: '2026-06-15T16:00:00.000Z'
		};
		await Promise.all([
			tx.objectStore('settings').put(stored),
			tx
				.objectStore('settings')
				.put({ key: 'theme', value: 'dark', updatedAt: '2026-06-15T08:00:00.000Z' }),
			...plans.map((p) => tx.objectStore('dayPlans').put(p)),
			...checkIns.map((c) => tx.objectStore('checkIns').put(c)),
			...entries.map((e) => tx.objectStore('dailyEntries').put(e)),
			tx.done
		]);
		old.close();

		const database = testDatabase(name);
		const db = await database.connection();
		expect(db.version).toBe(DATABASE_VERSION);
		const repaired = await db.get('settings', WARNING_SIGNS_KEY);
		expect(repaired).toEqual({ ...stored, value: { ...TWICE_A_DAY, signs: ONE_A_DAY } });
		// What the app's own rule makes of it, and it reads as a valid record.
		expect(repaired?.value).toEqual({
			...TWICE_A_DAY,
			signs: oneRecordPerSignAndDay(TWICE_A_DAY.signs)
		});
		expect(v.safeParse(SettingRecordSchema, repaired).success).toBe(true);
		expect(await db.get('settings', 'theme')).toMatchObject({ value: 'dark' });
		expect(await db.getAll('dayPlans')).toEqual(plans);
		expect(await db.getAll('dailyEntries')).toEqual(entries);
		expect((await db.getAll('checkIns')).length).toBe(checkIns.length);
		expect((await db.getAll('migrations')).at(-1)).toMatchObject({ version: 7 });
		database.close();
	});

	it('7: a record with one sign a day is left as it was; junk passes through', () => {
		const step = MIGRATIONS.find((m) => m.version === 7)!;
		const fine = {
			key: WARNING_SIGNS_KEY,
			value: { signs: ONE_A_DAY, setUp: null },
			updatedAt: '2026-06-15T16:00:00.000Z'
		};
		expect(step.records?.settings?.(fine)).toBe(fine);
		const theme = { key: 'theme', value: 'dark', updatedAt: '2026-06-15T08:00:00.000Z' };
		expect(step.records?.settings?.(theme)).toBe(theme);
		for (const junk of [
			null,
			'x',
			{ key: WARNING_SIGNS_KEY },
			{ key: WARNING_SIGNS_KEY, value: null },
			{ key: WARNING_SIGNS_KEY, value: { signs: 'x' } },
			{ key: WARNING_SIGNS_KEY, value: { signs: [null, 3] } }
		])
			expect(step.records?.settings?.(junk)).toEqual(junk);
	});

	it('loads the steps only when the database needs them: a new install yes, an up-to-date one no', async () => {
		const name = freshName();
		let loads = 0;
		const loadMigrations = async () => {
			loads += 1;
			return import('$lib/storage/migrations');
		};
		const first = new AppDatabase(name, { loadMigrations });
		await first.connection();
		first.close();
		expect(loads).toBe(1);
		const again = new AppDatabase(name, { loadMigrations });
		expect((await again.connection()).version).toBe(DATABASE_VERSION);
		again.close();
		expect(loads).toBe(1);
		// With no way to load them, a database that needs them says storage is unavailable.
		await expect(new AppDatabase(freshName()).connection()).rejects.toThrow();
	});

	it('a new install runs every step once', async () => {
		const database = testDatabase(freshName());
		const db = await database.connection();
		expect((await db.getAll('migrations')).map((m) => m.version)).toEqual(
			MIGRATIONS.map((m) => m.version)
		);
		expect([...db.transaction('checkIns').store.indexNames]).toEqual(['by-date']);
		database.close();
	});
});
