import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { SITTING_BREAK_SUGGESTIONS } from '$lib/content/sitting-breaks';
import type { ExerciseId } from '$lib/domain/care';
import { planDay } from '$lib/domain/plan';
import type { Phase } from '$lib/domain/profile';
import { sittingBreakSuggestions } from '$lib/domain/sitting-breaks';
import { makeContext, makeProfile } from '../fixtures/builders';

const STRETCH = 'Do the seated piriformis stretch.';
const gentle = (id: ExerciseId) => CARE_CATALOGUE.exercises[id].gentle;

describe('sitting-break suggestions', () => {
	it.each<{ name: string; chosen: ExerciseId[]; phase: Phase; stretch: boolean }>([
		{
			name: 'chosen, recovery day',
			chosen: ['seated-piriformis'],
			phase: 'recovery',
			stretch: true
		},
		{ name: 'not chosen', chosen: ['figure-four'], phase: 'recovery', stretch: false },
		// The seated piriformis stretch is not one of the gentle ones the plan keeps on flare days.
		{ name: 'chosen, flare day', chosen: ['seated-piriformis'], phase: 'flare', stretch: false }
	])('$name: the seated stretch offered = $stretch', ({ chosen, phase, stretch }) => {
		const texts = sittingBreakSuggestions(SITTING_BREAK_SUGGESTIONS, chosen, phase, gentle);
		expect(texts.includes(STRETCH)).toBe(stretch);
		// Walking and changing position are always there.
		expect(texts).toContain('Stand up and walk for 1-2 minutes.');
		expect(texts).toContain('Change position: shift your weight, or stand for a while.');
	});

	it('an exercise suggestion follows the exercise: on a flare day only if it is gentle', () => {
		const suggestions = [{ text: 'Do the nerve glide.', exercise: 'nerve-glide' as const }];
		const flare = (isGentle: boolean) =>
			sittingBreakSuggestions(suggestions, ['nerve-glide'], 'flare', () => isGentle);
		expect(flare(true)).toEqual(['Do the nerve glide.']);
		expect(flare(false)).toEqual([]);
	});

	it("the plan's sitting breaks carry the day's suggestions", () => {
		const sits = {
			sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5] as const, start: '09:00', end: '17:00' }]
		};
		const breaksOf = (profile: ReturnType<typeof makeProfile>) =>
			planDay(profile, '2026-06-15', [], makeContext('2026-06-14T20:00:00Z'))
				.items.filter((i) => i.measure === 'sitting-break')
				.map((i) => i.instructions);
		const chosen = makeProfile({ ...sits, stretchIds: ['figure-four', 'seated-piriformis'] });
		expect(breaksOf(chosen)[0]).toContain(STRETCH);
		const flare = { ...chosen, phase: 'flare' as const, flareStartedOn: '2026-06-14' };
		expect(breaksOf(flare).length).toBeGreaterThan(0);
		for (const instructions of breaksOf(flare)) expect(instructions).not.toContain(STRETCH);
		const notChosen = makeProfile({ ...sits, stretchIds: ['figure-four'] });
		for (const instructions of breaksOf(notChosen)) expect(instructions).not.toContain(STRETCH);
	});
});
