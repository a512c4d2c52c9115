import type { Clock, StartupReader, StartupRecords } from '$lib/domain/ports';
import type { Problems } from './problems.svelte';
import { REMINDERS_STARTUP_KEYS, type RemindersState } from './reminders.svelte';
import { SETTINGS_STARTUP_KEYS, type SettingsState } from './settings.svelte';
import { TODAY_STARTUP_KEYS, type TodayState } from './today.svelte';

/** Every setting read at start-up, with the rest of the first screen's records. */
export const STARTUP_SETTING_KEYS: readonly string[] = [
	...SETTINGS_STARTUP_KEYS,
	...TODAY_STARTUP_KEYS,
	...REMINDERS_STARTUP_KEYS
];

export interface SessionDependencies {
	readonly startup: StartupReader;
	readonly clock: Clock;
	readonly problems: Problems;
	readonly settings: SettingsState;
	readonly today: TodayState;
	readonly reminders: RemindersState;
}

/**
 * The app's running life: start-up fills each state from one read, and the tick moves time on
 * (items turn due, reminders fire, the day rolls over at midnight or when the clock jumps).
 */
export class Session {
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
		const { settings, today, reminders, problems } = this.deps;
		const started = await problems.guard(async () => {
			const records = await (early ?? this.read());
			settings.load(records.settings);
			reminders.load(records.settings);
			await today.load(records);
		});
		if (!started) today.fail();
	}

	/** Everything read again from storage, as on start (after a restore or a deletion). */
	async restart(): Promise<void> {
		this.deps.reminders.reset();
		await this.start();
	}

	/** Called every few seconds and when the app comes back. */
	async tick(): Promise<void> {
		const { clock, today, reminders } = this.deps;
		const now = clock.now();
		today.setNow(now);
		if (today.status !== 'ready') return;
		// Before set-up there is nothing to remind of: a first visit loads no reminder code.
		if (!today.profile) {
			if (today.dateChanged()) await today.refreshDay();
			return;
		}
		// A jumped clock or a new zone: read the day again rather than trust cached times.
		const jumped = await reminders.clockJumped(now);
		if (jumped || today.dateChanged()) await today.refreshDay();
		await reminders.check(now);
	}
}
