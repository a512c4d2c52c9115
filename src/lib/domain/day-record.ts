import type { RedFlagId } from './care';
import type { DayRecord, SymptomName } from './history';
import type { DayPlan } from './plan';
import type { CheckIn, DailyEntry } from './records';
import type { LocalDate } from './time';

const SYMPTOMS: readonly SymptomName[] = ['numbness', 'tingling', 'belowKnee'];

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
		sittingMinutes: entry?.sittingToleranceMinutes ?? null,
		done: done.map((c) => ({ measure: c.measure, exerciseIds: c.exerciseIds })),
		planned: timedIds.size,
		skippedWithReason: checkIns.filter(
			(c) =>
				c.status === 'skipped' &&
				c.reason !== null &&
				c.reason.trim() !== '' &&
				timedIds.has(c.itemId)
		).length,
		symptoms: SYMPTOMS.filter((s) => entry?.symptoms[s] === true),
		// A yes to new numbness in one buttock or leg is numbness too (care-content.md section 5's
		// row: "the compress rule of section 1 applies to the numb area").
		numbnessReportedAt:
			entry?.symptoms.numbness || entry?.redFlags['numbness-buttock-leg'] === true
				? entry.updatedAt
				: null,
		redFlags: Object.entries(entry?.redFlags ?? {})
			.filter(([, yes]) => yes)
			.map(([id]) => id as RedFlagId)
	};
}
