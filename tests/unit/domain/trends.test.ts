import { describe, expect, it } from 'vitest';
import type { DayRecord } from '$lib/domain/history';
import { addDays } from '$lib/domain/time';
import {
	currentStreak,
	dayCompletion,
	measuresOnLowerPainDays,
	painTrend
} from '$lib/domain/trends';
import { makeDay } from '../fixtures/builders';

const TODAY = '2026-03-29'; // a spring-forward Sunday in Europe: dates must not care
const stretchDone = { measure: 'stretch' as const, exerciseIds: [] };
const walkDone = { measure: 'walk' as const, exerciseIds: [] };

describe('painTrend', () => {
	it.each([
		{ pains: [1, 2, 3, 4, 5, 6, 7], direction: 'worse', slope: 1 },
		{ pains: [7, 6, 5, 4, 3, 2, 1], direction: 'better', slope: -1 },
		{ pains: [4, 4, 4, 4], direction: 'steady', slope: 0 },
		{ pains: [4, 4, 4], direction: 'unknown', slope: 0 }
	])('$pains is $direction', ({ pains, direction, slope }) => {
		const history = pains.map((pain, i) =>
			makeDay({ date: addDays(TODAY, i - pains.length + 1), pain })
		);
		expect(painTrend(history, TODAY)).toMatchObject({ direction, slopePerDay: slope });
	});

	it('ignores days outside the 7-day window', () => {
		const history = [
			makeDay({ date: addDays(TODAY, -10), pain: 0 }),
			...[5, 5, 5, 5].map((pain, i) => makeDay({ date: addDays(TODAY, -i), pain }))
		];
		expect(painTrend(history, TODAY)).toMatchObject({ direction: 'steady', points: 4 });
	});
});

describe('adherence', () => {
	it.each([
		{
			record: makeDay({ date: TODAY, planned: 4, done: [stretchDone, walkDone] }),
			completion: 0.5
		},
		{ record: makeDay({ date: TODAY, planned: 0 }), completion: null },
		{
			record: makeDay({
				date: TODAY,
				planned: 1,
				done: [{ measure: 'sitting-break', exerciseIds: [] }]
			}),
			completion: 0
		}
	])('day completion $completion', ({ record, completion }) => {
		expect(dayCompletion(record)).toBe(completion);
	});

	const kept = (date: string, extra: Partial<DayRecord> = {}) =>
		makeDay({ date, planned: 2, done: [stretchDone, walkDone], ...extra });
	const missed = (date: string, extra: Partial<DayRecord> = {}) =>
		makeDay({ date, planned: 2, done: [], ...extra });

	it.each([
		{
			name: 'three kept days',
			history: [kept('2026-03-27'), kept('2026-03-28'), kept(TODAY)],
			streak: 3
		},
		{
			name: 'today under way does not break it',
			history: [kept('2026-03-27'), kept('2026-03-28'), missed(TODAY)],
			streak: 2
		},
		{
			name: 'a missed day breaks it',
			history: [kept('2026-03-26'), missed('2026-03-27'), kept('2026-03-28')],
			streak: 1
		},
		{
			name: 'a day with no record breaks it',
			history: [kept('2026-03-26'), kept('2026-03-28')],
			streak: 1
		},
		{
			name: 'a declared flare day does not break it',
			history: [kept('2026-03-26'), missed('2026-03-27', { flare: true }), kept('2026-03-28')],
			streak: 2
		},
		{
			name: 'skipped with a reason does not break it',
			history: [
				kept('2026-03-27'),
				makeDay({ date: '2026-03-28', planned: 2, done: [walkDone], skippedWithReason: 1 })
			],
			streak: 2
		},
		{ name: 'nothing recorded', history: [], streak: 0 }
	])('streak: $name', ({ history, streak }) => {
		expect(currentStreak(history, TODAY)).toBe(streak);
	});
});

describe('measuresOnLowerPainDays', () => {
	it('counts each measure on lower-pain days and on the others', () => {
		const history = [
			makeDay({ date: '2026-03-20', pain: 2, done: [walkDone, stretchDone] }),
			makeDay({ date: '2026-03-21', pain: 3, done: [walkDone] }),
			makeDay({ date: '2026-03-22', pain: 6, done: [stretchDone] }),
			makeDay({ date: '2026-03-23', pain: 7, done: [] }),
			makeDay({ date: '2026-03-24', pain: 5, done: [walkDone] })
		];
		// Median 5: lower days are the 2 and the 3.
		expect(measuresOnLowerPainDays(history)).toEqual([
			{ measure: 'walk', lowerPainDaysDone: 2, lowerPainDays: 2, otherDaysDone: 1, otherDays: 3 },
			{ measure: 'stretch', lowerPainDaysDone: 1, lowerPainDays: 2, otherDaysDone: 1, otherDays: 3 }
		]);
	});

	it('says nothing with too few days or no spread', () => {
		expect(measuresOnLowerPainDays([makeDay({ date: TODAY, pain: 3 })])).toEqual([]);
		expect(
			measuresOnLowerPainDays(
				[1, 2, 3, 4].map((d) => makeDay({ date: `2026-03-0${d}`, pain: 4, done: [walkDone] }))
			)
		).toEqual([]);
	});
});
