import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { PUSH_RELAY_KEY } from '$lib/domain/push-window';
import { NO_VISIT_ANSWERS } from '$lib/domain/visit-answers';
import {
	exportBackup,
	parseBackup,
	restoreBackup,
	serializeBackup,
	upgradeBackupRecords
} from '$lib/storage/backup';
import type { Backup, ParsedBackup, RestoreMode } from '$lib/domain/backup';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository
} from '$lib/storage/repositories';
import { AppDatabase } from '$lib/storage/database';
import { DATABASE_VERSION } from '$lib/storage/migrations';
import { freshDatabase, freshName, openAtVersion, testDatabase } from './fixtures';
import { makeDays, makeEntry } from './plan-fixtures';

/** Checks a file and, only if it is a valid backup, restores it, as Settings does. */
async function importBackupFile(
	database: AppDatabase,
	text: string,
	mode: RestoreMode,
	sizeBytes: number = text.length
): Promise<ParsedBackup> {
	const parsed = parseBackup(text, sizeBytes);
	if (parsed.ok) await restoreBackup(database, parsed.backup, mode);
	return parsed;
}

const NOW = new Date('2026-06-20T10:00:00Z');

async function seed(database: AppDatabase, first = '2026-06-01', days = 10) {
	const { plans, checkIns, entries } = makeDays(first, days);
	await new IdbProfileRepository(database).save(DEFAULT_PROFILE);
	await new IdbSettingsRepository(database).set('theme', 'dark');
	for (const p of plans) await new IdbPlanRepository(database).save(p);
	for (const c of checkIns) await new IdbCheckInRepository(database).record(c);
	for (const e of entries) await new IdbDailyEntryRepository(database).save(e);
	return { plans, checkIns, entries };
}

/** Everything in the database, in a comparable form. */
async function snapshot(database: AppDatabase) {
	const backup = await exportBackup(database, 'test', NOW);
	return backup.data;
}

async function validBackupText(): Promise<string> {
	const source = freshDatabase();
	await seed(source, '2026-06-01', 3);
	return serializeBackup(await exportBackup(source, '0.1.0', NOW));
}

