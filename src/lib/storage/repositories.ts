import type {
	CheckInRepository,
	DailyEntryRepository,
	PlanRepository,
	ProfileRepository,
	SettingsRepository,
	StartupReader,
	StartupRecords
} from '$lib/domain/ports';
import type { DayPlan } from '$lib/domain/plan';
import type { Profile } from '$lib/domain/profile';
import type { CheckIn, DailyEntry } from '$lib/domain/records';
import type { LocalDate } from '$lib/domain/time';
import type { AppDatabase } from './database';
import { guardWrite, writeAtomically } from './errors';

const nowIso = () => new Date().toISOString();

export class IdbProfileRepository implements ProfileRepository {
	constructor(private readonly database: AppDatabase) {}

	async get(): Promise<Profile | null> {
		const record = await (await this.database.connection()).get('profile', 'current');
		return record?.profile ?? null;
	}

	async save(profile: Profile): Promise<void> {
		const db = await this.database.connection();
		await guardWrite(() => db.put('profile', { key: 'current', profile, updatedAt: nowIso() }));
	}
}

export class IdbPlanRepository implements PlanRepository {
	constructor(private readonly database: AppDatabase) {}

	async get(date: LocalDate): Promise<DayPlan | null> {
		return (await (await this.database.connection()).get('dayPlans', date)) ?? null;
	}

	async save(plan: DayPlan): Promise<void> {
		const db = await this.database.connection();
		await guardWrite(() => db.put('dayPlans', plan));
	}
}

export class IdbCheckInRepository implements CheckInRepository {
	constructor(private readonly database: AppDatabase) {}

	async record(checkIn: CheckIn): Promise<void> {
		const db = await this.database.connection();
		await guardWrite(() => db.put('checkIns', checkIn));
	}

	async recordWithPlan(checkIn: CheckIn, plan: DayPlan): Promise<void> {
		const db = await this.database.connection();
		await writeAtomically(
			() => db.transaction(['checkIns', 'dayPlans'], 'readwrite'),
			(tx, pending) => {
				pending.push(tx.objectStore('checkIns').put(checkIn));
				pending.push(tx.objectStore('dayPlans').put(plan));
			}
		);
	}

	async remove(itemId: string): Promise<void> {
		const db = await this.database.connection();
		await guardWrite(() => db.delete('checkIns', itemId));
	}

	async forDate(date: LocalDate): Promise<CheckIn[]> {
		return (await this.database.connection()).getAllFromIndex('checkIns', 'by-date', date);
	}

	async between(from: LocalDate, to: LocalDate): Promise<CheckIn[]> {
		const db = await this.database.connection();
		return db.getAllFromIndex('checkIns', 'by-date', IDBKeyRange.bound(from, to));
	}
}

export class IdbDailyEntryRepository implements DailyEntryRepository {
	constructor(private readonly database: AppDatabase) {}

	async get(date: LocalDate): Promise<DailyEntry | null> {
		return (await (await this.database.connection()).get('dailyEntries', date)) ?? null;
	}

	async save(entry: DailyEntry): Promise<void> {
		const db = await this.database.connection();
		await guardWrite(() => db.put('dailyEntries', entry));
	}

	async between(from: LocalDate, to: LocalDate): Promise<DailyEntry[]> {
		return (await this.database.connection()).getAll('dailyEntries', IDBKeyRange.bound(from, to));
	}
}

export class IdbSettingsRepository implements SettingsRepository {
	constructor(private readonly database: AppDatabase) {}

	async get<T>(key: string): Promise<T | undefined> {
		return (await (await this.database.connection()).get('settings', key))?.value as T | undefined;
	}

	async set(key: string, value: unknown): Promise<void> {
		const db = await this.database.connection();
		await guardWrite(() => db.put('settings', { key, value, updatedAt: nowIso() }));
	}
}

/**
 * Reads everything the first screen shows in one read-only transaction: a phone answers one
 * transaction of many requests much sooner than as many transactions of one.
 */
export class IdbStartupReader implements StartupReader {
	constructor(private readonly database: AppDatabase) {}

	async read(date: LocalDate, settingKeys: readonly string[]): Promise<StartupRecords> {
		const db = await this.database.connection();
		const tx = db.transaction(['profile', 'settings', 'dailyEntries', 'checkIns', 'dayPlans']);
		const [profile, settings, entry, checkIns, plan] = await Promise.all([
			tx.objectStore('profile').get('current'),
			// The store holds a dozen small settings: one request for all of them answers sooner than one each.
			tx.objectStore('settings').getAll(),
			tx.objectStore('dailyEntries').get(date),
			tx.objectStore('checkIns').index('by-date').getAll(date),
			tx.objectStore('dayPlans').get(date),
			tx.done
		]);
		return {
			date,
			profile: profile?.profile ?? null,
			settings: new Map(
				settings.flatMap((record) =>
					settingKeys.includes(record.key) ? [[record.key, record.value] as const] : []
				)
			),
			entry: entry ?? null,
			checkIns,
			plan: plan ?? null
		};
	}
}
