import { describe, expect, it } from 'vitest';
import type { DayPlan } from '$lib/domain/plan';
import type { CheckIn, DailyEntry } from '$lib/domain/records';
import { addDays } from '$lib/domain/time';
import {
	checkVisitAnswers,
	NO_VISIT_ANSWERS,
	offersVisitQuestions,
	painStartDate,
	type VisitAnswers
} from '$lib/domain/visit-answers';
import { buildVisitSummary, datesOf, type VisitSummaryInput } from '$lib/domain/visit-summary';
import type { WarningSign } from '$lib/domain/warning-signs';
import { makeVisitInput } from '../fixtures/builders';
import { makeCheckIn, makeEntry, makePlan } from '../storage/plan-fixtures';

// The summary is built from local dates only: the suite runs it in every zone it is given, and the
// DST cases check that a clock change neither adds nor loses a day.

const input = makeVisitInput;

/** `days` days of records from `first`: pain and sitting from the functions, a plan a day. */
function diary(
	first: string,
	days: number,
	day: (i: number) => Partial<DailyEntry> = () => ({})
): { entries: DailyEntry[]; plans: DayPlan[] } {
	const entries: DailyEntry[] = [];
	const plans: DayPlan[] = [];
	for (let i = 0; i < days; i++) {
		const date = addDays(first, i);
		entries.push(makeEntry(date, day(i)));
		plans.push(makePlan(date));
	}
	return { entries, plans };
}

const sign = (overrides: Partial<WarningSign>): WarningSign => ({
	id: 'foot-drop',
	level: 'same-day',
	answeredOn: '2026-11-10',
	answeredAt: '2026-11-10T19:00:00.000Z',
	from: 'check-in',
	resolvedAt: null,
	resolution: null,
	...overrides
});

