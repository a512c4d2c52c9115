import {
	answerApplies,
	checkInFor,
	dayItemViews,
	dayProgress,
	littleLeftOfDay,
	type DayItemView,
	type DayProgress,
	type ItemAnswer
} from '$lib/domain/day';
import type { DayRecord } from '$lib/domain/history';
import type { DayPlan, PlanItem } from '$lib/domain/plan';
import type {
	CheckInRepository,
	Clock,
	DailyEntryRepository,
	HistoryReader,
	PlanRepository,
	ProfileRepository,
	SettingsRepository,
	StartupRecords,
	StorageKeeper
} from '$lib/domain/ports';
import type { Profile } from '$lib/domain/profile';
import { dayEndMinutes, wakingDayOf } from '$lib/domain/local-time';
import { blankDailyEntry, type CheckIn, type DailyEntry } from '$lib/domain/records';
import type { LocalDate, WallClock } from '$lib/domain/time';
import type { TriageResult } from '$lib/domain/triage';
import type { RedFlagId } from '$lib/domain/care';
import {
	NO_WARNING_SIGNS,
	openWarningSigns,
	planHoldOf,
	WARNING_SIGNS_KEY,
	warningSignsFrom,
	type PlanHold,
	type WarningSign,
	type WarningSignRecord
} from '$lib/domain/warning-signs';
import type { Planning, ProgressView } from './planning';
import type { Problems } from './problems.svelte';
import type { SettingsState } from './settings.svelte';
import type { RunningTimer } from './types';

/** Told of an item answered (done, skipped, snoozed) or, with `checkIn` null, unticked. */
export type ItemAnsweredListener = (itemId: string, checkIn: CheckIn | null) => void;

/** The settings this class reads at start-up. */
export const TODAY_STARTUP_KEYS = ['runningTimer', WARNING_SIGNS_KEY] as const;

export interface TodayDependencies {
	readonly profiles: ProfileRepository;
	readonly plans: PlanRepository;
	readonly checkIns: CheckInRepository;
	readonly entries: DailyEntryRepository;
	readonly settingsStore: SettingsRepository;
	readonly history: HistoryReader;
	readonly storage: StorageKeeper;
	readonly clock: Clock;
	readonly problems: Problems;
	readonly settings: SettingsState;
	/** The planning engine and care content, loaded on first use. */
	readonly planning: () => Promise<Planning>;
}

/**
 * Today: the profile, today's plan and what was recorded on it, and the person's actions on them.
 * Records are raw state: replaced whole, never mutated, and stored as plain objects (IndexedDB
 * cannot clone Svelte's proxies).
 */
export class TodayState {
	#status = $state<'loading' | 'ready' | 'failed'>('loading');
	#profile = $state.raw<Profile | null>(null);
	#date = $state<LocalDate>('');
	#plan = $state.raw<DayPlan | null>(null);
	#checkIns = $state.raw<Readonly<Record<string, CheckIn>>>({});
	#entry = $state.raw<DailyEntry | null>(null);
	#now = $state.raw<Date>(new Date(0));
	/** `now` on the device's wall clock, minutes since midnight. */
	#nowMinutes = $state(0);
	#runningTimer = $state.raw<RunningTimer | null>(null);
	#warnings = $state.raw<WarningSignRecord>(NO_WARNING_SIGNS);
	#tomorrow = $state.raw<DayPlan | null>(null);
	/** The day whose next day's plan is shown or being made, and its making (not shown: no $state). */
	#tomorrowFor: { readonly date: LocalDate; made: Promise<void> } | null = null;
	/** Whether the browser was asked to keep the data (not shown: no $state). */
	#keepDataAsked = false;
	#answeredListeners = new Set<ItemAnsweredListener>();

	constructor(private readonly deps: TodayDependencies) {}

	get status(): 'loading' | 'ready' | 'failed' {
		return this.#status;
	}
	get profile(): Profile | null {
		return this.#profile;
	}
	/** The date shown (empty until the first load). */
	get date(): LocalDate {
		return this.#date;
	}
	get plan(): DayPlan | null {
		return this.#plan;
	}
	get checkIns(): Readonly<Record<string, CheckIn>> {
		return this.#checkIns;
	}
	get entry(): DailyEntry | null {
		return this.#entry;
	}
	get now(): Date {
		return this.#now;
	}
	/** A compress or walk timer left open; Today shows it again after a reload. */
	get runningTimer(): RunningTimer | null {
		return this.#runningTimer;
	}

