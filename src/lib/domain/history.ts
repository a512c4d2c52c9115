import type { ExerciseId, RedFlagId } from './care';
import type { CareMeasureId } from './measures';
import type { LocalDate } from './time';

/** A symptom a check-in can report; a new one since the last check-in counts as spreading. */
export type SymptomName = 'numbness' | 'tingling' | 'belowKnee';

/** What happened on one past day, as the plan generator and trends need it. */
export interface DayRecord {
	readonly date: LocalDate;
	/** Daily pain 0-10 (NRS), if recorded. */
	readonly pain: number | null;
	/** The person declared a bad day / flare. */
	readonly flare: boolean;
	/** Items done that day. */
	readonly done: readonly {
		readonly measure: CareMeasureId;
		readonly exerciseIds: readonly ExerciseId[];
	}[];
	/** Timed items planned that day (for adherence); 0 when unknown. */
	readonly planned: number;
	/** Items skipped with a reason (they do not break a streak). */
	readonly skippedWithReason: number;
	/** How long the person could sit that day, in minutes, as the check-in recorded it. */
	readonly sittingMinutes?: number | null;
	/** Weight recorded that day (kg), if the weight module is on. */
	readonly weightKg?: number | null;
	/** Red-flag questions answered yes in that day's check-in. */
	readonly redFlags: readonly RedFlagId[];
	/** Symptoms that day's check-in reported. */
	readonly symptoms: readonly SymptomName[];
	/** When that day's check-in reported numbness (its last save, ISO instant); null if it did not. */
	readonly numbnessReportedAt: string | null;
}

/** Records strictly before `date` (and on or after `from`, if given), oldest first. */
export function recordsBefore(
	history: readonly DayRecord[],
	date: LocalDate,
	from?: LocalDate
): DayRecord[] {
	const before = history.filter((r) => r.date < date && (from === undefined || r.date >= from));
	// Callers usually pass history in date order; sort only when they did not.
	const sorted = before.every((r, i) => i === 0 || before[i - 1]!.date <= r.date);
	return sorted ? before : before.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
