import type { SittingBreakSuggestion } from '$lib/domain/care';

/**
 * What to do in a 1-2 minute sitting break (care-content.md section 3; NHS Why we should sit less; ANSES; Eskenazi).
 * A suggestion that names an exercise is offered only where the plan would offer that exercise.
 */
export const SITTING_BREAK_SUGGESTIONS: readonly SittingBreakSuggestion[] = [
	{ text: 'Stand up and walk for 1-2 minutes.' },
	{ text: 'Do the seated piriformis stretch.', exercise: 'seated-piriformis' },
	{ text: 'Change position: shift your weight, or stand for a while.' }
];
