import type { DayPlan } from './plan';
import type { Profile } from './profile';
import type { CheckIn, DailyEntry } from './records';
import type { LocalDate } from './time';

/** What the domain needs from outside; storage and the page implement these. */
export interface Clock {
	now(): Date;
	timeZone(): string;
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
