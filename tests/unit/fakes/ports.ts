import {
	BACKUP_APP_ID,
	type Backup,
	type ParsedBackup,
	type ProfileRecord,
	type RestoreMode,
	type SettingRecord
} from '$lib/domain/backup';
import { dayRecordFrom } from '$lib/domain/day-record';
import type { DayRecord } from '$lib/domain/history';
import type { DayPlan } from '$lib/domain/plan';
import type {
	AppBadge,
	BackupStore,
	ClosedAppPush,
	CheckInRepository,
	Clock,
	DailyEntryRepository,
	HistoryReader,
	RangeReader,
	RangeRecords,
	NotificationPermissionPort,
	PermissionAnswer,
	PlanRepository,
	ProfileRepository,
	PushUnavailable,
	RelayAnswer,
	ReminderCapabilities,
	ReminderMessage,
	ReminderSink,
	SettingsRepository,
	StartupReader,
	StartupRecords,
	StorageKeeper,
	StorageStatus,
	WorkerPort
} from '$lib/domain/ports';
import type { Profile } from '$lib/domain/profile';
import type { PushDevice, PushReminder } from '$lib/domain/push-window';
import type { CheckIn, DailyEntry } from '$lib/domain/records';
import { wallClockAt, type LocalDate } from '$lib/domain/time';

// In-memory fakes of every port the state uses. They keep what a real adapter keeps, copy records
// in and out as IndexedDB's structured clone does, and can be told to fail the next write. The
// contract tests (tests/unit/contracts) run the same checks on them and on the IndexedDB adapters,
// so a fake cannot drift from the real thing.

const copy = <T>(value: T): T => structuredClone(value);
const inRange = (date: string, from: string, to: string) => date >= from && date <= to;
const byDate = <T extends { date: string }>(a: T, b: T) =>
	a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** Everything the app stores, in memory; the repositories below share one. */
export class MemoryStore {
	profile: ProfileRecord | null = null;
	readonly settings = new Map<string, SettingRecord>();
	readonly plans = new Map<LocalDate, DayPlan>();
	readonly checkIns = new Map<string, CheckIn>();
	readonly entries = new Map<LocalDate, DailyEntry>();
	/** Writes so far; a test reads it to see that nothing was written. */
	writes = 0;
	#failure: Error | null = null;

	constructor(private readonly stamp: () => string = () => new Date().toISOString()) {}

	/** The next write throws this (a full disk, another tab's upgrade). */
	failNextWrite(error: Error): void {
		this.#failure = error;
	}

	/** Runs a write, or throws the failure a test asked for; nothing is written then. */
	write(apply: () => void): Promise<void> {
		const failure = this.#failure;
		this.#failure = null;
		if (failure) return Promise.reject(failure);
		apply();
		this.writes++;
		return Promise.resolve();
	}

	now(): string {
		return this.stamp();
	}
}

export class MemoryProfileRepository implements ProfileRepository {
	constructor(private readonly store: MemoryStore) {}
	async get(): Promise<Profile | null> {
		return copy(this.store.profile?.profile ?? null);
	}
	save(profile: Profile): Promise<void> {
		const record = { key: 'current' as const, profile: copy(profile), updatedAt: this.store.now() };
		return this.store.write(() => (this.store.profile = record));
	}
}

export class MemoryPlanRepository implements PlanRepository {
	constructor(private readonly store: MemoryStore) {}
	async get(date: LocalDate): Promise<DayPlan | null> {
		return copy(this.store.plans.get(date) ?? null);
	}
	save(plan: DayPlan): Promise<void> {
		return this.store.write(() => this.store.plans.set(plan.date, copy(plan)));
	}
}