describe('buildVisitSummary', () => {
	it('an empty range: nothing recorded anywhere, and no question answered', () => {
		const s = buildVisitSummary(input());
		expect(s.days).toBe(28);
		expect(s.daysCheckedIn).toBe(0);
		expect(s.painStart).toBeNull();
		expect(s.injury).toEqual({ answer: null, kinds: [], note: '' });
		expect(s.family).toEqual({ answer: null, note: '' });
		expect(s.activity.routine).toBe('');
		expect(s.pain).toMatchObject({ daysRecorded: 0, best: null, worst: null, average: null });
		expect(s.pain.daily).toHaveLength(28);
		expect(s.pain.daily.every((d) => d.value === null)).toBe(true);
		expect(s.sitting).toMatchObject({ daysRecorded: 0, typical: null, firstWeek: null });
		expect(s.symptoms).toMatchObject({ daysRecorded: 0, belowKnee: 0, sides: [] });
		expect(s.measures).toEqual([]);
		expect(s.flareDays).toEqual([]);
		expect(s.lowerPainDays).toEqual([]);
		expect(s.weight).toBeNull();
		expect(s.medicine).toEqual([]);
	});

	it('one day: its figures are the day itself', () => {
		const { entries, plans } = diary('2026-11-29', 1, () => ({
			pain: 6,
			sittingToleranceMinutes: 20
		}));
		const s = buildVisitSummary(
			input({ range: { from: '2026-11-29', to: '2026-11-29' }, entries, plans })
		);
		expect(s.days).toBe(1);
		expect(s.pain).toMatchObject({ daysRecorded: 1, best: 6, worst: 6, average: 6 });
		expect(s.pain.latest).toEqual({ date: '2026-11-29', value: 6 });
		expect(s.sitting).toMatchObject({ typical: 20, shortest: 20, longest: 20 });
		// One day cannot compare a first week with a last.
		expect(s.sitting.firstWeek).toBeNull();
		expect(s.sitting.lastWeek).toBeNull();
	});

	it.each([
		['Europe spring forward', '2026-03-22', '2026-04-04', 14],
		['US spring forward', '2026-03-01', '2026-03-14', 14],
		['Europe fall back', '2026-10-18', '2026-11-14', 28],
		['Southern hemisphere (Sydney) fall back', '2026-03-29', '2026-04-11', 14]
	])('a range across a clock change (%s) has each date once', (_, from, to, days) => {
		const dates = datesOf({ from, to });
		expect(dates).toHaveLength(days);
		expect(new Set(dates).size).toBe(days);
		expect(dates[0]).toBe(from);
		expect(dates.at(-1)).toBe(to);
		const { entries, plans } = diary(from, days, (i) => ({ pain: i % 2 === 0 ? 2 : 4 }));
		const s = buildVisitSummary(input({ range: { from, to }, entries, plans }));
		expect(s.days).toBe(days);
		expect(s.pain.daily.map((d) => d.date)).toEqual(dates);
		expect(s.pain).toMatchObject({ daysRecorded: days, best: 2, worst: 4, average: 3 });
		expect(s.measures.find((m) => m.measure === 'stretch')?.daysPlanned).toBe(days);
	});

	it('only records inside the range count', () => {
		const { entries, plans } = diary('2026-10-30', 10, () => ({ pain: 5 }));
		const s = buildVisitSummary(
			input({ range: { from: '2026-11-02', to: '2026-11-05' }, entries, plans })
		);
		expect(s.pain.daysRecorded).toBe(4);
		expect(s.daysCheckedIn).toBe(4);
		expect(s.measures.every((m) => m.daysPlanned <= 4)).toBe(true);
	});

	it('flare days are the days the person declared a flare, oldest first', () => {
		const { entries } = diary('2026-11-02', 14, (i) => ({ flare: i === 3 || i === 9 }));
		const s = buildVisitSummary(input({ entries }));
		expect(s.flareDays).toEqual(['2026-11-05', '2026-11-11']);
	});

	it('skipped items: reasons grouped and counted, skips without a reason counted apart', () => {
		const plans = [makePlan('2026-11-10'), makePlan('2026-11-11'), makePlan('2026-11-12')];
		const stretchIndex = (p: DayPlan, n = 0) =>
			p.items.map((it, i) => (it.measure === 'stretch' ? i : -1)).filter((i) => i >= 0)[n]!;
		const checkIns: CheckIn[] = [
			makeCheckIn(plans[0]!, stretchIndex(plans[0]!), { status: 'done' }),
			makeCheckIn(plans[0]!, stretchIndex(plans[0]!, 1), { status: 'skipped', reason: 'At work' }),
			makeCheckIn(plans[1]!, stretchIndex(plans[1]!), { status: 'skipped', reason: ' At work ' }),
			makeCheckIn(plans[1]!, stretchIndex(plans[1]!, 1), {
				status: 'skipped',
				reason: 'Too sore'
			}),
			makeCheckIn(plans[2]!, stretchIndex(plans[2]!), { status: 'skipped', reason: null }),
			makeCheckIn(plans[2]!, stretchIndex(plans[2]!, 1), { status: 'skipped', reason: '  ' })
		];
		const s = buildVisitSummary(input({ plans, checkIns }));
		const stretch = s.measures.find((m) => m.measure === 'stretch')!;
		expect(stretch).toMatchObject({
			daysPlanned: 3,
			daysDone: 1,
			itemsDone: 1,
			skipped: 5,
			skippedWithoutReason: 2
		});
		expect(stretch.itemsPlanned).toBe(
			plans.reduce((n, p) => n + p.items.filter((i) => i.measure === 'stretch').length, 0)
		);
		expect(stretch.reasons).toEqual([
			{ reason: 'At work', times: 2 },
			{ reason: 'Too sore', times: 1 }
		]);
		// Measures the plans never held are left out.
		expect(s.measures.some((m) => m.measure === 'weigh-in')).toBe(false);
	});

	it.each([
		[
			'answered in the range, later assessed',
			[sign({ resolvedAt: '2026-11-12T09:00:00.000Z', resolution: 'assessed' })],
			[{ answeredOn: '2026-11-10', resolution: 'assessed', resolvedOn: '2026-11-12' }]
		],
		[
			'answered before the range and still open',
			[sign({ answeredOn: '2026-10-01', answeredAt: '2026-10-01T08:00:00.000Z' })],
			[{ answeredOn: '2026-10-01', resolution: null, resolvedOn: null }]
		],
		[
			'answered before the range and dealt with then',
			[
				sign({
					answeredOn: '2026-10-01',
					resolvedAt: '2026-10-02T08:00:00.000Z',
					resolution: 'assessed'
				})
			],
			[]
		],
		[
			'answered after the range',
			[sign({ answeredOn: '2026-12-01', answeredAt: '2026-12-01T08:00:00.000Z' })],
			[]
		],
		[
			'taken back the same day',
			[sign({ resolvedAt: '2026-11-10T19:05:00.000Z', resolution: 'withdrawn' })],
			[{ answeredOn: '2026-11-10', resolution: 'withdrawn', resolvedOn: '2026-11-10' }]
		],
		[
			'known, not new since an assessment',
			[
				sign({
					resolvedAt: '2026-11-10T08:00:00.000Z',
					resolution: 'known',
					assessedAt: '2026-11-02T10:00:00.000Z'
				})
			],
			[
				{
					answeredOn: '2026-11-10',
					resolution: 'known',
					resolvedOn: '2026-11-10',
					assessedOn: '2026-11-02'
				}
			]
		]
	])('warning signs: %s', (_, signs, expected) => {
		const s = buildVisitSummary(input({ warningSigns: { signs, setUp: null } }));
		expect(
			s.warningSigns.map(({ answeredOn, resolution, resolvedOn, assessedOn }) => ({
				answeredOn,
				resolution,
				resolvedOn,
				...(assessedOn ? { assessedOn } : {})
			}))
		).toEqual(expected);
	});

	it.each([
		['off', false, [70, 71], null],
		['on, nothing weighed', true, [null, null], { daysRecorded: 0 }],
		[
			'on, weighed twice',
			true,
			[82.4, 81.1],
			{
				first: { date: '2026-11-03', kg: 82.4 },
				last: { date: '2026-11-24', kg: 81.1 },
				changeKg: -1.3,
				daysRecorded: 2
			}
		]
	])('weight module %s', (_, on, [a, b], expected) => {
		const entries = [
			makeEntry('2026-11-03', { weightKg: a ?? null }),
			makeEntry('2026-11-10'),
			makeEntry('2026-11-24', { weightKg: b ?? null })
		];
		expect(buildVisitSummary(input({ weightModuleOn: on, entries })).weight).toEqual(expected);
	});

	it.each<[string, Partial<VisitSummaryInput>, unknown]>([
		['not answered, no date in the plan', {}, null],
		[
			'not answered, the plan has a date',
			{ profilePainStartedOn: '2026-10-20' },
			{ date: '2026-10-20', estimate: null, onset: null }
		],
		[
			'a date, sudden',
			{
				profilePainStartedOn: '2026-10-20',
				answers: {
					...NO_VISIT_ANSWERS,
					painStart: { kind: 'date', on: '2026-10-12' },
					onset: 'sudden'
				}
			},
			{ date: '2026-10-12', estimate: null, onset: 'sudden' }
		],
		[
			'about 6 weeks ago, gradual',
			{
				answers: {
					...NO_VISIT_ANSWERS,
					painStart: { kind: 'about', amount: 6, unit: 'weeks', answeredOn: '2026-11-20' },
					onset: 'gradual'
				}
			},
			{
				date: '2026-10-09',
				estimate: { amount: 6, unit: 'weeks', answeredOn: '2026-11-20' },
				onset: 'gradual'
			}
		]
	])('when the pain started: %s', (_, overrides, expected) => {
		expect(buildVisitSummary(input(overrides)).painStart).toEqual(expected);
	});

	it('answers kept in words are trimmed; injury and family details only with a yes', () => {
		const answers: VisitAnswers = {
			...NO_VISIT_ANSWERS,
			injury: 'no',
			injuryKinds: ['fall'],
			injuryNote: 'left over from an edit',
			familyWeakness: 'yes',
			familyNote: ' My mother ',
			exerciseRoutine: ' Swim twice a week ',
			sittingHoursAtWork: 7,
			heavyLifting: 'yes',
			helps: 'Walking',
			worsens: 'Driving'
		};
		const s = buildVisitSummary(input({ answers }));
		expect(s.injury).toEqual({ answer: 'no', kinds: [], note: '' });
		expect(s.family).toEqual({ answer: 'yes', note: 'My mother' });
		expect(s.activity).toEqual({
			sittingHoursAtWork: 7,
			sport: null,
			runningOrStairs: null,
			heavyLifting: 'yes',
			routine: 'Swim twice a week'
		});
		expect([s.helps, s.worsens, s.tried]).toEqual(['Walking', 'Driving', '']);
	});

	it('sitting: the first week against the last in a range of two weeks or more', () => {
		const { entries } = diary('2026-11-02', 28, (i) => ({
			sittingToleranceMinutes: i < 7 ? 15 : i >= 21 ? 40 : null
		}));
		const s = buildVisitSummary(input({ entries }));
		expect(s.sitting).toMatchObject({
			daysRecorded: 14,
			firstWeek: 15,
			lastWeek: 40,
			shortest: 15,
			longest: 40,
			typical: 27.5
		});
	});

	it('symptoms: days below the knee, numbness, tingling, worse on coughing, and the side most named', () => {
		const entries = [
			makeEntry('2026-11-03', {
				symptoms: {
					numbness: true,
					tingling: false,
					belowKnee: true,
					coughSneezeStrain: false,
					side: 'left'
				}
			}),
			makeEntry('2026-11-04', {
				symptoms: {
					numbness: false,
					tingling: true,
					belowKnee: true,
					coughSneezeStrain: true,
					side: 'left'
				}
			}),
			makeEntry('2026-11-05', {
				symptoms: {
					numbness: false,
					tingling: false,
					belowKnee: false,
					coughSneezeStrain: false,
					side: 'right'
				}
			}),
			makeEntry('2026-11-06', {
				pain: 0,
				symptoms: {
					numbness: false,
					tingling: false,
					belowKnee: false,
					coughSneezeStrain: false,
					side: 'both'
				}
			})
		];
		expect(buildVisitSummary(input({ entries })).symptoms).toEqual({
			daysRecorded: 4,
			belowKnee: 2,
			numbness: 1,
			tingling: 1,
			coughSneezeStrain: 1,
			// A day with no pain and no symptom names no side.
			sides: ['left', 'right'],
			lastBelowKnee: '2026-11-04'
		});
	});

	it('lower-pain days list only measures done more often on them: an association', () => {
		const plans: DayPlan[] = [];
		const checkIns: CheckIn[] = [];
		const entries: DailyEntry[] = [];
		for (let i = 0; i < 8; i++) {
			const plan = makePlan(addDays('2026-11-02', i));
			plans.push(plan);
			const low = i % 2 === 0;
			entries.push(makeEntry(plan.date, { pain: low ? 2 : 6 }));
			const walk = plan.items.findIndex((it) => it.measure === 'walk');
			if (low && walk >= 0) checkIns.push(makeCheckIn(plan, walk, { status: 'done' }));
		}
		const s = buildVisitSummary(input({ entries, plans, checkIns }));
		expect(s.lowerPainDays.map((m) => m.measure)).toEqual(['walk']);
		expect(s.lowerPainDays[0]).toMatchObject({ lowerPainDaysDone: 4, lowerPainDays: 4 });
	});

	it('medicine lines are listed; notes only on the days the person chose', () => {
		const entries = [
			makeEntry('2026-11-03', { medicine: ' Ibuprofen 200 mg twice ', notes: 'Long drive' }),
			makeEntry('2026-11-04', { medicine: '', notes: 'Private' }),
			makeEntry('2026-11-05', { notes: '  ' })
		];
		const s = buildVisitSummary(
			input({ entries, includedNotes: ['2026-11-03', '2026-11-05', '2026-11-20'] })
		);
		expect(s.medicine).toEqual([{ date: '2026-11-03', text: 'Ibuprofen 200 mg twice' }]);
		expect(s.notes).toEqual([{ date: '2026-11-03', text: 'Long drive' }]);
	});
});

