import { LAST_BACKUP_KEY } from '$lib/domain/backup';
import { regionOf } from '$lib/content/help-numbers';
import { backupDue } from '$lib/domain/day';
import type { SettingsRepository } from '$lib/domain/ports';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '$lib/domain/reminder-settings';
import type { LocalDate } from '$lib/domain/time';
import {
	DEFAULT_TIMER_ALERTS,
	TIMER_ALERTS_KEY,
	timerAlertsFrom,
	type TimerAlerts
} from '$lib/domain/timer-alerts';
import type { PlanHold } from '$lib/domain/warning-signs';
import type { Problems } from './problems.svelte';

export type Theme = 'system' | 'light' | 'dark';

/** The settings this class reads at start-up. */
export const SETTINGS_STARTUP_KEYS = [
	'theme',
	LAST_BACKUP_KEY,
	'firstUseAt',
	'reminders',
	'lastCalendarExport',
	TIMER_ALERTS_KEY,
	'region'
] as const;

/** The region chosen in Settings when it is none of those the app knows numbers for. */
export const OTHER_REGION = 'other';

/** The last calendar file made: the day, and what an open warning sign held of the plan then. */
export interface CalendarExportNote {
	readonly on: LocalDate;
	readonly hold: PlanHold;
}

export interface SettingsDependencies {
	readonly settings: SettingsRepository;
	readonly problems: Problems;
	/** The device's locale (navigator.language): its region is the default. */
	readonly deviceLocale?: () => string | undefined;
}

/**
 * The person's settings: theme and reminder choices; and the app's notes of when the person started
 * and when they last backed up.
 */
export class SettingsState {
	#theme = $state<Theme>('system');
	#lastBackupAt = $state<string | null>(null);
	#firstUseAt = $state<string | null>(null);
	#reminders = $state.raw<ReminderSettings>(DEFAULT_REMINDER_SETTINGS);
	#lastCalendarExport = $state.raw<CalendarExportNote | null>(null);
	#timerAlerts = $state.raw<TimerAlerts>(DEFAULT_TIMER_ALERTS);
	#region = $state<string | null>(null);

	constructor(private readonly deps: SettingsDependencies) {}

	get theme(): Theme {
		return this.#theme;
	}

	get lastBackupAt(): string | null {
		return this.#lastBackupAt;
	}

	/** When the person created their plan on this device; null before set-up. */
	get firstUseAt(): string | null {
		return this.#firstUseAt;
	}

	/** When and for what to remind; quiet hours silence reminders and rest prompts. */
	get reminders(): ReminderSettings {
		return this.#reminders;
	}

	/** Sound and vibration when a timer ends. */
	get timerAlerts(): TimerAlerts {
		return this.#timerAlerts;
	}

	/**
	 * Where the person is, as an ISO 3166 region ("GB", "US"), for the numbers and services the
	 * warning-sign advice names: as chosen in Settings, else the region of the device's locale;
	 * null where neither says (or "somewhere else" was chosen).
	 */
	get region(): string | null {
		const region = this.#region ?? regionOf(this.deps.deviceLocale?.());
		return region === OTHER_REGION ? null : region;
	}

	/** Whether the person chose the region in Settings (else it follows the device). */
	get regionChosen(): boolean {
		return this.#region !== null;
	}

	get lastCalendarExport(): CalendarExportNote | null {
		return this.#lastCalendarExport;
	}

	/**
	 * Whether Settings asks the person to export the calendar again: the last file was made while
	 * a warning sign held the plan, and the plan is no longer held that way (assessed, or the hold
	 * changed). A file made with the whole plan is not outdated by a later sign: exporting again
	 * would not take its events out of the calendar, so Settings says to turn them off instead.
	 */
	calendarExportOutdated(hold: PlanHold): boolean {
		const last = this.#lastCalendarExport;
		return last !== null && last.hold !== 'none' && last.hold !== hold;
	}

	/** Whether Today and Settings remind the person to back up. */
	backupDue(now: Date): boolean {
		return backupDue(this.#lastBackupAt, this.#firstUseAt, now);
	}

	/** Takes what start-up read. */
	load(stored: ReadonlyMap<string, unknown>): void {
		this.#theme = (stored.get('theme') as Theme | undefined) ?? 'system';
		this.#lastBackupAt = (stored.get(LAST_BACKUP_KEY) as string | undefined) ?? null;
		this.#firstUseAt = (stored.get('firstUseAt') as string | undefined) ?? null;
		this.#lastCalendarExport =
			(stored.get('lastCalendarExport') as CalendarExportNote | undefined) ?? null;
		const region = stored.get('region');
		this.#region = typeof region === 'string' && region !== '' ? region : null;
		this.#reminders = {
			...DEFAULT_REMINDER_SETTINGS,
			...((stored.get('reminders') as Partial<ReminderSettings> | undefined) ?? {})
		};
		this.#timerAlerts = timerAlertsFrom(stored.get(TIMER_ALERTS_KEY));
	}

	/** Keeps a change to what a timer's end does (from Settings or the timer's own dialog). */
	async saveTimerAlerts(alerts: TimerAlerts): Promise<boolean> {
		const plain = timerAlertsFrom(alerts);
		const saved = await this.deps.problems.guard(() =>
			this.deps.settings.set(TIMER_ALERTS_KEY, plain)
		);
		if (saved) this.#timerAlerts = plain;
		return saved;
	}

	async saveReminders(settings: ReminderSettings): Promise<boolean> {
		const plain = $state.snapshot(settings) as ReminderSettings;
		const saved = await this.deps.problems.guard(() => this.deps.settings.set('reminders', plain));
		if (saved) this.#reminders = plain;
		return saved;
	}

	/** The person's region ("GB", or OTHER_REGION for somewhere else); false when not kept. */
	async setRegion(region: string): Promise<boolean> {
		const saved = await this.deps.problems.guard(() => this.deps.settings.set('region', region));
		if (saved) this.#region = region;
		return saved;
	}

	async setTheme(theme: Theme): Promise<void> {
		this.#theme = theme;
		await this.deps.problems.guard(() => this.deps.settings.set('theme', theme));
	}

	/** A backup was saved at `at`; throws when the note cannot be stored. */
	async noteBackup(at: Date): Promise<void> {
		await this.deps.settings.set(LAST_BACKUP_KEY, at.toISOString());
		this.#lastBackupAt = at.toISOString();
	}

	/** A calendar file was made on `on` with the plan held as `hold`; false when not kept. */
	async noteCalendarExport(on: LocalDate, hold: PlanHold): Promise<boolean> {
		const note: CalendarExportNote = { on, hold };
		const saved = await this.deps.problems.guard(() =>
			this.deps.settings.set('lastCalendarExport', note)
		);
		if (saved) this.#lastCalendarExport = note;
		return saved;
	}

	/** The first plan was made at `at` (kept only the first time); throws when it cannot be stored. */
	async noteFirstUse(at: Date): Promise<void> {
		if (this.#firstUseAt !== null) return;
		await this.deps.settings.set('firstUseAt', at.toISOString());
		this.#firstUseAt = at.toISOString();
	}
}
