import type { DayRecord } from '$lib/domain/history';
import type { DayPlan, PlanItem } from '$lib/domain/plan';
import type { Clock, ReminderSink } from '$lib/domain/ports';
import {
	DEFAULT_REMINDER_SETTINGS,
	NOT_SITTING,
	type ReminderSettings,
	type SittingState
} from '$lib/domain/reminder-settings';
import type { ScheduledReminder } from '$lib/domain/reminders';
import type { ReminderCapabilities } from '$lib/reminders/capabilities';
import type { Profile } from '$lib/domain/profile';
import type { CheckIn, DailyEntry } from '$lib/domain/records';
import type { LocalDate, WallClock } from '$lib/domain/time';
import type { TriageResult } from '$lib/domain/triage';
import type { AppDatabase } from '$lib/storage/database';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository,
	readStartupRecords,
	recordCheckInWithPlan,
	type StartupRecords
} from '$lib/storage/repositories';
import { rememberHasPlan } from '$lib/storage/launch-hint';
import { dayItemViews, type DayItemView } from './day-items';
import type { DataActions } from './data-actions';
import { lazily } from './lazily';
import type { RunningTimer } from './types';

export interface AppStateDependencies {
	readonly database: AppDatabase;
	readonly clock: Clock;
	readonly appVersion: string;
	/** System notifications; the in-app banner works without one. */
	readonly sink?: ReminderSink;
	/** Turns on the morning summary where the browser has Periodic Background Sync. */
	readonly enableMorningSummary?: () => Promise<boolean>;
	/** Empties what the service worker keeps (caches, notifications, registration). */
	readonly eraseWorkerState?: () => Promise<void>;
}

/** What a notification action from the service worker asks for. */
export interface WorkerAction {
	readonly type: 'notification-action';
	readonly action: string;
	readonly kind: 'item' | 'rest';
	readonly itemId: string | null;
	readonly date: string;
}

/** Remind the person to back up when the last backup is older than this. */
export const BACKUP_REMINDER_DAYS = 14;

export type Theme = 'system' | 'light' | 'dark';

/** The settings read at start-up, with the rest of the first screen's records. */
const STARTUP_SETTINGS = [
	'theme',
	'lastBackupAt',
	'firstUseAt',
	'reminders',
	'sitting',
	'runningTimer'
] as const;

