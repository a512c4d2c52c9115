import type { ExerciseId, SittingBreakSuggestion } from './care';
import type { Phase } from './profile';

/**
 * The sitting-break suggestions for a person on a day: one that names an exercise only if they
 * chose that exercise, and on a flare day only if it is one of the gentle ones (as the plan does).
 */
export function sittingBreakSuggestions(
	suggestions: readonly SittingBreakSuggestion[],
	chosen: readonly ExerciseId[],
	phase: Phase,
	isGentle: (exercise: ExerciseId) => boolean
): string[] {
	return suggestions
		.filter(
			({ exercise }) =>
				exercise === undefined ||
				(chosen.includes(exercise) && (phase !== 'flare' || isGentle(exercise)))
		)
		.map((s) => s.text);
}

/**
 * What to do in a sitting break today: the plan's list, made for the day's phase and the person's
 * exercises. With no break on the plan (no sitting hours today), the same rule, except that on a
 * flare day no exercise is offered (the exercise catalogue is not at hand where this is shown).
 */
export function todaysBreakSuggestions(
	// The plan's shape, not its type: plan.ts imports this module.
	plan: {
		readonly phase: Phase;
		readonly items: readonly {
			readonly measure: string;
			readonly instructions: readonly string[];
		}[];
	} | null,
	chosen: readonly ExerciseId[],
	suggestions: readonly SittingBreakSuggestion[]
): readonly string[] {
	return (
		plan?.items.find((i) => i.measure === 'sitting-break')?.instructions ??
		sittingBreakSuggestions(suggestions, chosen, plan?.phase ?? 'recovery', () => false)
	);
}
