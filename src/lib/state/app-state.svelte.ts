import type { CareCatalogue } from '$lib/domain/care';
import type { DayRecord } from '$lib/domain/history';
import { summarizeHistory, type HistorySummary } from '$lib/domain/history-summary';
import { planDay, regenerateDay, type DayPlan, type PlanItem } from '$lib/domain/plan';
import type { Clock } from '$lib/domain/ports';
import type { Profile } from '$lib/domain/profile';
import type { CheckIn, DailyEntry } from '$lib/domain/records';
import { addDays, wallClockAt, type LocalDate } from '$lib/domain/time';
import { triage, type TriageResult } from '$lib/domain/triage';
import {
	backupFileName,
	clearAllData,
	exportBackup,
	parseBackup,
	restoreBackup,
	serializeBackup,
	type Backup,
	type ParsedBackup,
	type RestoreMode
} from '$lib/storage/backup';
import { checkInsCsv, dailyEntriesCsv } from '$lib/storage/csv';
import type { AppDatabase } from '$lib/storage/database';
import { readDayRecords } from '$lib/storage/history-reader';
import {
	requestPersistentStorage,
	storageStatus,
	type StorageStatus
} from '$lib/storage/persistence';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository,
	recordCheckInWithPlan
} from '$lib/storage/repositories';
import { dayItemViews, type DayItemView } from './day-items';

export interface AppStateDependencies {
	readonly database: AppDatabase;
	readonly clock: Clock;
	readonly catalogue: CareCatalogue;
	readonly appVersion: string;
}

/** Days of history the plan generator and Progress read (the progression window). */
const HISTORY_DAYS = 90;
/** Remind the person to back up when the last backup is older than this. */
export const BACKUP_REMINDER_DAYS = 14;

export type Theme = 'system' | 'light' | 'dark';

/**
 * The app's state for the screens: the profile, today's plan and check-ins, and the actions a person
 * takes. Joins storage and the domain; components read it and call its methods, never storage.
 */
export class AppState {
	// Records are raw state: replaced whole, never mutated, and stored as plain objects (IndexedDB
	// cannot clone Svelte's proxies).
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	/** A storage problem to show the person (full disk, another tab, no storage). */
	problem = $state<string | null>(null);
	profile = $state.raw<Profile | null>(null);
	today = $state<LocalDate>('');
	plan = $state.raw<DayPlan | null>(null);
	checkIns = $state.raw<Record<string, CheckIn>>({});
	entry = $state.raw<DailyEntry | null>(null);
	now = $state<Date>(new Date(0));
	lastBackupAt = $state<string | null>(null);
	theme = $state<Theme>('system');

	readonly #profiles: IdbProfileRepository;
	readonly #plans: IdbPlanRepository;
	readonly #checkIns: IdbCheckInRepository;
	readonly #entries: IdbDailyEntryRepository;
	readonly #settings: IdbSettingsRepository;

	constructor(private readonly deps: AppStateDependencies) {
		this.#profiles = new IdbProfileRepository(deps.database);
		this.#plans = new IdbPlanRepository(deps.database);
		this.#checkIns = new IdbCheckInRepository(deps.database);
		this.#entries = new IdbDailyEntryRepository(deps.database);
		this.#settings = new IdbSettingsRepository(deps.database);
	}

	get catalogue(): CareCatalogue {
		return this.deps.catalogue;
	}

	/** Today's date, even before the first load has finished. */
	get currentDate(): LocalDate {
		return this.today || this.#dateNow();
	}

	get nowMinutes(): number {
		return wallClockAt(this.now, this.deps.clock.timeZone()).minutes;
	}

	/** Every item of today with where it stands now. */
	items: DayItemView[] = $derived(
		dayItemViews(this.plan?.items ?? [], this.checkIns, this.nowMinutes, this.now.toISOString())
	);

	progress = $derived.by(() => {
		const timed = this.items.filter((v) => v.item.kind === 'timed');
		return {
			done: timed.filter((v) => v.state === 'done').length,
			skipped: timed.filter((v) => v.state === 'skipped').length,
			missed: timed.filter((v) => v.state === 'missed').length,
			total: timed.length
		};
	});

	backupDue = $derived(
		this.lastBackupAt === null
			? false
			: this.now.getTime() - Date.parse(this.lastBackupAt) > BACKUP_REMINDER_DAYS * 24 * 3600_000
	);

