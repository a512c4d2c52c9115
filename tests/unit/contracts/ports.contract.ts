import { describe, expect, it } from 'vitest';
import type {
	BackupStore,
	CheckInRepository,
	DailyEntryRepository,
	HistoryReader,
	PlanRepository,
	ProfileRepository,
	SettingsRepository,
	StartupReader
} from '$lib/domain/ports';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { makeCheckIn, makeEntry, makePlan } from '../storage/plan-fixtures';

/** One device's storage behind the ports, as an adapter provides it. */
export interface StoragePorts {
	readonly profiles: ProfileRepository;
	readonly plans: PlanRepository;
	readonly checkIns: CheckInRepository;
	readonly entries: DailyEntryRepository;
	readonly settings: SettingsRepository;
	readonly history: HistoryReader;
	readonly startup: StartupReader;
	readonly backups: BackupStore;
}

/**
 * What every implementation of the storage ports does, run on the IndexedDB adapters and on the
 * in-memory fakes the state tests use: a fake that drifted from the real thing fails here.
 */
export function describeStorageContract(name: string, fresh: () => StoragePorts): void {
	describe(`${name}: the storage ports' contract`, () => {
		it('profile: none at first, then the last one saved', async () => {
			const { profiles } = fresh();
			expect(await profiles.get()).toBeNull();
			await profiles.save(DEFAULT_PROFILE);
			await profiles.save({ ...DEFAULT_PROFILE, affectedSide: 'left' });
			expect(await profiles.get()).toEqual({ ...DEFAULT_PROFILE, affectedSide: 'left' });
		});

		it('plans: one per date, replaced whole', async () => {
			const { plans } = fresh();
			expect(await plans.get('2026-06-15')).toBeNull();
			const plan = makePlan('2026-06-15');
			await plans.save(plan);
			await plans.save({ ...plan, badDay: true });
			expect(await plans.get('2026-06-15')).toEqual({ ...plan, badDay: true });
			expect(await plans.get('2026-06-16')).toBeNull();
		});

		it('check-ins: the latest word per item, by date, in an inclusive range oldest first', async () => {
			const { checkIns } = fresh();
			const [a, b, c] = ['2026-06-14', '2026-06-15', '2026-06-16'].map(makePlan);
			await checkIns.record(makeCheckIn(c!, 0));
			await checkIns.record(makeCheckIn(a!, 0, { status: 'snoozed' }));
			await checkIns.record(makeCheckIn(a!, 0, { status: 'done' })); // replaces the snooze
			await checkIns.record(makeCheckIn(b!, 1));
			expect(await checkIns.forDate('2026-06-14')).toEqual([makeCheckIn(a!, 0)]);
			expect((await checkIns.between('2026-06-14', '2026-06-15')).map((x) => x.date)).toEqual([
				'2026-06-14',
				'2026-06-15'
			]);
			expect((await checkIns.between('2026-06-01', '2026-06-30')).map((x) => x.date)).toEqual([
				'2026-06-14',
				'2026-06-15',
				'2026-06-16'
			]);
			await checkIns.remove(makeCheckIn(b!, 1).itemId);
			expect(await checkIns.forDate('2026-06-15')).toEqual([]);
		});

		it('check-ins: recordWithPlan keeps the check-in and the plan together', async () => {
			const { checkIns, plans } = fresh();
			const plan = makePlan('2026-06-15');
			await checkIns.recordWithPlan(makeCheckIn(plan, 2), plan);
			expect(await checkIns.forDate('2026-06-15')).toEqual([makeCheckIn(plan, 2)]);
			expect(await plans.get('2026-06-15')).toEqual(plan);
		});

		it('daily entries: one per date, an inclusive range oldest first', async () => {
			const { entries } = fresh();
			expect(await entries.get('2026-06-15')).toBeNull();
			await entries.save(makeEntry('2026-06-16', { pain: 4 }));
			await entries.save(makeEntry('2026-06-15', { pain: 3 }));
			await entries.save(makeEntry('2026-06-15', { pain: 5 }));
			expect(await entries.get('2026-06-15')).toEqual(makeEntry('2026-06-15', { pain: 5 }));
			expect((await entries.between('2026-06-15', '2026-06-16')).map((e) => e.pain)).toEqual([
				5, 4
			]);
			expect(await entries.between('2026-06-17', '2026-06-30')).toEqual([]);
		});

		it('settings: undefined until set, then any value, null included', async () => {
			const { settings } = fresh();
			expect(await settings.get('theme')).toBeUndefined();
			await settings.set('theme', 'dark');
			await settings.set('reminders', { enabled: false, quietHours: null });
			await settings.set('runningTimer', null);
			expect(await settings.get('theme')).toBe('dark');
			expect(await settings.get('reminders')).toEqual({ enabled: false, quietHours: null });
			expect(await settings.get('runningTimer')).toBeNull();
		});

		it('history: one record a day with anything stored, oldest first', async () => {
			const ports = fresh();
			const plan = makePlan('2026-06-15');
			await ports.plans.save(plan);
			await ports.checkIns.record(makeCheckIn(plan, 0));
			await ports.entries.save(makeEntry('2026-06-13', { pain: 7 }));
			const records = await ports.history.dayRecords('2026-06-10', '2026-06-20');
			expect(records.map((r) => [r.date, r.pain, r.done.length])).toEqual([
				['2026-06-13', 7, 0],
				['2026-06-15', null, 1]
			]);
			expect(await ports.history.dayRecords('2026-06-16', '2026-06-20')).toEqual([]);
		});

		it("start-up: the profile, the asked-for settings and one day's records", async () => {
			const ports = fresh();
			const [day, other] = [makePlan('2026-06-15'), makePlan('2026-06-16')];
			await ports.profiles.save(DEFAULT_PROFILE);
			await ports.settings.set('theme', 'dark');
			await ports.settings.set('secret', 'not asked for');
			await ports.plans.save(day);
			await ports.plans.save(other);
			await ports.checkIns.record(makeCheckIn(day, 0));
			await ports.checkIns.record(makeCheckIn(other, 0));
			await ports.entries.save(makeEntry('2026-06-15', { pain: 2 }));
			const read = await ports.startup.read('2026-06-15', ['theme', 'missing']);
			expect(read).toEqual({
				date: '2026-06-15',
				profile: DEFAULT_PROFILE,
				settings: new Map([['theme', 'dark']]),
				entry: makeEntry('2026-06-15', { pain: 2 }),
				checkIns: [makeCheckIn(day, 0)],
				plan: day
			});
		});

		it('backups: what one device exports, another restores whole; delete empties all', async () => {
			const phone = fresh();
			const plan = makePlan('2026-06-15');
			await phone.profiles.save(DEFAULT_PROFILE);
			await phone.settings.set('theme', 'dark');
			await phone.checkIns.recordWithPlan(makeCheckIn(plan, 0), plan);
			await phone.entries.save(makeEntry('2026-06-15', { pain: 3 }));
			const backup = await phone.backups.exportAll('1.0.0', new Date('2026-06-15T20:00:00Z'));
			const text = phone.backups.serialize(backup);

			const newPhone = fresh();
			await newPhone.entries.save(makeEntry('2026-06-01', { pain: 9 })); // replaced away
			const checked = newPhone.backups.check(text, text.length);
			expect(checked.ok).toBe(true);
			if (!checked.ok) return;
			expect(checked.preview).toMatchObject({ hasProfile: true, dayPlans: 1, checkIns: 1 });
			await newPhone.backups.restore(checked.backup, 'replace');
			expect(await newPhone.profiles.get()).toEqual(DEFAULT_PROFILE);
			expect(await newPhone.settings.get('theme')).toBe('dark');
			expect(await newPhone.plans.get('2026-06-15')).toEqual(plan);
			expect(await newPhone.entries.between('2026-01-01', '2026-12-31')).toEqual([
				makeEntry('2026-06-15', { pain: 3 })
			]);

			await newPhone.backups.clearAll();
			expect(await newPhone.profiles.get()).toBeNull();
			expect(await newPhone.settings.get('theme')).toBeUndefined();
			expect(await newPhone.checkIns.between('2026-01-01', '2026-12-31')).toEqual([]);
		});

		it('backups: merge keeps, record by record, the newer of device and file', async () => {
			const phone = fresh();
			const plan = makePlan('2026-06-15');
			const older = makeCheckIn(plan, 0, { at: '2026-06-15T08:00:00.000Z', status: 'skipped' });
			const newer = makeCheckIn(plan, 0, { at: '2026-06-15T09:00:00.000Z', status: 'done' });
			await phone.checkIns.record(newer);
			await phone.entries.save(makeEntry('2026-06-14', { pain: 1 }));
			const backup = await phone.backups.exportAll('1.0.0', new Date('2026-06-15T20:00:00Z'));

			const device = fresh();
			await device.checkIns.record(older);
			await device.entries.save(makeEntry('2026-06-16', { pain: 8 }));
			await device.backups.restore(backup, 'merge');
			expect(await device.checkIns.forDate('2026-06-15')).toEqual([newer]);
			expect((await device.entries.between('2026-06-01', '2026-06-30')).map((e) => e.date)).toEqual(
				['2026-06-14', '2026-06-16']
			);
		});
	});
}
