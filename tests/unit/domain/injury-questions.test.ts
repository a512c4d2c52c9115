import { describe, expect, it } from 'vitest';
import { INJURY_RED_FLAGS } from '$lib/content/red-flags';
import { asksInjurySigns, INJURY_KINDS } from '$lib/domain/visit-answers';

describe('the doctor’s injury question asks the injury signs (issue 24 point 17)', () => {
	it.each([
		{ injury: 'yes', kinds: ['accident'], asks: true },
		{ injury: 'yes', kinds: ['fall'], asks: true },
		{ injury: 'yes', kinds: ['blow', 'twist'], asks: true },
		{ injury: 'yes', kinds: ['twist'], asks: false },
		{ injury: 'yes', kinds: ['deep-wound'], asks: false },
		{ injury: 'yes', kinds: [], asks: false },
		{ injury: 'no', kinds: ['accident'], asks: false },
		{ injury: '', kinds: ['fall'], asks: false },
		{ injury: null, kinds: ['fall'], asks: false }
	] as const)('$injury with $kinds: asks $asks', ({ injury, kinds, asks }) => {
		expect(asksInjurySigns(injury, kinds)).toBe(asks);
	});

	it('every kind the question offers is known', () => {
		expect(INJURY_KINDS).toEqual(['accident', 'fall', 'twist', 'blow', 'deep-wound']);
	});

	it('asks the three injury signs, most urgent first', () => {
		expect(INJURY_RED_FLAGS.map((f) => [f.id, f.level])).toEqual([
			['after-accident', 'emergency'],
			['minor-fall-at-risk', 'same-day'],
			['minor-injury', 'routine']
		]);
	});
});