describe('backup export and restore', () => {
	it('export then restore into an empty device gives identical data', async () => {
		const source = freshDatabase();
		await seed(source);
		const text = serializeBackup(await exportBackup(source, '0.1.0', NOW));

		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.preview).toMatchObject({
			firstDate: '2026-06-01',
			lastDate: '2026-06-10',
			hasProfile: true,
			dayPlans: 10,
			checkIns: 40,
			dailyEntries: 10,
			appVersion: '0.1.0'
		});
		const target = freshDatabase();
		await restoreBackup(target, parsed.backup, 'replace');
		// The same data, and the note that it is backed up as of the export.
		const { settings, ...restored } = await snapshot(target);
		const { settings: sourceSettings, ...original } = await snapshot(source);
		expect(restored).toEqual(original);
		expect(settings).toEqual(
			expect.arrayContaining([
				...sourceSettings,
				{ key: 'lastBackupAt', value: NOW.toISOString(), updatedAt: NOW.toISOString() }
			])
		);
		expect(settings).toHaveLength(sourceSettings.length + 1);
	});

	// "Last backup: never" right after exporting one and restoring it (issue 25 point 9): the file
	// was written before the export was noted, so it carries no note, or an older one.
	it.each<[string, string | null, string, string]>([
		['no note', null, 'replace', NOW.toISOString()],
		['an older note', '2026-05-01T09:00:00.000Z', 'replace', NOW.toISOString()],
		['a later note (kept)', '2026-06-21T09:00:00.000Z', 'replace', '2026-06-21T09:00:00.000Z'],
		['no note, merged into a device that noted its own', null, 'merge', '2026-06-20T10:00:05.000Z']
	])('a backup with %s (%s) leaves the last backup at %s', async (_, note, mode, expected) => {
		const source = freshDatabase();
		await seed(source, '2026-06-01', 2);
		if (note) await new IdbSettingsRepository(source).set('lastBackupAt', note);
		const parsed = parseBackup(serializeBackup(await exportBackup(source, '0.1.0', NOW)));
		if (!parsed.ok) throw new Error(parsed.problems.join());
		const device = freshDatabase();
		await seed(device, '2026-06-10', 1);
		// This device exported the file itself, and noted it just after.
		await new IdbSettingsRepository(device).set('lastBackupAt', '2026-06-20T10:00:05.000Z');
		await restoreBackup(device, parsed.backup, mode as RestoreMode);
		expect(await new IdbSettingsRepository(device).get('lastBackupAt')).toBe(expected);
	});

	it('replace empties what the device had; merge keeps the newer record of each item and day', async () => {
		const backupSource = freshDatabase();
		await seed(backupSource, '2026-06-01', 3);
		await new IdbDailyEntryRepository(backupSource).save(
			makeEntry('2026-06-02', { pain: 9, updatedAt: '2026-06-02T21:00:00.000Z' })
		);
		const text = serializeBackup(await exportBackup(backupSource, '0.1.0', NOW));
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.problems.join());

		const device = freshDatabase();
		await seed(device, '2026-06-03', 3); // overlaps on 2026-06-03
		const entries = new IdbDailyEntryRepository(device);
		await entries.save(makeEntry('2026-06-03', { pain: 1, updatedAt: '2026-06-03T23:00:00.000Z' })); // newer than backup's
		await restoreBackup(device, parsed.backup, 'merge');
		expect((await entries.get('2026-06-02'))?.pain).toBe(9); // only in the backup
		expect((await entries.get('2026-06-03'))?.pain).toBe(1); // the device's record is newer
		expect(await entries.get('2026-06-05')).not.toBeNull(); // only on the device
		expect((await snapshot(device)).dayPlans.map((p) => p.date)).toEqual([
			'2026-06-01',
			'2026-06-02',
			'2026-06-03',
			'2026-06-04',
			'2026-06-05'
		]);

		await restoreBackup(device, parsed.backup, 'replace');
		expect((await snapshot(device)).dayPlans.map((p) => p.date)).toEqual([
			'2026-06-01',
			'2026-06-02',
			'2026-06-03'
		]);
	});

	it("merge keeps an open warning sign of the backup when the device has a newer record, and the device's own", async () => {
		const sign = (id: string, answeredAt: string, resolvedAt: string | null = null) => ({
			id,
			level: id === 'fever' ? 'same-day' : 'emergency',
			answeredOn: answeredAt.slice(0, 10),
			answeredAt,
			from: 'check-in',
			resolvedAt,
			resolution: resolvedAt ? 'assessed' : null
		});
		const put = async (database: AppDatabase, signs: unknown[], updatedAt: string) =>
			(await database.connection()).put('settings', {
				key: 'warningSigns',
				value: { signs, setUp: null },
				updatedAt
			});
		// The backup: a saddle numbness sign still open, and a fever sign open when it was made.
		const backupSource = freshDatabase();
		await put(
			backupSource,
			[
				sign('saddle-numbness', '2026-06-10T08:00:00.000Z'),
				sign('fever', '2026-06-11T08:00:00.000Z')
			],
			'2026-06-11T08:00:00.000Z'
		);
		const parsed = parseBackup(serializeBackup(await exportBackup(backupSource, '0.1.0', NOW)));
		if (!parsed.ok) throw new Error(parsed.problems.join());
		// The device: the same fever answer assessed since, and a chest pain sign of its own; newer.
		const device = freshDatabase();
		await put(
			device,
			[
				sign('fever', '2026-06-11T08:00:00.000Z', '2026-06-12T09:00:00.000Z'),
				sign('chest-pain', '2026-06-13T08:00:00.000Z')
			],
			'2026-06-13T08:00:00.000Z'
		);

		await restoreBackup(device, parsed.backup, 'merge');
		const stored = await (await device.connection()).get('settings', 'warningSigns');
		expect(stored).toEqual({
			key: 'warningSigns',
			value: {
				signs: [
					sign('saddle-numbness', '2026-06-10T08:00:00.000Z'),
					sign('fever', '2026-06-11T08:00:00.000Z', '2026-06-12T09:00:00.000Z'),
					sign('chest-pain', '2026-06-13T08:00:00.000Z')
				],
				setUp: null
			},
			updatedAt: '2026-06-13T08:00:00.000Z'
		});
		// The merged record is one a backup can carry again.
		const again = parseBackup(serializeBackup(await exportBackup(device, '0.1.0', NOW)));
		expect(again.ok).toBe(true);
	});

	it('reads a data-version-1 backup, whose check-ins had no date', async () => {
		const backup = JSON.parse(await validBackupText()) as Backup;
		const v1 = {
			...backup,
			schemaVersion: 1,
			data: { ...backup.data, checkIns: backup.data.checkIns.map(({ date: _d, ...rest }) => rest) }
		};
		const parsed = parseBackup(JSON.stringify(v1));
		expect(parsed.ok).toBe(true);
		if (parsed.ok)
			expect(parsed.backup.data.checkIns.map((c) => c.date)).toEqual(
				backup.data.checkIns.map((c) => c.date)
			);
	});
});

