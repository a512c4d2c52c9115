import type { Backup, ParsedBackup, RestoreMode } from './backup';
import type { DayRecord } from './history';
import type { DayPlan } from './plan';
import type { PushDevice, PushReminder } from './push-window';
import type { Profile } from './profile';
import type { CheckIn, DailyEntry } from './records';
import type { LocalDate, WallClock } from './time';

// Everything the app's state uses from outside, declared here and implemented by storage (the
// repositories), the browser (clock, notifications, badge, worker) and tests (in-memory fakes).

export interface Clock {
	now(): Date;
	timeZone(): string;
	/** The local date and minute of an instant in timeZone(). */
	wallClock(instant: Date): WallClock;
	/** A clock that never jumps (performance.now()), to notice when the wall clock does. */
	monotonicMs(): number;
}

export interface ProfileRepository {
	get(): Promise<Profile | null>;
	save(profile: Profile): Promise<void>;
}

export interface PlanRepository {
	get(date: LocalDate): Promise<DayPlan | null>;
	save(plan: DayPlan): Promise<void>;
}

export interface CheckInRepository {
	/** Records (or replaces) the latest word on an item. */
	record(checkIn: CheckIn): Promise<void>;
	/** Records a check-in and saves the day's plan beside it: both land or neither does. */
	recordWithPlan(checkIn: CheckIn, plan: DayPlan): Promise<void>;
	/** Takes back the word on an item (unticking it). */
	remove(itemId: string): Promise<void>;
	forDate(date: LocalDate): Promise<CheckIn[]>;
	/** Inclusive date range, oldest first. */
	between(from: LocalDate, to: LocalDate): Promise<CheckIn[]>;
}

export interface DailyEntryRepository {
	get(date: LocalDate): Promise<DailyEntry | null>;
	save(entry: DailyEntry): Promise<void>;
	/** Inclusive date range, oldest first. */
	between(from: LocalDate, to: LocalDate): Promise<DailyEntry[]>;
}

/** Small settings (theme, last backup, reminder choices), one value a key. */
export interface SettingsRepository {
	get<T>(key: string): Promise<T | undefined>;
	set(key: string, value: unknown): Promise<void>;
}

/** The day records of an inclusive date range (plans, check-ins and entries joined), oldest first. */
export interface HistoryReader {
	dayRecords(from: LocalDate, to: LocalDate): Promise<DayRecord[]>;
}

/** The raw records of a date range, as the visit summary reads them. */
export interface RangeRecords {
	readonly plans: readonly DayPlan[];
	readonly checkIns: readonly CheckIn[];
	readonly entries: readonly DailyEntry[];
}

/** Reads a range's plans, check-ins and entries at once (one transaction in IndexedDB). */
export interface RangeReader {
	rangeRecords(from: LocalDate, to: LocalDate): Promise<RangeRecords>;
}

/** What the first screen needs: the profile, some settings and one day's records. */
export interface StartupRecords {
	/** The day the day's records below belong to. */
	readonly date: LocalDate;
	readonly profile: Profile | null;
	/** The value of each asked-for setting that is stored. */
	readonly settings: ReadonlyMap<string, unknown>;
	readonly entry: DailyEntry | null;
	readonly checkIns: readonly CheckIn[];
	readonly plan: DayPlan | null;
}

/** Reads the first screen's records at once (one transaction in IndexedDB). */
export interface StartupReader {
	read(date: LocalDate, settingKeys: readonly string[]): Promise<StartupRecords>;
}

/** The person's data as a whole: one file out, one file in, or all of it gone. */
export interface BackupStore {
	exportAll(appVersion: string, now: Date): Promise<Backup>;
	/**
	 * Checks a file completely; never throws, and writes nothing. `today` dates the records its
	 * problems name (this year's without the year).
	 */
	check(text: string, sizeBytes: number, today?: LocalDate | null): ParsedBackup;
	serialize(backup: Backup): string;
	/** Writes a checked backup in one transaction: everything lands or nothing does. */
	restore(backup: Backup, mode: RestoreMode): Promise<void>;
	/** Empties every store of the person's data. */
	clearAll(): Promise<void>;
}