export class MemoryCheckInRepository implements CheckInRepository {
	constructor(private readonly store: MemoryStore) {}
	record(checkIn: CheckIn): Promise<void> {
		return this.store.write(() => this.store.checkIns.set(checkIn.itemId, copy(checkIn)));
	}
	recordWithPlan(checkIn: CheckIn, plan: DayPlan): Promise<void> {
		return this.store.write(() => {
			this.store.checkIns.set(checkIn.itemId, copy(checkIn));
			this.store.plans.set(plan.date, copy(plan));
		});
	}
	remove(itemId: string): Promise<void> {
		return this.store.write(() => this.store.checkIns.delete(itemId));
	}
	async forDate(date: LocalDate): Promise<CheckIn[]> {
		return this.between(date, date);
	}
	async between(from: LocalDate, to: LocalDate): Promise<CheckIn[]> {
		return copy(
			[...this.store.checkIns.values()]
				.filter((c) => inRange(c.date, from, to))
				.sort((a, b) => byDate(a, b) || (a.itemId < b.itemId ? -1 : 1))
		);
	}
}

export class MemoryDailyEntryRepository implements DailyEntryRepository {
	constructor(private readonly store: MemoryStore) {}
	async get(date: LocalDate): Promise<DailyEntry | null> {
		return copy(this.store.entries.get(date) ?? null);
	}
	save(entry: DailyEntry): Promise<void> {
		return this.store.write(() => this.store.entries.set(entry.date, copy(entry)));
	}
	async between(from: LocalDate, to: LocalDate): Promise<DailyEntry[]> {
		return copy(
			[...this.store.entries.values()].filter((e) => inRange(e.date, from, to)).sort(byDate)
		);
	}
}

export class MemorySettingsRepository implements SettingsRepository {
	constructor(private readonly store: MemoryStore) {}
	async get<T>(key: string): Promise<T | undefined> {
		return copy(this.store.settings.get(key)?.value as T | undefined);
	}
	set(key: string, value: unknown): Promise<void> {
		const record = { key, value: copy(value), updatedAt: this.store.now() };
		return this.store.write(() => this.store.settings.set(key, record));
	}
}

export class MemoryHistoryReader implements HistoryReader, RangeReader {
	constructor(private readonly store: MemoryStore) {}
	async rangeRecords(from: LocalDate, to: LocalDate): Promise<RangeRecords> {
		return {
			plans: [...this.store.plans.values()].filter((p) => inRange(p.date, from, to)),
			checkIns: [...this.store.checkIns.values()].filter((c) => inRange(c.date, from, to)),
			entries: [...this.store.entries.values()].filter((e) => inRange(e.date, from, to))
		};
	}
	async dayRecords(from: LocalDate, to: LocalDate): Promise<DayRecord[]> {
		const dates = new Set<LocalDate>();
		for (const d of this.store.plans.keys()) if (inRange(d, from, to)) dates.add(d);
		for (const d of this.store.entries.keys()) if (inRange(d, from, to)) dates.add(d);
		for (const c of this.store.checkIns.values()) if (inRange(c.date, from, to)) dates.add(c.date);
		return [...dates].sort().map((date) =>
			dayRecordFrom(
				date,
				this.store.plans.get(date) ?? null,
				[...this.store.checkIns.values()].filter((c) => c.date === date),
				this.store.entries.get(date) ?? null
			)
		);
	}
}

export class MemoryStartupReader implements StartupReader {
	/** Reads so far (start-up reads once). */
	reads = 0;
	#failure: Error | null = null;
	constructor(private readonly store: MemoryStore) {}
	failNextRead(error: Error): void {
		this.#failure = error;
	}
	async read(date: LocalDate, settingKeys: readonly string[]): Promise<StartupRecords> {
		this.reads++;
		const failure = this.#failure;
		this.#failure = null;
		if (failure) throw failure;
		const settings = new Map<string, unknown>();
		for (const key of settingKeys) {
			const record = this.store.settings.get(key);
			if (record) settings.set(key, copy(record.value));
		}
		return {
			date,
			profile: copy(this.store.profile?.profile ?? null),
			settings,
			entry: copy(this.store.entries.get(date) ?? null),
			checkIns: copy([...this.store.checkIns.values()].filter((c) => c.date === date)),
			plan: copy(this.store.plans.get(date) ?? null)
		};
	}
}

/** Backups in memory: the file is the JSON of the stores; `check` accepts what `serialize` wrote. */
export class MemoryBackupStore implements BackupStore {
	constructor(private readonly store: MemoryStore) {}