/** A backup file as version 1 of the app wrote it, holding `data`. */
function v1BackupText(data: Record<string, unknown[]>): string {
	return JSON.stringify({
		app: 'deep-gluteal-care',
		kind: 'backup',
		schemaVersion: 1,
		appVersion: '0.0.1',
		exportedAt: '2026-03-31T08:00:00.000Z',
		data: { profile: null, settings: [], dayPlans: [], checkIns: [], dailyEntries: [], ...data }
	});
}

describe('one upgrade path for stored data and older backups', () => {
	it('a version-1 backup restores to exactly what a version-1 database upgrades to', async () => {
		const { plans, checkIns, entries } = makeDays('2026-03-27', 4); // across a DST weekend
		const v1CheckIns = checkIns.map(({ date: _date, ...rest }) => rest);

		// A phone that kept version 1 in IndexedDB, then got this version.
		const name = freshName();
		const old = await openAtVersion(name, 1);
		const tx = old.transaction(['dayPlans', 'checkIns', 'dailyEntries'], 'readwrite');
		await Promise.all([
			...plans.map((p) => tx.objectStore('dayPlans').put(p)),
			...v1CheckIns.map((c) => tx.objectStore('checkIns').put(c)),
			...entries.map((e) => tx.objectStore('dailyEntries').put(e)),
			tx.done
		]);
		old.close();
		const upgraded = testDatabase(name);

		// A backup file that version 1 wrote, restored here.
		const restored = freshDatabase();
		const parsed = parseBackup(
			v1BackupText({ dayPlans: plans, checkIns: v1CheckIns, dailyEntries: entries })
		);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.backup.schemaVersion).toBe(DATABASE_VERSION);
		await restoreBackup(restored, parsed.backup, 'replace');

		const [viaDatabase, viaBackup] = [await snapshot(upgraded), await snapshot(restored)];
		expect(viaBackup.checkIns).toEqual(viaDatabase.checkIns);
		expect(viaBackup.checkIns.map((c) => c.date)).toEqual(checkIns.map((c) => c.date).sort());
		expect(viaBackup.dayPlans).toEqual(viaDatabase.dayPlans);
		expect(viaBackup.dailyEntries).toEqual(viaDatabase.dailyEntries);
	});

	it("a version-4 backup gains the medicine line and its profile's start date as the first answer", () => {
		const entry = makeDays('2026-10-24', 1).entries[0]!;
		const { medicine: _new, ...v4Entry } = entry;
		const profile = {
			key: 'current',
			profile: { ...DEFAULT_PROFILE, painStartedOn: '2026-10-03' },
			updatedAt: '2026-10-20T08:00:00.000Z'
		};
		const upgraded = upgradeBackupRecords({ profile, dailyEntries: [v4Entry], settings: [] }, 4);
		expect(upgraded.dailyEntries).toEqual([{ ...v4Entry, medicine: '' }]);
		expect(upgraded.settings).toEqual([
			{
				key: 'visitAnswers',
				value: { ...NO_VISIT_ANSWERS, painStart: { kind: 'date', on: '2026-10-03' } },
				updatedAt: '2026-10-20T08:00:00.000Z'
			}
		]);
		// A backup that already has answers keeps them.
		const kept = { key: 'visitAnswers', value: NO_VISIT_ANSWERS, updatedAt: profile.updatedAt };
		expect(upgradeBackupRecords({ profile, settings: [kept] }, 4).settings).toEqual([kept]);
	});

	it.each([6, DATABASE_VERSION])(
		'a version-%i backup carrying a warning sign twice on one day restores one a day, replacing or merging',
		async (schemaVersion) => {
			const sign = (answeredAt: string, resolution: 'assessed' | null = null) => ({
				id: 'numbness-buttock-leg',
				level: 'routine',
				answeredOn: '2026-06-15',
				answeredAt,
				from: 'check-in',
				resolvedAt: resolution ? '2026-06-15T06:00:00.000Z' : null,
				resolution
			});
			// As the walk of issue 25 left it: booked, then the check-in saved again.
			const twice = [
				sign('2026-06-15T05:00:00.000Z', 'assessed'),
				sign('2026-06-15T07:00:00.000Z')
			];
			const text = JSON.stringify({
				...JSON.parse(await validBackupText()),
				schemaVersion,
				data: {
					...JSON.parse(await validBackupText()).data,
					settings: [
						{
							key: 'warningSigns',
							value: { signs: twice, setUp: null },
							updatedAt: '2026-06-15T07:00:00.000Z'
						}
					]
				}
			});
			const one = [sign('2026-06-15T07:00:00.000Z')];
			for (const mode of ['replace', 'merge'] as const) {
				const device = freshDatabase();
				await seed(device, '2026-06-10', 2);
				const parsed = await importBackupFile(device, text, mode);
				expect(parsed.ok).toBe(true);
				const stored = await (await device.connection()).get('settings', 'warningSigns');
				expect(stored?.value).toEqual({ signs: one, setUp: null });
			}
		}
	);

	it('a version-5 backup gains "worse on coughing, sneezing or straining" as not reported, as the database does', () => {
		const entry = makeDays('2026-10-24', 1).entries[0]!;
		const {
			symptoms: { coughSneezeStrain: _new, ...v5Symptoms },
			...rest
		} = entry;
		const v5Entry = { ...rest, symptoms: v5Symptoms };
		const upgraded = upgradeBackupRecords({ dailyEntries: [v5Entry] }, 5);
		expect(upgraded.dailyEntries).toEqual([
			{ ...v5Entry, symptoms: { ...v5Symptoms, coughSneezeStrain: false } }
		]);
		// Read whole: the version-5 file restores with the field; at version 6 its absence is refused.
		const file = (schemaVersion: number) =>
			JSON.stringify({
				...JSON.parse(v1BackupText({ dailyEntries: [v5Entry] })),
				schemaVersion
			});
		const parsed = parseBackup(file(5));
		expect(parsed.ok && parsed.backup.data.dailyEntries).toEqual([
			{ ...v5Entry, symptoms: { ...v5Symptoms, coughSneezeStrain: false } }
		]);
		expect(upgradeBackupRecords({ dailyEntries: [v5Entry] }, 6).dailyEntries).toEqual([v5Entry]);
		expect(parseBackup(file(6)).ok).toBe(false);
	});

	it("refuses a backup whose doctor's answers are malformed, and says where", () => {
		const bad = {
			...NO_VISIT_ANSWERS,
			painStart: { kind: 'about', amount: -3, unit: 'weeks', answeredOn: '2026-10-01' }
		};
		const parsed = parseBackup(
			JSON.stringify({
				...JSON.parse(v1BackupText({})),
				schemaVersion: DATABASE_VERSION,
				data: {
					profile: null,
					settings: [{ key: 'visitAnswers', value: bad, updatedAt: '2026-10-20T08:00:00.000Z' }],
					dayPlans: [],
					checkIns: [],
					dailyEntries: []
				}
			})
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.problems).toEqual([
			'Your answers to the doctor’s questions: How long ago must be at least 1.'
		]);
	});

	it('an older backup with a warning sign answered yes restores it as open, as the database upgrade does', () => {
		const entry = { ...makeDays('2026-03-27', 1).entries[0]!, redFlags: { 'chest-pain': true } };
		const parsed = parseBackup(v1BackupText({ dailyEntries: [entry] }));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.backup.data.settings).toEqual([
			{
				key: 'warningSigns',
				value: {
					signs: [
						{
							id: 'chest-pain',
							level: 'emergency',
							answeredOn: entry.date,
							answeredAt: entry.updatedAt,
							from: 'check-in',
							resolvedAt: null,
							resolution: null
						}
					],
					setUp: null
				},
				updatedAt: entry.updatedAt
			}
		]);
		// A record already there is kept, not doubled.
		const kept = {
			key: 'warningSigns',
			value: { signs: [], setUp: null },
			updatedAt: entry.updatedAt
		};
		expect(upgradeBackupRecords({ dailyEntries: [entry], settings: [kept] }, 3).settings).toEqual([
			kept
		]);
	});

	it('a malformed warning-signs record in a backup is refused with where it is', () => {
		const text = JSON.stringify({
			app: 'deep-gluteal-care',
			kind: 'backup',
			schemaVersion: DATABASE_VERSION,
			appVersion: 'x',
			exportedAt: '2026-06-15T00:00:00Z',
			data: {
				profile: null,
				settings: [
					{
						key: 'warningSigns',
						value: { signs: [{ id: 'chest-pain' }], setUp: null },
						updatedAt: '2026-06-15T00:00:00Z'
					}
				],
				dayPlans: [],
				checkIns: [],
				dailyEntries: []
			}
		});
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.problems.join(' ')).toMatch(/^The warning-sign record: /);
	});

	it('a sign known since its assessment comes back from a backup with the assessment time', () => {
		const known = {
			id: 'both-legs',
			level: 'emergency',
			answeredOn: '2026-06-16',
			answeredAt: '2026-06-16T06:00:00.000Z',
			from: 'check-in',
			resolvedAt: '2026-06-16T06:00:00.000Z',
			resolution: 'known',
			assessedAt: '2026-06-15T12:00:00.000Z'
		};
		const backup = (sign: object) =>
			JSON.stringify({
				app: 'deep-gluteal-care',
				kind: 'backup',
				schemaVersion: DATABASE_VERSION,
				appVersion: 'x',
				exportedAt: '2026-06-16T07:00:00Z',
				data: {
					profile: null,
					settings: [
						{
							key: 'warningSigns',
							value: { signs: [sign], setUp: null },
							updatedAt: '2026-06-16T06:00:00Z'
						}
					],
					dayPlans: [],
					checkIns: [],
					dailyEntries: []
				}
			});
		const parsed = parseBackup(backup(known));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.backup.data.settings[0]?.value).toEqual({ signs: [known], setUp: null });
		expect(parseBackup(backup({ ...known, assessedAt: 'last week' })).ok).toBe(false);
	});

	it("upgrades with the steps of the migrations, and only those after the backup's version", () => {
		const record = { itemId: '2026-06-15:walk:0' };
		const fromV1 = upgradeBackupRecords({ checkIns: [record] }, 1);
		expect(fromV1.checkIns).toEqual([{ itemId: '2026-06-15:walk:0', date: '2026-06-15' }]);
		expect(upgradeBackupRecords({ checkIns: [record] }, 2).checkIns).toEqual([record]);
		// Not a list: left for the checks to report, not thrown on.
		expect(upgradeBackupRecords({ checkIns: 'nonsense' }, 1).checkIns).toBe('nonsense');
	});

	it('a version-1 check-in whose id holds no date is refused with where it is', () => {
		const checkIn = makeDays('2026-03-27', 1).checkIns[0]!;
		const parsed = parseBackup(
			v1BackupText({ checkIns: [{ ...checkIn, date: undefined, itemId: 'walk:0' }] })
		);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.problems).toContain(
				'Ticked or skipped item number 1: its item must be named with its date'
			);
	});
});

