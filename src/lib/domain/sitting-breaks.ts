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