export interface StorageStatus {
	/** The browser promised not to evict this site's data under storage pressure. */
	readonly persistent: boolean | null;
	readonly usageBytes: number | null;
	readonly quotaBytes: number | null;
}

/** The browser's storage as a whole: keeping it, and what it says about it. */
export interface StorageKeeper {
	/** Asks the browser to keep this site's data; resolves to whether it will. */
	requestPersistent(): Promise<boolean>;
	status(): Promise<StorageStatus>;
	/** A hint read before any script runs: whether this device holds a plan. */
	rememberHasPlan(hasPlan: boolean): void;
}

/** A reminder or rest prompt to show the person outside the page (a system notification). */
export interface ReminderMessage {
	/** Replaces an earlier notification with the same tag. */
	readonly tag: string;
	readonly title: string;
	readonly body: string;
	readonly kind: 'item' | 'rest';
	readonly itemId: string | null;
	readonly date: string;
	/** No Done or Snooze buttons (a skin check is answered in the app, not from the notification). */
	readonly noActions?: boolean;
}

/** Delivers reminders; the in-app banner is shown regardless of what a sink can do. */
export interface ReminderSink {
	/** Whether this device will show system notifications now. */
	available(): boolean;
	show(message: ReminderMessage): Promise<void>;
	/** Takes away a notification still showing with this tag (its item was answered). */
	close(tag: string): Promise<void>;
}

export type PermissionAnswer = NotificationPermission | 'unsupported';

/** The notification permission: asked only ever from a tap. */
export interface NotificationPermissionPort {
	ask(): Promise<PermissionAnswer>;
}

/** The number on the app's icon, where the browser has one. */
export interface AppBadge {
	set(count: number): void;
}

/** What this device can do for reminders, in the person's terms (Settings shows it). */
export interface ReminderCapabilities {
	readonly notifications: PermissionAnswer;
	readonly installed: boolean;
	readonly backgroundSync: boolean;
	readonly notificationActions: boolean;
}

/** The service worker as the state needs it; the bridge in src/lib/pwa implements it. */
export interface WorkerPort {
	/** Turns on the morning summary where Periodic Background Sync exists; resolves to whether it is on. */
	enableMorningSummary(): Promise<boolean>;
	/** Empties what the worker keeps: notifications, caches, the summary, the badge, itself. */
	eraseWorkerState(): Promise<void>;
	capabilities(): Promise<ReminderCapabilities>;
}

/** Why closed-app reminders cannot work here, in the person's terms (Settings says each). */
export type PushUnavailable =
	/** The app's own address serves no relay (a static-only deploy). */
	| 'no-relay'
	/** This browser has no Web Push. */
	| 'unsupported'
	/** iPhone and iPad give Web Push only to apps added to the Home Screen. */
	| 'needs-install'
	/** Notifications are not allowed for the app. */
	| 'notifications-off'
	/** The browser refused a push subscription. */
	| 'refused';

/** What the relay answered: done, it no longer knows this device, or it was not reached. */
export type RelayAnswer = 'ok' | 'gone' | 'unreachable';

/**
 * Closed-app reminders: the browser's push subscription and the relay, together. The adapter
 * encrypts each reminder with the subscription's own keys; the relay only ever gets ciphertext.
 */
export interface ClosedAppPush {
	/** Whether this device and address can have closed-app reminders now, or why not. */
	availability(): Promise<'ready' | PushUnavailable>;
	/** Subscribes and registers with the relay; with `existing`, renews its endpoint if it changed. */
	enable(existing: PushDevice | null): Promise<PushDevice | PushUnavailable | 'unreachable'>;
	/** Replaces the relay's window of this device with these reminders. */
	upload(device: PushDevice, reminders: readonly PushReminder[]): Promise<RelayAnswer>;
	/** Unsubscribes, and removes the device at the relay where it can be reached. */
	disable(device: PushDevice | null): Promise<void>;
}