describe('a bad backup file changes nothing and says what is wrong', () => {
	const cases: {
		name: string;
		text: () => Promise<string> | string;
		size?: number;
		problem: RegExp;
	}[] = [
		{
			name: 'not JSON',
			text: () => 'PK\u0003\u0004 this is a zip file',
			problem: /not readable as JSON/
		},
		{ name: 'empty file', text: () => '', problem: /not readable as JSON/ },
		{
			name: 'JSON of another app',
			text: () =>
				JSON.stringify({
					app: 'other',
					kind: 'backup',
					schemaVersion: 1,
					appVersion: '1',
					exportedAt: '',
					data: {}
				}),
			problem: /^This file is not a backup of this app\.$/
		},
		{
			name: 'a JSON array',
			text: () => '[1,2,3]',
			problem: /^This file is not a backup of this app\.$/
		},
		{
			name: 'a backup cut short',
			text: async () => (await validBackupText()).slice(0, 2000),
			problem: /^This backup file is damaged/
		},
		{
			name: 'a newer data version',
			text: async () =>
				(await validBackupText()).replace(
					`"schemaVersion":${DATABASE_VERSION}`,
					`"schemaVersion":${DATABASE_VERSION + 5}`
				),
			problem: new RegExp(
				`newer version of the app \\(data version ${DATABASE_VERSION + 5}; this one reads up to ${DATABASE_VERSION}\\)`
			)
		},
		{
			name: 'a pain score out of range',
			text: async () => (await validBackupText()).replace('"pain":0', '"pain":11'),
			problem: /^Daily check-in of 1 June 2026: pain must be a number from 0 to 10$/
		},
		{
			name: 'an impossible date',
			text: async () =>
				(await validBackupText()).replace(
					'"date":"2026-06-02","pain"',
					'"date":"2026-02-30","pain"'
				),
			problem: /^Daily check-in number 2: its date must be a real date, like 2026-03-03$/
		},
		{
			name: 'a profile awake 22 hours a day',
			text: async () =>
				(await validBackupText()).replace('"sleepTime":"23:00"', '"sleepTime":"05:00"'),
			problem: /^Your plan settings: From wake-up to sleep can be at most 20 hours/
		},
		{
			name: '50 MB of junk',
			text: () => 'x',
			size: 50 * 1024 * 1024,
			problem: /50\.0 MB, far larger than any backup/
		}
	];

	it.each(cases)('$name', async ({ text, size, problem }) => {
		const database = freshDatabase();
		await seed(database, '2026-06-10', 2);
		const before = await snapshot(database);
		const result = await importBackupFile(database, await text(), 'replace', size);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(
				result.problems.some((p) => problem.test(p)),
				result.problems.join('\n')
			).toBe(true);
		expect(await snapshot(database)).toEqual(before);
	});

	it('lists at most five problems and counts the rest', () => {
		const many = {
			app: 'deep-gluteal-care',
			kind: 'backup',
			schemaVersion: 2,
			appVersion: '0.1.0',
			exportedAt: NOW.toISOString(),
			data: {
				profile: null,
				settings: [],
				dayPlans: [],
				checkIns: [],
				dailyEntries: Array.from({ length: 8 }, () => ({}))
			}
		};
		const result = parseBackup(JSON.stringify(many));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems).toHaveLength(6);
			expect(result.problems.at(-1)).toMatch(/and \d+ more problems/);
		}
	});
});