	/** Loads the profile and today's plan; call once in the browser. */
	async start(): Promise<void> {
		await this.#guard(async () => {
			this.theme = (await this.#settings.get<Theme>('theme')) ?? 'system';
			this.lastBackupAt = (await this.#settings.get<string>('lastBackupAt')) ?? null;
			this.profile = await this.#profiles.get();
			await this.#loadDay();
			this.status = 'ready';
		});
		if (this.status !== 'ready') this.status = 'failed';
	}

	/** Called every few seconds and when the app comes back: moves to the new day at midnight. */
	async tick(): Promise<void> {
		this.now = this.deps.clock.now();
		if (this.status === 'ready' && this.#dateNow() !== this.today)
			await this.#guard(() => this.#loadDay());
	}

	#dateNow(): LocalDate {
		return wallClockAt(this.deps.clock.now(), this.deps.clock.timeZone()).date;
	}

	async #history(to: LocalDate): Promise<DayRecord[]> {
		return readDayRecords(this.deps.database, addDays(to, -HISTORY_DAYS), to);
	}

	#context() {
		return {
			now: this.deps.clock.now(),
			timeZone: this.deps.clock.timeZone(),
			catalogue: this.deps.catalogue
		};
	}

	async #loadDay(): Promise<void> {
		this.now = this.deps.clock.now();
		const date = this.#dateNow();
		this.today = date;
		this.entry = await this.#entries.get(date);
		const checkIns = await this.#checkIns.forDate(date);
		this.checkIns = Object.fromEntries(checkIns.map((c) => [c.itemId, c]));
		let plan = await this.#plans.get(date);
		if (!plan && this.profile) {
			plan = planDay(this.profile, date, await this.#history(date), this.#context());
			await this.#plans.save(plan);
		}
		this.plan = plan;
	}

	/** Saves the profile and rebuilds today's plan, keeping what is already done. */
	async saveProfile(draftProfile: Profile): Promise<boolean> {
		const profile = $state.snapshot(draftProfile) as Profile;
		return this.#guard(async () => {
			await this.#profiles.save(profile);
			this.profile = profile;
			await this.#replan();
		});
	}

	async #replan(): Promise<void> {
		if (!this.profile) return;
		const date = this.today || this.#dateNow();
		const history = await this.#history(date);
		const doneIds = new Set(
			Object.values(this.checkIns)
				.filter((c) => c.status === 'done')
				.map((c) => c.itemId)
		);
		const plan = this.plan
			? regenerateDay(this.plan, doneIds, this.profile, history, this.#context())
			: planDay(this.profile, date, history, this.#context());
		await this.#plans.save(plan);
		this.plan = plan;
	}

	async #record(
		item: PlanItem,
		fields: Pick<CheckIn, 'status' | 'reason' | 'snoozedUntil'>
	): Promise<boolean> {
		const plan = this.plan;
		if (!plan) return false;
		const checkIn: CheckIn = {
			itemId: item.id,
			date: plan.date,
			measure: item.measure,
			at: this.deps.clock.now().toISOString(),
			exerciseIds: item.exercises.map((e) => e.exerciseId),
			...fields
		};
		const saved = await this.#guard(() => recordCheckInWithPlan(this.deps.database, checkIn, plan));
		if (saved) {
			this.checkIns = { ...this.checkIns, [item.id]: checkIn };
			void this.#askToKeepData();
		}
		return saved;
	}

	markDone(item: PlanItem): Promise<boolean> {
		return this.#record(item, { status: 'done', reason: null, snoozedUntil: null });
	}

	/** Unticks an item: it goes back to due, upcoming or missed. */
	async markNotDone(item: PlanItem): Promise<boolean> {
		const saved = await this.#guard(() => this.#checkIns.remove(item.id));
		if (saved) {
			const { [item.id]: _removed, ...rest } = this.checkIns;
			this.checkIns = rest;
		}
		return saved;
	}

	skip(item: PlanItem, reason: string): Promise<boolean> {
		return this.#record(item, {
			status: 'skipped',
			reason: reason.trim() || null,
			snoozedUntil: null
		});
	}

	snooze(item: PlanItem, minutes: number): Promise<boolean> {
		const until = new Date(this.deps.clock.now().getTime() + minutes * 60_000).toISOString();
		return this.#record(item, { status: 'snoozed', reason: null, snoozedUntil: until });
	}

	/** Declares today a bad day (flare plan) or takes it back; done items stay. */
	async setBadDay(on: boolean): Promise<boolean> {
		const entry = this.#entryOrBlank();
		return this.#guard(async () => {
			const updated = { ...entry, flare: on, updatedAt: this.deps.clock.now().toISOString() };
			await this.#entries.save(updated);
			this.entry = updated;
			await this.#replan();
		});
	}

	#entryOrBlank(): DailyEntry {
		return (
			this.entry ?? {
				date: this.today,
				pain: null,
				sittingToleranceMinutes: null,
				symptoms: { numbness: false, tingling: false, belowKnee: false, side: null },
				redFlags: {},
				flare: false,
				weightKg: null,
				notes: '',
				updatedAt: this.deps.clock.now().toISOString()
			}
		);
	}

	blankEntry(): DailyEntry {
		return this.#entryOrBlank();
	}

	async saveEntry(formEntry: Omit<DailyEntry, 'date' | 'updatedAt'>): Promise<boolean> {
		const entry = $state.snapshot(formEntry) as Omit<DailyEntry, 'date' | 'updatedAt'>;
		const flareChanged = (this.entry?.flare ?? false) !== entry.flare;
		const saved = await this.#guard(async () => {
			const full: DailyEntry = {
				...entry,
				date: this.today,
				updatedAt: this.deps.clock.now().toISOString()
			};
			await this.#entries.save(full);
			this.entry = full;
			if (flareChanged) await this.#replan();
		});
		if (saved) void this.#askToKeepData();
		return saved;
	}

	/** Red flags and trend for today, for the urgent screen and Progress. */
	async triageToday(answers: DailyEntry['redFlags']): Promise<TriageResult> {
		const history = await this.#history(this.today);
		return triage(
			{ answers, history, painStartedOn: this.profile?.painStartedOn ?? null, today: this.today },
			this.deps.catalogue
		);
	}

	async historySummary(): Promise<{
		summary: HistorySummary;
		records: DayRecord[];
		triage: TriageResult;
	}> {
		const records = await this.#history(this.today);
		return {
			records,
			summary: summarizeHistory(records, this.today),
			triage: triage(
				{
					answers: {},
					history: records,
					painStartedOn: this.profile?.painStartedOn ?? null,
					today: this.today
				},
				this.deps.catalogue
			)
		};
	}

	async setTheme(theme: Theme): Promise<void> {
		this.theme = theme;
		await this.#guard(() => this.#settings.set('theme', theme));
	}

	async exportBackupFile(): Promise<{ name: string; text: string } | null> {
		let file: { name: string; text: string } | null = null;
		await this.#guard(async () => {
			const now = this.deps.clock.now();
			const backup = await exportBackup(this.deps.database, this.deps.appVersion, now);
			file = { name: backupFileName(now), text: serializeBackup(backup) };
			await this.#settings.set('lastBackupAt', now.toISOString());
			this.lastBackupAt = now.toISOString();
		});
		return file;
	}

	checkBackupFile(text: string, sizeBytes: number): ParsedBackup {
		return parseBackup(text, sizeBytes);
	}

	async restore(backup: Backup, mode: RestoreMode): Promise<boolean> {
		const plain = $state.snapshot(backup) as Backup;
		const restored = await this.#guard(() => restoreBackup(this.deps.database, plain, mode));
		if (restored) await this.start();
		return restored;
	}

	async csvFile(
		kind: 'check-ins' | 'daily-entries'
	): Promise<{ name: string; text: string } | null> {
		let file: { name: string; text: string } | null = null;
		await this.#guard(async () => {
			const from = '1970-01-01';
			const to = '9999-12-31';
			const text =
				kind === 'check-ins'
					? checkInsCsv(await this.#checkIns.between(from, to))
					: dailyEntriesCsv(await this.#entries.between(from, to));
			file = { name: `deep-gluteal-care-${kind}-${this.today}.csv`, text };
		});
		return file;
	}

	storageStatus(): Promise<StorageStatus> {
		return storageStatus();
	}

	async deleteAllData(): Promise<boolean> {
		const deleted = await this.#guard(() => clearAllData(this.deps.database));
		if (deleted) {
			this.profile = null;
			this.plan = null;
			this.checkIns = {};
			this.entry = null;
			this.lastBackupAt = null;
			this.theme = 'system';
		}
		return deleted;
	}

	dismissProblem(): void {
		this.problem = null;
	}

	/** Asks the browser to keep the data, once, after the first real record. */
	async #askToKeepData(): Promise<void> {
		if (await this.#settings.get<boolean>('persistRequested')) return;
		await this.#settings.set('persistRequested', true);
		await requestPersistentStorage();
	}

	/** Runs a storage action; a failure becomes a message for the person instead of an exception. */
	async #guard(action: () => Promise<unknown>): Promise<boolean> {
		try {
			await action();
			return true;
		} catch (error) {
			this.problem = error instanceof Error ? error.message : 'Something went wrong while saving.';
			return false;
		}
	}
}
