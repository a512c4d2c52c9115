import { describe, expect, it } from 'vitest';
import { NO_VISIT_ANSWERS } from '$lib/domain/visit-answers';
import { buildVisitSummary, type VisitSummaryInput } from '$lib/domain/visit-summary';
import * as words from '../../../src/routes/visit-summary/wording';
import { makeVisitInput } from '../fixtures/builders';
import { makeEntry } from '../storage/plan-fixtures';

// The summary in words: "not recorded" wherever nothing was given, and the same answers in the
// shared text as on screen.

const TODAY = '2026-11-29';
const summaryOf = (overrides: Partial<VisitSummaryInput> = {}) =>
	buildVisitSummary(makeVisitInput(overrides));

describe('the visit summary in words', () => {
	it('says "not recorded" for every question nobody answered and nothing recorded', () => {
		const s = summaryOf();
		for (const answer of [
			words.startAnswer(s, TODAY),
			words.spreadAnswer(s, TODAY),
			words.sittingAnswer(s),
			words.injuryAnswer(s),
			words.exerciseAnswer(s),
			words.familyAnswer(s)
		])
			// An answer of its own, as "No." is (issue 25 point 10: it read "not recorded").
			expect(answer).toBe('Not recorded.');
		expect(words.triedAnswer(s)).toBe(
			'Tried: not recorded. Helps: not recorded. Worse with: not recorded.'
		);
		expect(words.weightLine(s, TODAY, 'kg')).toBeNull();
	});

	it.each([
		[{ kind: 'date', on: '2026-11-03' } as const, null, '3 November (about 4 weeks ago).'],
		[
			{ kind: 'date', on: TODAY } as const,
			'sudden' as const,
			'29 November (today); it started suddenly.'
		],
		[
			{ kind: 'about', amount: 6, unit: 'weeks', answeredOn: TODAY } as const,
			'gradual' as const,
			'About 6 weeks ago (around 18 October); it came on gradually.'
		],
		[
			{ kind: 'about', amount: 1, unit: 'months', answeredOn: '2026-10-01' } as const,
			null,
			'Around 1 September (about 1 month before 1 October, when it was answered).'
		],
		[{ kind: 'date', on: '2025-12-24' } as const, null, '24 December 2025 (about 11 months ago).']
	])('when it started: %j', (painStart, onset, expected) => {
		const s = summaryOf({ answers: { ...NO_VISIT_ANSWERS, painStart, onset } });
		expect(words.startAnswer(s, TODAY)).toBe(expected);
	});

	it('lists pain worse on coughing, sneezing or straining next to the other symptoms', () => {
		const cough = (date: string, coughSneezeStrain: boolean) => {
			const entry = makeEntry(date);
			return { ...entry, symptoms: { ...entry.symptoms, coughSneezeStrain } };
		};
		const s = summaryOf({
			entries: [cough('2026-11-03', true), cough('2026-11-04', false), cough('2026-11-05', true)]
		});
		expect(words.symptomsLine(s)).toBe(
			'Of 3 days checked in: pain below the knee on 0, numbness on 0, tingling on 3, pain worse on coughing, sneezing or straining on 2. Side: right.'
		);
	});

	it('groups a medicine given on several days, and keeps one-off lines', () => {
		const s = summaryOf({
			entries: [
				makeEntry('2026-11-03', { medicine: 'Ibuprofen 200 mg' }),
				makeEntry('2026-11-04', { medicine: 'ibuprofen 200 mg' }),
				makeEntry('2026-11-09', { medicine: 'Ibuprofen 200 mg' }),
				makeEntry('2026-11-05', { medicine: 'Paracetamol 1 g' })
			]
		});
		expect(words.medicineLines(s, TODAY)).toEqual([
			'Ibuprofen 200 mg: on 3 days, 3 November to 9 November.',
			'Paracetamol 1 g: on 5 November.'
		]);
	});

	it('weight: on with nothing weighed says so; a loss shows a minus sign, in the person’s unit', () => {
		expect(words.weightLine(summaryOf({ weightModuleOn: true }), TODAY, 'kg')).toBe(
			'Weight: not recorded in this period.'
		);
		const s = summaryOf({
			weightModuleOn: true,
			entries: [
				makeEntry('2026-11-02', { weightKg: 80 }),
				makeEntry('2026-11-23', { weightKg: 79 })
			]
		});
		expect(words.weightLine(s, TODAY, 'lb')).toBe(
			'Weight: 176.4 lb on 2 November, 174.2 lb on 23 November (−2.2 lb; 2 weigh-ins).'
		);
	});

	it('the shared text holds every question, the disclaimer and the version', () => {
		const text = words.summaryAsText(summaryOf(), {
			today: TODAY,
			appVersion: '1.2.3',
			unit: 'kg'
		});
		for (const question of Object.values(words.QUESTIONS)) expect(text).toContain(question);
		expect(text).toContain(words.DISCLAIMER);
		expect(text).toContain('Deep Gluteal Care 1.2.3');
		expect(text).toContain('None answered yes in this period.');
	});
});

describe('a sign known and assessed before (issue 24 point 18)', () => {
	it('shows the assessment date and that it raised no alarm', () => {
		const line = words.signLine(
			{
				id: 'both-legs',
				level: 'emergency',
				answeredOn: '2026-11-20',
				resolution: 'known',
				resolvedOn: '2026-11-20',
				assessedOn: '2026-11-02'
			},
			'2026-12-01'
		);
		expect(line).toMatch(/^Sciatica, weakness or numbness in both legs: answered yes on /);
		expect(line).toMatch(/known and assessed on .*2 November.*; not new or worse, so no alarm\.$/);
	});
});