describe('import fuzzing (fast-check)', () => {
	it('random JSON never throws and is never written', async () => {
		const database = freshDatabase();
		await seed(database, '2026-06-10', 1);
		const before = await snapshot(database);
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (value) => {
				const result = await importBackupFile(database, JSON.stringify(value), 'replace');
				expect(result.ok).toBe(false);
			}),
			{ numRuns: 200 }
		);
		expect(await snapshot(database)).toEqual(before);
	});

	it('random text never throws', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 500 }), (text) => {
				expect(() => parseBackup(text)).not.toThrow();
			}),
			{ numRuns: 300 }
		);
	});

	it('a valid backup with one value changed at random is either fully valid or refused, never half-written', async () => {
		const text = await validBackupText();
		const original = JSON.parse(text) as Record<string, unknown>;
		const paths: (string | number)[][] = [];
		const walk = (node: unknown, path: (string | number)[]) => {
			if (node !== null && typeof node === 'object') {
				for (const [k, child] of Object.entries(node))
					walk(child, [...path, Array.isArray(node) ? Number(k) : k]);
			} else paths.push(path);
		};
		walk(original, []);
		const database = freshDatabase();
		await seed(database, '2026-07-01', 1);

		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...paths),
				fc.oneof(
					fc.jsonValue(),
					fc.constant(undefined),
					fc.string(),
					fc.integer(),
					fc.constant(null)
				),
				async (path, replacement) => {
					const mutated = structuredClone(original);
					let node: Record<string | number, unknown> = mutated;
					for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
					node[path.at(-1)!] = replacement;
					const before = await snapshot(database);
					let result;
					try {
						result = parseBackup(JSON.stringify(mutated));
					} catch (error) {
						throw new Error(`parseBackup threw on ${path.join('.')}: ${String(error)}`);
					}
					if (!result.ok) {
						expect(result.problems.length).toBeGreaterThan(0);
						expect(await snapshot(database)).toEqual(before);
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('the relay registration belongs to this device', () => {
	const registration = {
		on: true,
		device: {
			id: 'AAAAAAAAAAAAAAAAAAAAAA',
			token: 'secret-token',
			endpoint: 'https://fcm.googleapis.com/x'
		},
		lastReachedAt: null,
		window: []
	};

	it('is never exported: its token would open this device at the relay from another', async () => {
		const database = freshDatabase();
		await seed(database, '2026-06-01', 2);
		await new IdbSettingsRepository(database).set(PUSH_RELAY_KEY, registration);
		const text = serializeBackup(await exportBackup(database, '0.1.0', NOW));
		expect(text).not.toContain('secret-token');
		expect(text).toContain('"theme"');
	});

	it.each(['replace', 'merge'] as const)(
		'survives a %s restore, and one in a (crafted) backup is ignored',
		async (mode) => {
			const source = freshDatabase();
			await seed(source, '2026-06-01', 2);
			const backup = await exportBackup(source, '0.1.0', NOW);
			const crafted: Backup = {
				...backup,
				data: {
					...backup.data,
					settings: [
						...backup.data.settings,
						{
							key: PUSH_RELAY_KEY,
							value: { ...registration, device: null },
							updatedAt: '2030-01-01T00:00:00.000Z'
						}
					]
				}
			};
			const device = freshDatabase();
			await new IdbSettingsRepository(device).set(PUSH_RELAY_KEY, registration);
			const parsed = parseBackup(serializeBackup(crafted), 1_000_000);
			expect(parsed.ok).toBe(true);
			if (parsed.ok) await restoreBackup(device, parsed.backup, mode);
			expect(await new IdbSettingsRepository(device).get(PUSH_RELAY_KEY)).toEqual(registration);
			expect(await new IdbSettingsRepository(device).get('theme')).toBe('dark');
		}
	);
});
