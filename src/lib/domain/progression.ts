import type { Exercise, WalkRules } from './care';
import type { DayRecord } from './history';

/**
 * Progression reads only this many days back (design choice): enough to reach every cap, and after
 * a long break an exercise starts gently again, as a new exercise does.
 */
export const PROGRESSION_WINDOW_DAYS = 90;

/** Days of comfortable practice per extra repetition ("every few days", design choice). */
export const DAYS_PER_REP_STEP = 3;

/** What a walk is keyed by among the exercise ids. */
const WALK_KEY = 'walk';

/** The exercise ids done on a day, and `walk` if a walk was. */
function keysDone(day: DayRecord): Set<string> {
	const keys = new Set<string>();
	for (const d of day.done) {
		if (d.measure === 'walk') keys.add(WALK_KEY);
		for (const id of d.exerciseIds) keys.add(id);
	}
	return keys;
}

/**
 * Progression steps earned for each key (an exercise id, or `walk`), in one pass over the days
 * (oldest first). A comfortable day has pain recorded, not higher than the last recorded pain, and
 * is not a declared flare; a worse or flare day resets every count. Each `daysPerStep` comfortable
 * days on which the key was done add one step.
 */
export function progressionSteps(
	days: readonly DayRecord[],
	keys: readonly string[],
	daysPerStep: number
): Map<string, number> {
	const steps = new Map(keys.map((k) => [k, 0]));
	const comfortable = new Map(keys.map((k) => [k, 0]));
	let lastPain: number | null = null;
	for (const day of days) {
		const worse = day.pain !== null && lastPain !== null && day.pain > lastPain;
		if (day.pain !== null) lastPain = day.pain;
		if (worse || day.flare) {
			for (const k of keys) comfortable.set(k, 0);
			continue;
		}
		if (day.pain === null) continue;
		const doneKeys = keysDone(day);
		for (const key of keys) {
			if (!doneKeys.has(key)) continue;
			const count = comfortable.get(key)! + 1;
			if (count === daysPerStep) {
				steps.set(key, steps.get(key)! + 1);
				comfortable.set(key, 0);
			} else comfortable.set(key, count);
		}
	}
	return steps;
}

/** Repetitions for each exercise: progressing ones start at 5 and add 1 every few comfortable days, capped. */
export function repsFor(
	exercises: readonly Exercise[],
	days: readonly DayRecord[],
	flare: boolean
): Map<Exercise['id'], number> {
	const growing = flare ? [] : exercises.filter((e) => e.reps.progresses).map((e) => e.id);
	const steps = progressionSteps(days, growing, DAYS_PER_REP_STEP);
	return new Map(
		exercises.map((e) => [e.id, Math.min(e.reps.max, e.reps.start + (steps.get(e.id) ?? 0))])
	);
}

export function walkMinutesFor(
	rules: WalkRules,
	days: readonly DayRecord[],
	flare: boolean
): number {
	if (flare) return rules.startMinutes;
	const steps = progressionSteps(days, [WALK_KEY], rules.comfortableDaysPerStep).get(WALK_KEY)!;
	return Math.min(rules.maxMinutes, rules.startMinutes + rules.stepMinutes * steps);
}
