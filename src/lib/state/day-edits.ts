import type { DayRecord } from '$lib/domain/history';
import type { PlanContext } from '$lib/domain/plan';
import type { Profile } from '$lib/domain/profile';
import { blankDailyEntry, type DailyEntry } from '$lib/domain/records';
import type { LocalDate } from '$lib/domain/time';
import { rememberHasPlan } from '$lib/storage/launch-hint';
import type {
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository
} from '$lib/storage/repositories';
import type { AppState } from './app-state.svelte';
import { planDay, regenerateDay } from './planning-engine';

/** What the day's edits need from the app state that owns them. */
export interface DayEditHost {
	readonly profiles: IdbProfileRepository;
	readonly plans: IdbPlanRepository;
	readonly entries: IdbDailyEntryRepository;
	readonly settings: IdbSettingsRepository;
	now(): Date;
	history(to: LocalDate): Promise<DayRecord[]>;
	context(): Promise<PlanContext>;
	guard(action: () => Promise<unknown>): Promise<boolean>;
	askToKeepData(): Promise<void>;
}

/**
 * Changes that rebuild today's plan: a new profile, a bad day, the daily check-in. Loaded on first
 * use, with the planning engine they need; Today shows the stored plan without either.
 */
export class DayEdits {
	constructor(
		private readonly app: AppState,
		private readonly host: DayEditHost
	) {}

	/** Saves the profile and rebuilds today's plan, keeping what is already done. */
	saveProfile(profile: Profile): Promise<boolean> {
		return this.host.guard(async () => {
			await this.host.profiles.save(profile);
			this.app.profile = profile;
			rememberHasPlan(true);
			if (this.app.firstUseAt === null) {
				this.app.firstUseAt = this.host.now().toISOString();
				await this.host.settings.set('firstUseAt', this.app.firstUseAt);
			}
			await this.#replan();
		});
	}

	/** Declares today a bad day (flare plan) or takes it back; done items stay. */
	setBadDay(on: boolean): Promise<boolean> {
		const entry = this.app.entry ?? blankDailyEntry(this.app.today, this.host.now());
		return this.host.guard(async () => {
			const updated = { ...entry, flare: on, updatedAt: this.host.now().toISOString() };
			await this.host.entries.save(updated);
			this.app.entry = updated;
			await this.#replan();
		});
	}

	async saveEntry(entry: Omit<DailyEntry, 'date' | 'updatedAt'>): Promise<boolean> {
		const flareChanged = (this.app.entry?.flare ?? false) !== entry.flare;
		const saved = await this.host.guard(async () => {
			const full: DailyEntry = {
				...entry,
				date: this.app.today,
				updatedAt: this.host.now().toISOString()
			};
			await this.host.entries.save(full);
			this.app.entry = full;
			if (flareChanged) await this.#replan();
		});
		if (saved) void this.host.askToKeepData();
		return saved;
	}

	async #replan(): Promise<void> {
		const { profile, plan: previous } = this.app;
		if (!profile) return;
		const date = this.app.currentDate;
		const history = await this.host.history(date);
		const context = await this.host.context();
		const doneIds = new Set(
			Object.values(this.app.checkIns)
				.filter((c) => c.status === 'done')
				.map((c) => c.itemId)
		);
		const plan = previous
			? regenerateDay(previous, doneIds, profile, history, context)
			: planDay(profile, date, history, context);
		await this.host.plans.save(plan);
		this.app.plan = plan;
	}
}
