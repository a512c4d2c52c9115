import type { ExerciseId, RedFlagId } from './care';
import type { DayRecord } from './history';
import type { CareMeasureId } from './measures';
import type { DayPlan } from './plan';
import type { Side } from './profile';
import type { LocalDate } from './time';

export type CheckInStatus = 'done' | 'skipped' | 'snoozed';

/** What happened to one plan item; the latest word on it (done after a snooze replaces it). */
export interface CheckIn {
	readonly itemId: string;
	readonly date: LocalDate;
	readonly measure: CareMeasureId;
	readonly status: CheckInStatus;
	/** When it was recorded, ISO 8601. */
	readonly at: string;
	/** Why it was skipped, in the person's words (optional). */
	readonly reason: string | null;
	/** When a snoozed item comes back, ISO 8601. */
	readonly snoozedUntil: string | null;
	readonly exerciseIds: readonly ExerciseId[];
}

export interface Symptoms {
	readonly numbness: boolean;
	readonly tingling: boolean;
	readonly belowKnee: boolean;
	readonly side: Side | null;
}

/** The daily check-in: one per date, editable that day. */
export interface DailyEntry {
	readonly date: LocalDate;
	/** Pain now, 0-10 (NRS). */
	readonly pain: number | null;
	readonly sittingToleranceMinutes: number | null;
	readonly symptoms: Symptoms;
	/** Red-flag answers: yes, no, or absent when not answered. */
	readonly redFlags: Partial<Record<RedFlagId, boolean>>;
	/** The person declared a bad day / flare. */
	readonly flare: boolean;
	readonly weightKg: number | null;
	readonly notes: string;
	readonly updatedAt: string;
}

/** A daily entry with nothing answered yet. */
export function blankDailyEntry(date: LocalDate, now: Date): DailyEntry {
	return {
		date,
		pain: null,
		sittingToleranceMinutes: null,
		symptoms: { numbness: false, tingling: false, belowKnee: false, side: null },
		redFlags: {},
		flare: false,
		weightKg: null,
		notes: '',
		updatedAt: now.toISOString()
	};
}

/** The history record the plan generator and trends read, built from one day's raw records. */
export function dayRecordFrom(
	date: LocalDate,
	plan: DayPlan | null,
	checkIns: readonly CheckIn[],
	entry: DailyEntry | null
): DayRecord {
	const timedIds = new Set(plan?.items.filter((i) => i.kind === 'timed').map((i) => i.id) ?? []);
	const done = checkIns.filter((c) => c.status === 'done');
	return {
		date,
		pain: entry?.pain ?? null,
		flare: entry?.flare ?? false,
		weightKg: entry?.weightKg ?? null,
		done: done.map((c) => ({ measure: c.measure, exerciseIds: c.exerciseIds })),
		planned: timedIds.size,
		skippedWithReason: checkIns.filter(
			(c) =>
				c.status === 'skipped' &&
				c.reason !== null &&
				c.reason.trim() !== '' &&
				timedIds.has(c.itemId)
		).length,
		redFlags: Object.entries(entry?.redFlags ?? {})
			.filter(([, yes]) => yes)
			.map(([id]) => id as RedFlagId)
	};
}