describe("the doctor's questions", () => {
	it.each<[string, unknown, string | null]>([
		['no answer at all', NO_VISIT_ANSWERS, null],
		[
			'about 3 months',
			{
				...NO_VISIT_ANSWERS,
				painStart: { kind: 'about', amount: 3, unit: 'months', answeredOn: '2026-11-29' }
			},
			null
		],
		[
			'a start after today',
			{ ...NO_VISIT_ANSWERS, painStart: { kind: 'date', on: '2026-11-30' } },
			'The start cannot be after today.'
		],
		[
			'an impossible date',
			{ ...NO_VISIT_ANSWERS, painStart: { kind: 'date', on: '2026-02-30' } },
			'The start must be a real date.'
		],
		[
			'zero weeks',
			{
				...NO_VISIT_ANSWERS,
				painStart: { kind: 'about', amount: 0, unit: 'weeks', answeredOn: '2026-11-29' }
			},
			'How long ago must be at least 1.'
		],
		[
			'25 hours sitting',
			{ ...NO_VISIT_ANSWERS, sittingHoursAtWork: 25 },
			'Hours sitting must be 0 to 24.'
		],
		[
			'an unknown injury',
			{ ...NO_VISIT_ANSWERS, injury: 'yes', injuryKinds: ['dragon'] },
			'is not a known kind of injury'
		],
		[
			'a note too long',
			{ ...NO_VISIT_ANSWERS, helps: 'x'.repeat(501) },
			'What helps can be at most 500 characters.'
		]
	])('%s', (_, answers, problem) => {
		const result = checkVisitAnswers(answers, '2026-11-29');
		expect(result.ok).toBe(problem === null);
		if (!result.ok) expect(result.issues.map((i) => i.message)).toContain(problem);
	});

	it.each([
		[{ kind: 'date', on: '2026-10-03' } as const, '2026-10-03'],
		[{ kind: 'about', amount: 6, unit: 'weeks', answeredOn: '2026-11-29' } as const, '2026-10-18'],
		[{ kind: 'about', amount: 2, unit: 'months', answeredOn: '2026-03-31' } as const, '2026-01-30']
	])('the start date of %j is %s', (start, date) => {
		expect(painStartDate(start)).toBe(date);
	});

	it('Today offers them until they are answered or put aside', () => {
		expect(offersVisitQuestions(null)).toBe(true);
		expect(offersVisitQuestions(NO_VISIT_ANSWERS)).toBe(true);
		expect(offersVisitQuestions({ ...NO_VISIT_ANSWERS, answeredAt: '2026-11-29T08:00:00Z' })).toBe(
			false
		);
		expect(
			offersVisitQuestions({ ...NO_VISIT_ANSWERS, cardDismissedAt: '2026-11-29T08:00:00Z' })
		).toBe(false);
	});
});