	async exportAll(appVersion: string, now: Date): Promise<Backup> {
		const s = this.store;
		return copy({
			app: BACKUP_APP_ID,
			kind: 'backup',
			schemaVersion: 2,
			appVersion,
			exportedAt: now.toISOString(),
			data: {
				profile: s.profile,
				settings: [...s.settings.values()],
				dayPlans: [...s.plans.values()],
				checkIns: [...s.checkIns.values()],
				dailyEntries: [...s.entries.values()]
			}
		});
	}

	check(text: string): ParsedBackup {
		try {
			const backup = JSON.parse(text) as Backup;
			if (backup.app !== BACKUP_APP_ID) throw new Error('not ours');
			const { data } = backup;
			return {
				ok: true,
				backup,
				preview: {
					exportedAt: backup.exportedAt,
					appVersion: backup.appVersion,
					firstDate: null,
					lastDate: null,
					hasProfile: data.profile !== null,
					dayPlans: data.dayPlans.length,
					checkIns: data.checkIns.length,
					dailyEntries: data.dailyEntries.length
				}
			};
		} catch {
			return { ok: false, problems: ['This file is not a Deep Gluteal Care backup.'] };
		}
	}

	serialize(backup: Backup): string {
		return JSON.stringify(backup);
	}

	restore(backup: Backup, mode: RestoreMode): Promise<void> {
		const s = this.store;
		const { data } = copy(backup);
		const newer = <T>(onDevice: T | undefined, incoming: T, stamp: (r: T) => string) =>
			onDevice !== undefined && stamp(onDevice) >= stamp(incoming) ? onDevice : incoming;
		return s.write(() => {
			if (mode === 'replace') this.#clear();
			if (data.profile) s.profile = newer(s.profile ?? undefined, data.profile, (r) => r.updatedAt);
			for (const r of data.settings)
				s.settings.set(
					r.key,
					newer(s.settings.get(r.key), r, (x) => x.updatedAt)
				);
			for (const r of data.dayPlans)
				s.plans.set(
					r.date,
					newer(s.plans.get(r.date), r, (x) => x.generatedAt)
				);
			for (const r of data.checkIns)
				s.checkIns.set(
					r.itemId,
					newer(s.checkIns.get(r.itemId), r, (x) => x.at)
				);
			for (const r of data.dailyEntries)
				s.entries.set(
					r.date,
					newer(s.entries.get(r.date), r, (x) => x.updatedAt)
				);
		});
	}

	clearAll(): Promise<void> {
		return this.store.write(() => this.#clear());
	}

	#clear(): void {
		const s = this.store;
		s.profile = null;
		s.settings.clear();
		s.plans.clear();
		s.checkIns.clear();
		s.entries.clear();
	}
}

/** A clock a test moves by hand: both clocks move together, unless the test makes one jump. */
export class FakeClock implements Clock {
	#now: Date;
	#monotonic = 0;
	constructor(
		iso: string,
		private zone = 'Europe/Berlin'
	) {
		this.#now = new Date(iso);
	}
	now(): Date {
		return this.#now;
	}
	timeZone(): string {
		return this.zone;
	}
	wallClock(instant: Date) {
		return wallClockAt(instant, this.zone);
	}
	monotonicMs(): number {
		return this.#monotonic;
	}
	/** Time passes normally until `iso`. */
	set(iso: string): void {
		this.#monotonic += Date.parse(iso) - this.#now.getTime();
		this.#now = new Date(iso);
	}
	/** The wall clock jumps to `iso` (a manual change); the monotonic clock does not. */
	jump(iso: string): void {
		this.#now = new Date(iso);
	}
	/** The device moves to another zone. */
	moveTo(zone: string): void {
		this.zone = zone;
	}
}

