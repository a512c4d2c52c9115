import type { DayPlan } from './plan';
import type { Profile } from './profile';
import type { CheckIn, DailyEntry } from './records';
import type { LocalDate, WallClock } from './time';

/** What the domain needs from outside; storage and the page implement these. */
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

/** A reminder or rest prompt to show the person outside the page (a system notification). */
export interface ReminderMessage {
	/** Replaces an earlier notification with the same tag. */
	readonly tag: string;
	readonly title: string;
	readonly body: string;
	readonly kind: 'item' | 'rest';
	readonly itemId: string | null;
	readonly date: string;
}

/** Delivers reminders; the in-app banner is shown regardless of what a sink can do. */
export interface ReminderSink {
	/** Whether this device will show system notifications now. */
	available(): boolean;
	show(message: ReminderMessage): Promise<void>;
}
