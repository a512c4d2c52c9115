import { REST_LATER_MINUTES, REST_PAUSE_MINUTES } from '$lib/domain/day';
import type { Clock, SettingsRepository } from '$lib/domain/ports';
import { NOT_SITTING, type SittingState } from '$lib/domain/reminder-settings';
import type { Problems } from './problems.svelte';
import type { TodayState } from './today.svelte';

/** The settings this class reads at start-up. */
export const SITTING_STARTUP_KEYS = ['sitting'] as const;

export interface SittingDependencies {
	readonly today: TodayState;
	readonly store: SettingsRepository;
	readonly clock: Clock;
	readonly problems: Problems;
	/** The reminder arithmetic (time zones through Intl), loaded after the first screen. */
	readonly rules: () => Promise<typeof import('$lib/domain/reminders')>;
}

const sittingFrom = (at: Date): SittingState => ({
	since: at.toISOString(),
	snoozedUntil: null,
	pausedUntil: null
});
const minutesAfter = (at: Date, minutes: number) =>
	new Date(at.getTime() + minutes * 60_000).toISOString();

/**
 * Sitting and rest prompts: whether the person is sitting (switched by hand, or by their sitting
 * hours) and whether a rest prompt is due. Today shows it on its first screen; the tick's part
 * (sitting hours, when a prompt is due) loads later, with RemindersState, and reports through
 * `follow`.
 */
export class Sitting {
	#state = $state.raw<SittingState>(NOT_SITTING);
	#restPromptDue = $state(false);

	// Bookkeeping, not shown.
	#startedAutomatically = false;
	#promptShownFor: string | null = null;
	/** The date the person switched sitting off in their sitting hours; read from storage once. */
	#offOn: string | null | undefined = undefined;

	constructor(private readonly deps: SittingDependencies) {}

	get state(): SittingState {
		return this.#state;
	}

	/** A rest prompt is showing (the person has sat for the set interval). */
	get restPromptDue(): boolean {
		return this.#restPromptDue;
	}

	/** Takes what start-up read. */
	load(stored: ReadonlyMap<string, unknown>): void {
		this.#state = (stored.get('sitting') as SittingState | undefined) ?? NOT_SITTING;
	}

	/** Forgets the bookkeeping and the prompt (after a restore or a deletion). */
	reset(): void {
		this.#restPromptDue = false;
		this.#startedAutomatically = false;
		this.#promptShownFor = null;
		this.#offOn = undefined;
	}

	/**
	 * The tick (RemindersState works it out): sitting hours switch sitting on, unless the person
	 * switched it off in them today, and off again when they end.
	 */
	async followSittingHours(now: Date, inSittingHours: boolean): Promise<void> {
		this.#offOn ??= (await this.#readOffOn()) ?? null;
		if (inSittingHours && !this.#state.since && this.#offOn !== this.deps.today.date) {
			this.#startedAutomatically = true;
			await this.#save(sittingFrom(now));
		} else if (!inSittingHours && this.#state.since && this.#startedAutomatically) {
			this.#startedAutomatically = false;
			await this.#save(NOT_SITTING);
		}
	}

	/** The tick's rest prompt: due at `dueAt`, or none. Returns whether it is a new prompt. */
	showRestPrompt(dueAt: Date | null): boolean {
		this.#restPromptDue = dueAt !== null;
		const key = dueAt?.toISOString() ?? null;
		if (dueAt === null || this.#promptShownFor === key) return false;
		this.#promptShownFor = key;
		return true;
	}

	async #readOffOn(): Promise<string | null | undefined> {
		let offOn: string | null | undefined;
		await this.deps.problems.guard(async () => (offOn = await this.deps.store.get('sittingOffOn')));
		return offOn;
	}

	async #save(state: SittingState): Promise<void> {
		this.#state = state;
		await this.deps.problems.guard(() => this.deps.store.set('sitting', state));
	}

	/** The "I'm sitting" switch. Turning it off in the sitting hours keeps it off for today. */
	async setSitting(on: boolean): Promise<void> {
		const now = this.deps.clock.now();
		const { profile, date } = this.deps.today;
		this.#startedAutomatically = false;
		const rules = await this.deps.rules();
		const inHours =
			profile !== null &&
			rules.inSittingHours(profile.sittingBlocks, now, this.deps.clock.timeZone());
		const offOn = on ? null : inHours ? date : this.#offOn;
		if (offOn !== undefined && offOn !== this.#offOn) {
			this.#offOn = offOn;
			await this.deps.problems.guard(() => this.deps.store.set('sittingOffOn', offOn));
		}
		await this.#save(on ? sittingFrom(now) : NOT_SITTING);
		this.#restPromptDue = false;
	}

	/**
	 * "Took a break", from Today, a banner or a notification: today's due (or missed) sitting-break
	 * item is ticked, and a running sitting timer starts again.
	 */
	async tookBreak(): Promise<void> {
		const now = this.deps.clock.now();
		const { today } = this.deps;
		const due = today.items.find(
			(v) => v.item.measure === 'sitting-break' && (v.state === 'due' || v.state === 'missed')
		);
		if (due) await today.markDone(due.item);
		if (this.#state.since) await this.#save(sittingFrom(now));
		this.#restPromptDue = false;
	}

	/** The rest prompt's "In 10 min". */
	async restLater(): Promise<void> {
		const until = minutesAfter(this.deps.clock.now(), REST_LATER_MINUTES);
		await this.#save({ ...this.#state, snoozedUntil: until });
		this.#restPromptDue = false;
	}

	/** "Pause 1 h": no rest prompts until then. */
	async pauseRestPrompts(): Promise<void> {
		const until = minutesAfter(this.deps.clock.now(), REST_PAUSE_MINUTES);
		await this.#save({ ...this.#state, pausedUntil: until });
		this.#restPromptDue = false;
	}
}