/** Starts reading what the first screen shows; `AppState.start` takes the result. */
export function readStartup(database: AppDatabase, clock: Clock): Promise<StartupRecords> {
	return readStartupRecords(database, clock.wallClock(clock.now()).date, STARTUP_SETTINGS);
}

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
	reminderSettings = $state.raw<ReminderSettings>(DEFAULT_REMINDER_SETTINGS);
	/** Reminders showing as in-app banners now. */
	activeReminders = $state.raw<ScheduledReminder[]>([]);
	sitting = $state.raw<SittingState>(NOT_SITTING);
	/** A rest prompt is showing (the person has sat for the set interval). */
	restPromptDue = $state(false);
	/** A compress or walk timer left open; Today shows it again after a reload. */
	runningTimer = $state.raw<RunningTimer | null>(null);

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

	/** Planning, triage and the care content, loaded once, when first needed. */
	#planning = lazily(() => import('./planning-engine'));

	/** Today's date, even before the first load has finished. */
	get currentDate(): LocalDate {
		return this.today || this.#dateNow();
	}

	/** The local date and minute of an instant in the device's zone. */
	wallClock(instant: Date): WallClock {
		return this.deps.clock.wallClock(instant);
	}

	get nowMinutes(): number {
		return this.deps.clock.wallClock(this.now).minutes;
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

	/** When the person started using the app here; a backup is due 14 days after it if none was made. */
	firstUseAt = $state<string | null>(null);

	backupDue = $derived.by(() => {
		const since = this.lastBackupAt ?? this.firstUseAt;
		return (
			since !== null &&
			this.now.getTime() - Date.parse(since) > BACKUP_REMINDER_DAYS * 24 * 3600_000
		);
	});

	/**
	 * Loads the profile and today's plan; call once in the browser. `early` is a `readStartup` of the
	 * same database begun before; if midnight passed since, today's records are read again.
	 */
	async start(early?: Promise<StartupRecords>): Promise<void> {
		await this.#guard(async () => {
			const stored = await (early ?? readStartup(this.deps.database, this.deps.clock));
			const setting = <T>(key: (typeof STARTUP_SETTINGS)[number]) =>
				stored.settings.get(key) as T | undefined;
			this.theme = setting<Theme>('theme') ?? 'system';
			this.lastBackupAt = setting<string>('lastBackupAt') ?? null;
			this.firstUseAt = setting<string>('firstUseAt') ?? null;
			this.reminderSettings = {
				...DEFAULT_REMINDER_SETTINGS,
				...(setting<ReminderSettings>('reminders') ?? {})
			};
			this.sitting = setting<SittingState>('sitting') ?? NOT_SITTING;
			this.runningTimer = setting<RunningTimer>('runningTimer') ?? null;
			this.profile = stored.profile;
			rememberHasPlan(stored.profile !== null);
			await this.#loadDay(stored);
			this.status = 'ready';
		});
		if (this.status !== 'ready') this.status = 'failed';
	}

	/** Called every few seconds and when the app comes back: moves to the new day at midnight. */
	async tick(): Promise<void> {
		const now = this.deps.clock.now();
		this.now = now;
		if (this.status !== 'ready') return;
		// Before set-up there is nothing to remind of: a first visit loads no reminder code.
		if (!this.profile) {
			if (this.#dateNow() !== this.today) await this.#guard(() => this.#loadDay());
			return;
		}
		const reminders = await this.#reminders();
		// A jumped clock or a new zone: rebuild the day from scratch rather than trust cached times.
		const jumped = reminders.clockJumped(now);
		if (jumped || this.#dateNow() !== this.today) await this.#guard(() => this.#loadDay());
		await reminders.check(now);
	}

	/** Reminders load after the first screen, on the first tick. */
	#reminders = lazily(() =>
		import('./reminders-controller.svelte').then(
			(m) =>
				new m.RemindersController(this, {
					clock: this.deps.clock,
					sink: this.deps.sink,
					settings: this.#settings,
					enableMorningSummary: this.deps.enableMorningSummary,
					guard: (action) => this.#guard(action),
					planning: () => this.#planning()
				})
		)
	);

	/** The "I'm sitting" switch. Turning it off in the sitting hours keeps it off for today. */
	async setSitting(on: boolean): Promise<void> {
		return (await this.#reminders()).setSitting(on);
	}

	/** "Took a break": the sitting timer starts again, and the due sitting-break item is ticked. */
	async tookBreak(): Promise<void> {
		return (await this.#reminders()).tookBreak();
	}

	async restLater(minutes = 10): Promise<void> {
		return (await this.#reminders()).restLater(minutes);
	}

	async pauseRestPrompts(minutes = 60): Promise<void> {
		return (await this.#reminders()).pauseRestPrompts(minutes);
	}

	/** A banner's or a notification's "Done" / "Snooze 10 min". */
	async answerReminder(itemId: string, action: 'done' | 'snooze' | 'dismiss'): Promise<void> {
		return (await this.#reminders()).answerReminder(itemId, action);
	}

	/** Notification actions the worker passed on because a page was open. */
	async handleWorkerMessage(data: unknown): Promise<void> {
		return (await this.#reminders()).handleWorkerMessage(data);
	}

	async saveReminderSettings(settings: ReminderSettings): Promise<boolean> {
		return (await this.#reminders()).saveReminderSettings(settings);
	}

	/** What this device can do for reminders, for Settings. */
	async reminderCapabilities(): Promise<ReminderCapabilities> {
		return (await this.#reminders()).reminderCapabilities();
	}

	/** Asks for notification permission (only ever from a tap), then the morning summary. */
	async allowNotifications(): Promise<NotificationPermission | 'unsupported'> {
		return (await this.#reminders()).allowNotifications();
	}

	async sendTestReminder(): Promise<void> {
		return (await this.#reminders()).sendTest();
	}

	/** The plan's typical week as an .ics calendar file. */
	async calendarFile(): Promise<{ name: string; text: string } | null> {
		return (await this.#reminders()).calendarFile();
	}

	#dateNow(): LocalDate {
		return this.deps.clock.wallClock(this.deps.clock.now()).date;
	}

	async #history(to: LocalDate): Promise<DayRecord[]> {
		return (await this.#planning()).readHistory(this.deps.database, to);
	}

	async #context() {
		const { CARE_CATALOGUE } = await this.#planning();
		return {
			now: this.deps.clock.now(),
			timeZone: this.deps.clock.timeZone(),
			catalogue: CARE_CATALOGUE
		};
	}

	/** Shows today's records; `read` holds them when they were just read with the rest of start-up. */
	async #loadDay(read?: StartupRecords): Promise<void> {
		this.now = this.deps.clock.now();
		const date = this.#dateNow();
		if (date !== this.today) this.activeReminders = [];
		this.today = date;
		const [entry, checkIns, stored] =
			read?.date === date
				? [read.entry, read.checkIns, read.plan]
				: await Promise.all([
						this.#entries.get(date),
						this.#checkIns.forDate(date),
						this.#plans.get(date)
					]);
		this.entry = entry;
		this.checkIns = Object.fromEntries(checkIns.map((c) => [c.itemId, c]));
		let plan = stored;
		if (!plan && this.profile) {
			const { planDay } = await this.#planning();
			plan = planDay(this.profile, date, await this.#history(date), await this.#context());
			await this.#plans.save(plan);
		}
		this.plan = plan;
	}

	/** Saves the profile and rebuilds today's plan, keeping what is already done. */
	saveProfile(draftProfile: Profile): Promise<boolean> {
		const profile = $state.snapshot(draftProfile) as Profile;
		return this.#edits().then((e) => e.saveProfile(profile));
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
	setBadDay(on: boolean): Promise<boolean> {
		return this.#edits().then((e) => e.setBadDay(on));
	}

	saveEntry(formEntry: Omit<DailyEntry, 'date' | 'updatedAt'>): Promise<boolean> {
		const entry = $state.snapshot(formEntry) as Omit<DailyEntry, 'date' | 'updatedAt'>;
		return this.#edits().then((e) => e.saveEntry(entry));
	}

	#edits = lazily(() =>
		import('./day-edits').then(
			(m) =>
				new m.DayEdits(this, {
					profiles: this.#profiles,
					plans: this.#plans,
					entries: this.#entries,
					settings: this.#settings,
					now: () => this.deps.clock.now(),
					history: (to) => this.#history(to),
					context: () => this.#context(),
					guard: (action) => this.#guard(action),
					askToKeepData: () => this.#askToKeepData()
				})
		)
	);

	/** Red flags and trend for today, for the urgent screen. */
	async triageToday(answers: DailyEntry['redFlags']): Promise<TriageResult> {
		return (await this.#planning()).triageToday(this.#triageFacts(), answers);
	}

	/** Progress: the window's records, their summary and the trend. */
	async historySummary() {
		return (await this.#planning()).historySummary(this.#triageFacts());
	}

	#triageFacts() {
		const painStartedOn = this.profile?.painStartedOn ?? null;
		return { database: this.deps.database, today: this.today, painStartedOn };
	}

	/** Keeps (or, with null, forgets) the timer on screen, so a reload can bring it back. */
	async keepTimer(timer: RunningTimer | null): Promise<void> {
		if (timer === null && this.runningTimer === null) return;
		this.runningTimer = timer;
		await this.#guard(() => this.#settings.set('runningTimer', timer));
	}

	async setTheme(theme: Theme): Promise<void> {
		this.theme = theme;
		await this.#guard(() => this.#settings.set('theme', theme));
	}

	/** Backups, CSV, restore, delete, the install offer: loaded on first use (Settings, set-up). */
	data(): Promise<DataActions> {
		return this.#data();
	}

	#data = lazily(() =>
		import('./data-actions').then(
			(m) =>
				new m.DataActions(this, {
					database: this.deps.database,
					settings: this.#settings,
					appVersion: this.deps.appVersion,
					now: () => this.deps.clock.now(),
					timeZone: () => this.deps.clock.timeZone(),
					eraseWorkerState: this.deps.eraseWorkerState,
					guard: (action) => this.#guard(action),
					reload: () => this.#reload()
				})
		)
	);

	/** Everything read again from storage, as on start; reminder bookkeeping starts over. */
	async #reload(): Promise<void> {
		this.activeReminders = [];
		this.restPromptDue = false;
		this.#reminders.reset();
		await this.start();
	}

	dismissProblem(): void {
		this.problem = null;
	}

	/** Asks the browser to keep the data, once, after the first real record. */
	async #askToKeepData(): Promise<void> {
		if (await this.#settings.get<boolean>('persistRequested')) return;
		await this.#settings.set('persistRequested', true);
		const { requestPersistentStorage } = await import('$lib/storage/persistence');
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