	/** Warning signs answered yes and not yet dealt with, most urgent first. */
	readonly warningSigns: readonly WarningSign[] = $derived(openWarningSigns(this.#warnings));

	/** What open warning signs do to today: pause the plan, keep only flare-day measures, or nothing. */
	readonly planHold: PlanHold = $derived(planHoldOf(this.#warnings));

	/** Every warning-sign answer kept (open and dealt with), for the visit summary. */
	get warningSignRecord(): WarningSignRecord {
		return this.#warnings;
	}

	/** Today's date, even before the first load has finished. */
	get currentDate(): LocalDate {
		return this.#date || this.#dateNow();
	}

	/** The local date and minute of an instant in the device's zone. */
	wallClock(instant: Date): WallClock {
		return this.deps.clock.wallClock(instant);
	}

	/**
	 * Every item of today with where it stands now. The item of the kept timer (running, paused, or
	 * with its time up until it is marked done, skipped or the timer stopped) is never missed.
	 */
	readonly items: DayItemView[] = $derived(
		dayItemViews(
			this.#plan?.items ?? [],
			this.#checkIns,
			this.#nowMinutes,
			this.#now.toISOString(),
			this.#runningTimer?.date === this.#date ? this.#runningTimer.itemId : null
		)
	);

	readonly progress: DayProgress = $derived(dayProgress(this.items));

	/** Little or nothing of today is left: Today shows tomorrow's plan as well. */
	readonly littleLeft: boolean = $derived(
		this.#plan !== null &&
			this.#profile !== null &&
			littleLeftOfDay(this.items, this.#nowMinutes, dayEndMinutes(this.#profile))
	);

	/**
	 * Tomorrow's plan as the planner would make it now (or as stored), once little of today is left;
	 * a preview: tomorrow makes its own.
	 */
	get tomorrow(): DayPlan | null {
		return this.#tomorrow;
	}

	/** Takes what start-up read; `records` may be of an earlier date if midnight passed since. */
	async load(records: StartupRecords): Promise<void> {
		this.#runningTimer = (records.settings.get('runningTimer') as RunningTimer | undefined) ?? null;
		this.#warnings = warningSignsFrom(records.settings.get(WARNING_SIGNS_KEY));
		this.#profile = records.profile;
		this.deps.storage.rememberHasPlan(records.profile !== null);
		await this.#showDay(records);
		this.#status = 'ready';
	}

	/** Start-up could not read the device's data; the problem banner says why. */
	fail(): void {
		this.#status = 'failed';
	}

	/** Keeps "now" fresh: items turn due and missed. */
	setNow(now: Date): void {
		this.#now = now;
		this.#nowMinutes = this.#wakingDay(now).minutes;
		void this.previewTomorrow();
	}

	/**
	 * Makes tomorrow's preview once little of today is left; the promise of the one being made.
	 * Never awaited by start-up: the checklist comes first.
	 */
	previewTomorrow(): Promise<void> {
		const profile = this.#profile;
		const date = this.#date;
		if (!profile || !date || !this.littleLeft) return Promise.resolve();
		if (this.#tomorrowFor?.date === date) return this.#tomorrowFor.made;
		const making = { date, made: Promise.resolve() };
		this.#tomorrowFor = making;
		making.made = this.deps.problems
			.guard(async () => {
				const planning = await this.deps.planning();
				const next = planning.addDays(date, 1);
				const plan =
					(await this.deps.plans.get(next)) ??
					planning.planDay(profile, next, await this.#history(date), this.#clockNow());
				// Not if the day, the profile or the hold changed meanwhile: that made its own.
				if (this.#tomorrowFor === making) this.#tomorrow = plan;
			})
			.then((made) => {
				if (!made && this.#tomorrowFor === making) this.#tomorrowFor = null;
			});
		return making.made;
	}

	/** Forgets tomorrow's preview (a new day, a changed profile or hold), and makes it again if due. */
	#forgetTomorrow(): void {
		this.#tomorrow = null;
		this.#tomorrowFor = null;
		void this.previewTomorrow();
	}

	/** The waking day of an instant: past midnight, still yesterday's until the sleep time. */
	#wakingDay(instant: Date): WallClock {
		return wakingDayOf(this.deps.clock.wallClock(instant), this.#profile);
	}

	/** Whether the device's date moved on from the one shown. */
	dateChanged(): boolean {
		return this.#dateNow() !== this.#date;
	}

	/** Reads the device's day again (a new day at midnight, a jumped clock, a new zone). */
	refreshDay(): Promise<boolean> {
		return this.deps.problems.guard(() => this.#showDay());
	}

	#dateNow(): LocalDate {
		return this.#wakingDay(this.deps.clock.now()).date;
	}

	/** Shows the device's day; `read` holds its records when start-up just read them. */
	async #showDay(read?: StartupRecords): Promise<void> {
		this.setNow(this.deps.clock.now());
		const date = this.#dateNow();
		this.#date = date;
		const [entry, checkIns, stored] =
			read?.date === date
				? [read.entry, read.checkIns, read.plan]
				: await Promise.all([
						this.deps.entries.get(date),
						this.deps.checkIns.forDate(date),
						this.deps.plans.get(date)
					]);
		this.#entry = entry;
		this.#checkIns = Object.fromEntries(checkIns.map((c) => [c.itemId, c]));
		let plan = stored;
		if (!plan && this.#profile) {
			const planning = await this.deps.planning();
			plan = planning.planDay(this.#profile, date, await this.#history(date), this.#clockNow());
			await this.deps.plans.save(plan);
		}
		this.#plan = plan;
		// A plan made before a same-day sign was answered (or dealt with), say on another device
		// restored since, is made again to match.
		if (plan && (plan.warningHold === true) !== (this.planHold === 'flare-only'))
			await this.#replan();
		else this.#forgetTomorrow();
	}

	async #history(to: LocalDate): Promise<DayRecord[]> {
		const planning = await this.deps.planning();
		return this.deps.history.dayRecords(planning.historyFrom(to), to);
	}

	#clockNow() {
		return {
			now: this.deps.clock.now(),
			timeZone: this.deps.clock.timeZone(),
			flareOnly: this.planHold === 'flare-only',
			// On the set-up day, the plan starts then.
			setUpAt: this.deps.settings.firstUseAt
		};
	}

	/**
	 * Calls `listener` after an item is answered (done, skipped, snoozed) or unticked (`checkIn`
	 * null) on this page, so what reminds of it can go at once. Returns the way to stop listening.
	 */
	onItemAnswered(listener: ItemAnsweredListener): () => void {
		this.#answeredListeners.add(listener);
		return () => this.#answeredListeners.delete(listener);
	}

	#announce(itemId: string, checkIn: CheckIn | null): void {
		for (const listener of this.#answeredListeners) listener(itemId, checkIn);
	}

	/**
	 * Records what the person said about an item: the one way a check-in is made on the page. A
	 * snooze of an item already done or skipped changes nothing (false only when a record could not
	 * be kept).
	 */
	async answer(item: PlanItem, answer: ItemAnswer): Promise<boolean> {
		const plan = this.#plan;
		if (!plan) return false;
		if (!answerApplies(this.#checkIns[item.id], answer)) return true;
		const checkIn = checkInFor(item, plan.date, answer, this.deps.clock.now());
		const saved = await this.deps.problems.guard(() =>
			this.deps.checkIns.recordWithPlan(checkIn, plan)
		);
		if (saved) {
			this.#checkIns = { ...this.#checkIns, [item.id]: checkIn };
			this.#announce(item.id, checkIn);
			// Done or skipped, its timer is over (and does not come back if the tick is taken back).
			if (answer.status !== 'snoozed' && this.#runningTimer?.itemId === item.id)
				await this.keepTimer(null);
			void this.#askToKeepData();
		}
		return saved;
	}

	markDone(item: PlanItem): Promise<boolean> {
		return this.answer(item, { status: 'done' });
	}

	/** Unticks an item: it goes back to due, upcoming or missed. */
	async markNotDone(item: PlanItem): Promise<boolean> {
		const saved = await this.deps.problems.guard(() => this.deps.checkIns.remove(item.id));
		if (saved) {
			const { [item.id]: _removed, ...rest } = this.#checkIns;
			this.#checkIns = rest;
			this.#announce(item.id, null);
		}
		return saved;
	}

	/**
	 * Saves the profile and rebuilds today's plan, keeping what is already done. Only a save that
	 * answered the compress safety questions (set-up; Settings when the person confirms them) counts
	 * as answering them again, which lifts the rule for numbness reported in a check-in: saving the
	 * sleep time must not put compresses back on numb skin.
	 */
	saveProfile(
		draftProfile: Profile,
		// The first save is set-up's, which asks them.
		{ safetyAnswered = this.#profile === null }: { readonly safetyAnswered?: boolean } = {}
	): Promise<boolean> {
		const snapshot = $state.snapshot(draftProfile) as Profile;
		const profile: Profile = {
			...snapshot,
			screeningReviewedAt: safetyAnswered
				? this.deps.clock.now().toISOString()
				: (this.#profile?.screeningReviewedAt ?? snapshot.screeningReviewedAt ?? null)
		};
		return this.deps.problems.guard(async () => {
			await this.deps.profiles.save(profile);
			this.#profile = profile;
			this.deps.storage.rememberHasPlan(true);
			await this.deps.settings.noteFirstUse(this.deps.clock.now());
			await this.#replan();
		});
	}

	/** Declares today a bad day (flare plan) or takes it back; done items stay. */
	setBadDay(on: boolean): Promise<boolean> {
		const now = this.deps.clock.now();
		const entry = this.#entry ?? blankDailyEntry(this.currentDate, now);
		return this.deps.problems.guard(async () => {
			const updated = { ...entry, flare: on, updatedAt: now.toISOString() };
			await this.deps.entries.save(updated);
			this.#entry = updated;
			await this.#replan();
		});
	}

	/**
	 * The daily check-in. A changed flare answer, or numbness reported (or taken back), rebuilds the
	 * plan: numbness takes compresses not yet done off it.
	 */
	async saveEntry(formEntry: Omit<DailyEntry, 'date' | 'updatedAt'>): Promise<boolean> {
		const entry = $state.snapshot(formEntry) as Omit<DailyEntry, 'date' | 'updatedAt'>;
		const before = this.#entry;
		const numb = (e: Omit<DailyEntry, 'date' | 'updatedAt'> | null) =>
			(e?.symptoms.numbness ?? false) || e?.redFlags['numbness-buttock-leg'] === true;
		const replan =
			(before?.flare ?? false) !== entry.flare || numb(before) !== numb(entry) || numb(entry);
		const saved = await this.deps.problems.guard(async () => {
			const full: DailyEntry = {
				...entry,
				date: this.currentDate,
				updatedAt: this.deps.clock.now().toISOString()
			};
			await this.deps.entries.save(full);
			this.#entry = full;
			if (replan) await this.#replan();
		});
		if (saved) void this.#askToKeepData();
		return saved;
	}

	/**
	 * Changes check-in answers to no, by date: a yes the person took back as a mistake. The time of
	 * the entry stays: nothing else in it was answered again.
	 */
	takeBackAnswers(byDate: ReadonlyMap<LocalDate, readonly RedFlagId[]>): Promise<boolean> {
		return this.deps.problems.guard(async () => {
			for (const [date, ids] of byDate) {
				const entry = date === this.#date ? this.#entry : await this.deps.entries.get(date);
				if (!entry) continue;
				const no = Object.fromEntries(ids.map((id) => [id, false]));
				const updated: DailyEntry = { ...entry, redFlags: { ...entry.redFlags, ...no } };
				await this.deps.entries.save(updated);
				if (date === this.#date) this.#entry = updated;
			}
		});
	}

	/** Shows warning signs just stored, and plans today again if they change what it may hold. */
	async holdFor(record: WarningSignRecord): Promise<void> {
		const before = this.planHold;
		this.#warnings = record;
		if (this.planHold !== before) await this.#replan();
	}

	/** Plans today again from the profile and the day's entry; items already done stay as they were. */
	async #replan(): Promise<void> {
		const profile = this.#profile;
		if (!profile) return;
		const date = this.currentDate;
		const planning = await this.deps.planning();
		const history = await this.#history(date);
		const plan = planning.replanDay(
			profile,
			date,
			this.#plan,
			this.#checkIns,
			history,
			this.#clockNow()
		);
		await this.deps.plans.save(plan);
		this.#plan = plan;
		this.#forgetTomorrow();
	}

	/** Keeps (or, with null, forgets) the timer on screen, so a reload can bring it back. */
	async keepTimer(timer: RunningTimer | null): Promise<void> {
		if (timer === null && this.#runningTimer === null) return;
		// A pause or resume of the same session keeps its last skin check; a new start does not.
		const kept = this.#runningTimer;
		if (
			timer &&
			timer.checkedAt === undefined &&
			timer.startedAt !== undefined &&
			kept?.itemId === timer.itemId &&
			kept.startedAt === timer.startedAt
		)
			timer = { ...timer, checkedAt: kept.checkedAt ?? null };
		this.#runningTimer = timer;
		await this.deps.problems.guard(() => this.deps.settingsStore.set('runningTimer', timer));
	}

	/** Red flags and trend for today, for the urgent screen. */
	async triageToday(answers: DailyEntry['redFlags']): Promise<TriageResult> {
		const planning = await this.deps.planning();
		const today = this.currentDate;
		const history = await this.#history(today);
		const stillOpen = this.warningSigns.map((s) => s.id);
		return planning.triageOf(
			answers,
			history,
			this.#profile?.painStartedOn ?? null,
			today,
			stillOpen
		);
	}

	/** Progress: the window's records, their summary and the trend. */
	async historySummary(): Promise<ProgressView> {
		const planning = await this.deps.planning();
		const today = this.currentDate;
		const records = await this.#history(today);
		return planning.progress(records, this.#profile?.painStartedOn ?? null, today);
	}

	/** Asks the browser to keep the data, once, after the first real record. */
	async #askToKeepData(): Promise<void> {
		// Once asked (in this page or an earlier one), a tick on the checklist reads nothing more.
		if (this.#keepDataAsked) return;
		await this.deps.problems.guard(async () => {
			if (!(await this.deps.settingsStore.get<boolean>('persistRequested'))) {
				await this.deps.settingsStore.set('persistRequested', true);
				await this.deps.storage.requestPersistent();
			}
			this.#keepDataAsked = true;
		});
	}
}
