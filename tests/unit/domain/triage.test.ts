import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import type { RedFlagId } from '$lib/domain/care';
import { triage } from '$lib/domain/triage';
import { addDays } from '$lib/domain/time';
import { makeDay } from '../fixtures/builders';

const TODAY = '2026-06-15';
const week = (pains: (number | null)[]) =>
	pains.map((pain, i) => makeDay({ date: addDays(TODAY, i - pains.length + 1), pain }));

describe('triage', () => {
	it.each<{ answers: Partial<Record<RedFlagId, boolean>>; level: string }>([
		{ answers: {}, level: 'none' },
		{ answers: { 'bladder-bowel': false, 'saddle-numbness': false }, level: 'none' },
		{ answers: { 'bladder-bowel': true }, level: 'emergency' },
		{ answers: { 'saddle-numbness': true }, level: 'emergency' },
		{ answers: { 'both-legs': true }, level: 'emergency' },
		{ answers: { 'after-accident': true }, level: 'emergency' },
		{ answers: { 'chest-pain': true }, level: 'emergency' },
		{ answers: { 'fever-or-infection': true }, level: 'same-day' },
		{ answers: { 'weight-loss-or-cancer': true }, level: 'same-day' },
		{ answers: { 'foot-drop': true }, level: 'same-day' },
		{ answers: { 'night-pain': true }, level: 'same-day' },
		{ answers: { 'numbness-buttock-leg': true }, level: 'routine' },
		{ answers: { 'stopping-activities': true }, level: 'routine' },
		{
			answers: { 'stopping-activities': true, 'foot-drop': true, 'saddle-numbness': true },
			level: 'emergency'
		},
		{ answers: { 'stopping-activities': true, 'night-pain': true }, level: 'same-day' }
	])('$answers -> $level', ({ answers, level }) => {
		const result = triage(
			{ answers, history: [], painStartedOn: null, today: TODAY },
			CARE_CATALOGUE
		);
		expect(result.level).toBe(level);
		if (level === 'none') expect(result.advice).toBeNull();
		else expect(result.advice?.level).toBe(level);
	});

	it('puts the most urgent reason first and shows the words to act on', () => {
		const result = triage(
			{
				answers: { 'stopping-activities': true, 'bladder-bowel': true },
				history: [],
				painStartedOn: null,
				today: TODAY
			},
			CARE_CATALOGUE
		);
		expect(result.reasons[0]).toMatch(/bladder or bowels/);
		expect(result.advice?.heading).toBe('Get urgent help now');
	});

	it.each([
		{ pains: [2, 3, 4, 5, 6, 7, 8], level: 'routine' },
		{ pains: [3, 3, 4, 4, 5, 5, 6], level: 'routine' },
		{ pains: [5, 5, 5, 5, 5, 5, 5], level: 'none' },
		{ pains: [8, 7, 6, 5, 4, 3, 2], level: 'none' },
		{ pains: [2, null, null, null, null, 8, 9], level: 'none' }, // too few points to call a trend
		{ pains: [4, 5, 4, 5, 4, 5, 4], level: 'none' }
	])('a 7-day pain trend $pains -> $level', ({ pains, level }) => {
		const result = triage(
			{ answers: {}, history: week(pains), painStartedOn: null, today: TODAY },
			CARE_CATALOGUE
		);
		expect(result.level).toBe(level);
	});

	it.each([
		{ painStartedOn: addDays(TODAY, -42), level: 'none' },
		{ painStartedOn: addDays(TODAY, -43), level: 'routine' },
		{ painStartedOn: addDays(TODAY, -200), level: 'routine' }
	])('pain since $painStartedOn -> $level', ({ painStartedOn, level }) => {
		const result = triage(
			{ answers: {}, history: [], painStartedOn, today: TODAY },
			CARE_CATALOGUE
		);
		expect(result.level).toBe(level);
		if (level === 'routine')
			expect(result.reasons).toContain('Your pain has lasted more than 6 weeks.');
	});

	it.each([
		{ firstPain: 42, level: 'none' },
		{ firstPain: 43, level: 'routine' },
		{ firstPain: 89, level: 'routine' }
	])(
		'no start date given: counts from the first check-in with pain, $firstPain days ago -> $level',
		({ firstPain, level }) => {
			const history = [
				makeDay({ date: addDays(TODAY, -firstPain - 3), pain: null }), // a day with no pain score
				makeDay({ date: addDays(TODAY, -firstPain), pain: 3 }),
				makeDay({ date: addDays(TODAY, -1), pain: 3 })
			];
			const result = triage(
				{ answers: {}, history, painStartedOn: null, today: TODAY },
				CARE_CATALOGUE
			);
			expect(result.level).toBe(level);
			expect(result.reasons.includes('You have recorded pain here for more than 6 weeks.')).toBe(
				level === 'routine'
			);
		}
	);

	it('a start date given wins over the first check-in', () => {
		const history = [makeDay({ date: addDays(TODAY, -60), pain: 3 })];
		const result = triage(
			{ answers: {}, history, painStartedOn: addDays(TODAY, -10), today: TODAY },
			CARE_CATALOGUE
		);
		expect(result.level).toBe('none');
	});
});
