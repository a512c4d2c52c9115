import type { Clock, StartupReader, StartupRecords } from '$lib/domain/ports';
import type { Loaded } from './loaded.svelte';
import type { Problems } from './problems.svelte';
import type { RemindersState } from './reminders.svelte';
import { SETTINGS_STARTUP_KEYS, type SettingsState } from './settings.svelte';
import { SITTING_STARTUP_KEYS, type Sitting } from './sitting.svelte';
import { TODAY_STARTUP_KEYS, type TodayState } from './today.svelte';

/** Every setting read at start-up, with the rest of the first screen's records. */
export const STARTUP_SETTING_KEYS: readonly string[] = [
	...SETTINGS_STARTUP_KEYS,
	...TODAY_STARTUP_KEYS,
	...SITTING_STARTUP_KEYS
];

export interface SessionDependencies {
	readonly startup: StartupReader;
	readonly clock: Clock;
	readonly problems: Problems;
	readonly settings: SettingsState;
	readonly today: TodayState;
	readonly sitting: Sitting;
	/** Reminders load on the first tick after set-up: a first visit loads none of their code. */
	readonly reminders: Loaded<RemindersState>;
}

/**
 * The app's running life: start-up fills each state from one read, and the tick moves time on
 * (items turn due, reminders fire, the day rolls over at midnight or when the clock jumps).
 */
export class Session {
	/** The tick running now; the next one waits for it. */
	#ticking: Promise<void> = Promise.resolve();

	constructor(private readonly deps: SessionDependencies) {}

	/** Reads what the first screen shows (one transaction). */
	read(): Promise<StartupRecords> {
		const { clock, startup } = this.deps;
		return startup.read(clock.wallClock(clock.now()).date, STARTUP_SETTING_KEYS);
	}

	/**
	 * Loads the profile, settings and today's records; call once in the browser. `early` is a
	 * `read()` begun before; if midnight passed since, today's records are read again.
	 */
	async start(early?: Promise<StartupRecords>): Promise<void> {
		const { settings, today, sitting, problems } = this.deps;
		const started = await problems.guard(async () => {
			const records = await (early ?? this.read());
			settings.load(records.settings);
			sitting.load(records.settings);
			await today.load(records);
		});
		if (!started) today.fail();
	}

	/** Everything read again from storage, as on start (after a restore or a deletion). */
	async restart(): Promise<void> {
		this.deps.reminders.current?.reset();
		this.deps.sitting.reset();
		await this.start();
	}

	/**
	 * Called every few seconds and when the app comes back; each tick works at the time it was
	 * called. Ticks run one after another: one that started while the last was still reading or
	 * loading code would work from what the last had not yet written (sitting switched on, the day
	 * read again).
	 */
	tick(): Promise<void> {
		const now = this.deps.clock.now();
		const run = this.#ticking.then(() => this.#tick(now));
		// A tick that failed (a code chunk that did not arrive) must not stop the ones after it.
		this.#ticking = run.catch(() => undefined);
		return run;
	}

	async #tick(now: Date): Promise<void> {
		const { today } = this.deps;
		today.setNow(now);
		if (today.status !== 'ready') return;
		if (!today.profile) {
			if (today.dateChanged()) await today.refreshDay();
			return;
		}
		const reminders = await this.deps.reminders.load();
		// A jumped clock or a new zone: read the day again rather than trust cached times.
		if (reminders.clockJumped(now) || today.dateChanged()) await today.refreshDay();
		await reminders.check(now);
	}
}