export class FakeSink implements ReminderSink {
	/** Every notification shown, in order. */
	readonly shown: ReminderMessage[] = [];
	/** Tags closed, in order. */
	readonly closed: string[] = [];
	#showing = new Map<string, ReminderMessage>();
	allowed = true;
	available(): boolean {
		return this.allowed;
	}
	async show(message: ReminderMessage): Promise<void> {
		if (!this.allowed) return;
		this.shown.push(message);
		this.#showing.set(message.tag, message); // a tag replaces the one shown before
	}
	async close(tag: string): Promise<void> {
		this.closed.push(tag);
		this.#showing.delete(tag);
	}
	/** The notifications a person would still see now. */
	get showing(): ReminderMessage[] {
		return [...this.#showing.values()];
	}
}

export class FakePermission implements NotificationPermissionPort {
	asked = 0;
	constructor(public answer: PermissionAnswer = 'granted') {}
	async ask(): Promise<PermissionAnswer> {
		this.asked++;
		return this.answer;
	}
}

export class FakeBadge implements AppBadge {
	count: number | null = null;
	set(count: number): void {
		this.count = count;
	}
}

export class FakeWorker implements WorkerPort {
	readonly calls: string[] = [];
	eraseFailure: Error | null = null;
	/** Runs inside eraseWorkerState, to see what storage held at that moment. */
	onErase: () => Promise<void> = async () => {};
	async enableMorningSummary(): Promise<boolean> {
		this.calls.push('morning summary');
		return true;
	}
	async eraseWorkerState(): Promise<void> {
		this.calls.push('erase');
		await this.onErase();
		if (this.eraseFailure) throw this.eraseFailure;
	}
	async capabilities(): Promise<ReminderCapabilities> {
		return {
			notifications: 'granted',
			installed: false,
			backgroundSync: false,
			notificationActions: true
		};
	}
}

export class FakeStorageKeeper implements StorageKeeper {
	persistRequests = 0;
	hasPlanHint: boolean | null = null;
	async requestPersistent(): Promise<boolean> {
		this.persistRequests++;
		return true;
	}
	async status(): Promise<StorageStatus> {
		return { persistent: this.persistRequests > 0, usageBytes: 1000, quotaBytes: 1_000_000 };
	}
	rememberHasPlan(hasPlan: boolean): void {
		this.hasPlanHint = hasPlan;
	}
}

/**
 * The browser's push subscription and the relay, as closed-app reminders see them. Chromium here
 * cannot subscribe, so the state's tests (and its e2e's page) run on this: it keeps what the relay
 * would hold for the device, and can be told what the device can do and how the relay answers.
 */
export class FakeClosedAppPush implements ClosedAppPush {
	availabilityIs: 'ready' | PushUnavailable = 'ready';
	/** What the relay answers to the next uploads. */
	relayAnswers: RelayAnswer = 'ok';
	/** What `enable` gives when it fails, or null to register a device. */
	enableFails: PushUnavailable | 'unreachable' | null = null;
	endpoint = 'https://fcm.googleapis.com/fcm/send/fake';
	/** The relay's copy of each registered device's window. */
	readonly relay = new Map<string, PushReminder[]>();
	readonly uploads: { deviceId: string; reminders: PushReminder[] }[] = [];
	subscribed = false;
	#next = 0;

	async availability(): Promise<'ready' | PushUnavailable> {
		return this.availabilityIs;
	}

	async enable(existing: PushDevice | null): Promise<PushDevice | PushUnavailable | 'unreachable'> {
		if (this.enableFails) return this.enableFails;
		this.subscribed = true;
		if (existing && this.relay.has(existing.id)) return { ...existing, endpoint: this.endpoint };
		const device = {
			id: `device-${++this.#next}`,
			token: `token-${this.#next}`,
			endpoint: this.endpoint
		};
		this.relay.set(device.id, []);
		return device;
	}

	async upload(device: PushDevice, reminders: readonly PushReminder[]): Promise<RelayAnswer> {
		if (this.relayAnswers !== 'ok') return this.relayAnswers;
		if (!this.relay.has(device.id)) return 'gone';
		this.uploads.push({ deviceId: device.id, reminders: [...reminders] });
		this.relay.set(device.id, [...reminders]);
		return 'ok';
	}

	async disable(device: PushDevice | null): Promise<void> {
		this.subscribed = false;
		if (device) this.relay.delete(device.id);
	}
}
