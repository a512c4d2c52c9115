import type { Exercise, WalkRules } from './care';
import type { DayRecord } from './history';
import type { CareMeasureId } from './measures';

/**
 * Counts "comfortable" days on which `wasDone` holds: pain recorded and not higher than the last
 * recorded pain, and not a declared flare. A worse day resets the count. Each `daysPerStep`
 * comfortable days add one step. `history` is oldest first.
 */
function progressionSteps(
	history: readonly DayRecord[],
	wasDone: (day: DayRecord) => boolean,
	daysPerStep: number,
	maxSteps: number
): number {
	let steps = 0;
	let comfortable = 0;
	let lastPain: number | null = null;
	for (const day of history) {
		const worse = day.pain !== null && lastPain !== null && day.pain > lastPain;
		if (day.pain !== null) lastPain = day.pain;
		if (worse || day.flare) {
			comfortable = 0;
			continue;
		}
		if (day.pain === null || !wasDone(day)) continue;
		comfortable += 1;
		if (comfortable === daysPerStep) {
			steps = Math.min(maxSteps, steps + 1);
			comfortable = 0;
		}
	}
	return steps;
}

/** Days of comfortable practice per extra repetition ("every few days", design choice). */
export const DAYS_PER_REP_STEP = 3;

/** Repetitions for a progressing exercise: start at 5, +1 every few comfortable days, capped. */
export function repsFor(exercise: Exercise, history: readonly DayRecord[], flare: boolean): number {
	const { start, max, progresses } = exercise.reps;
	if (!progresses || flare) return start;
	const steps = progressionSteps(
		history,
		(day) => day.done.some((d) => d.exerciseIds.includes(exercise.id)),
		DAYS_PER_REP_STEP,
		max - start
	);
	return start + steps;
}

export function walkMinutesFor(
	rules: WalkRules,
	history: readonly DayRecord[],
	flare: boolean
): number {
	if (flare) return rules.startMinutes;
	const maxSteps = Math.floor((rules.maxMinutes - rules.startMinutes) / rules.stepMinutes);
	const walked = (day: DayRecord) =>
		day.done.some((d) => d.measure === ('walk' satisfies CareMeasureId));
	return (
		rules.startMinutes +
		rules.stepMinutes * progressionSteps(history, walked, rules.comfortableDaysPerStep, maxSteps)
	);
}
