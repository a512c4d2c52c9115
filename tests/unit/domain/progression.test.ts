import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import type { DayRecord, SymptomName } from '$lib/domain/history';
import {
	dayVerdicts,
	PROGRESSION_RULE,
	progressionOf,
	repsFor,
	walkMinutesFor
} from '$lib/domain/progression';
import { addDays } from '$lib/domain/time';
import { makeDay } from '../fixtures/builders';

// care-content.md section 2a: the app's progression rule.

const START = '2026-03-01'; // the days run across the March DST change in Europe and the US
const glide = CARE_CATALOGUE.exercises['nerve-glide'];
const tilt = CARE_CATALOGUE.exercises['pelvic-tilt'];
const walkRules = CARE_CATALOGUE.walk;

/** Days from START, each a check-in with that pain (null: no check-in) and everything done. */
function days(
	pains: readonly (number | null)[],
	extra: (i: number) => Partial<DayRecord> = () => ({})
): DayRecord[] {
	return pains.map((pain, i) =>
		makeDay({
			date: addDays(START, i),
			pain,
			done: [
				{ measure: 'stretch', exerciseIds: ['nerve-glide', 'pelvic-tilt'] },
				{ measure: 'walk', exerciseIds: ['walking'] }
			],
			...extra(i)
		})
	);
}

describe('dayVerdicts', () => {
	it.each<{ name: string; pains: (number | null)[]; symptoms?: SymptomName[][]; last: string }>([
		{ name: 'first check-in at 5/10', pains: [5], last: 'comfortable' },
		{ name: 'first check-in at 6/10', pains: [6], last: 'step-back' },
		{ name: 'within 1 of the usual', pains: [3, 3, 4], last: 'comfortable' },
		{ name: 'more than 1 above the usual', pains: [2, 2, 4], last: 'held' },
		{
			name: 'the usual is the median of the last 7',
			pains: [5, 5, 5, 5, 1, 1, 1, 1, 3],
			last: 'held'
		},
		{
			name: 'older check-ins do not make the usual',
			pains: [0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 4],
			last: 'comfortable'
		},
		{ name: 'high pain steps back', pains: [3, 3, 7], last: 'step-back' },
		{ name: 'a day without a check-in has no verdict', pains: [3, null], last: 'none' },
		{
			name: 'a symptom the previous check-in did not have steps back',
			pains: [3, 3],
			symptoms: [[], ['belowKnee']],
			last: 'step-back'
		},
		{
			name: 'a symptom that stays is not spreading',
			pains: [3, 3, 3],
			symptoms: [[], ['tingling'], ['tingling']],
			last: 'comfortable'
		}
	])('$name: $last', ({ pains, symptoms, last }) => {
		const verdicts = dayVerdicts(days(pains, (i) => ({ symptoms: symptoms?.[i] ?? [] })));
		expect(verdicts.at(-1)?.kind ?? 'none').toBe(last);
	});

	it('leaves no pain between comfortable and stepping back (0-5 fine, 6 and over too much)', () => {
		expect(PROGRESSION_RULE.stepBackPain).toBe(PROGRESSION_RULE.comfortableMaxPain + 1);
	});

	it.each([
		{ pains: [2, 4, 5], last: 'held' }, // the usual of 2 and 4 is 3
		{ pains: [2, 4, 4], last: 'comfortable' },
		{ pains: [1, 5, 1, 3], last: 'held' }, // the usual of 1, 5 and 1 is 1, in any order
		{ pains: [2, 4, 6, 5], last: 'comfortable' } // the usual of 2, 4 and 6 is 4
	])('the usual pain is the median: $pains -> $last', ({ pains, last }) => {
		expect(dayVerdicts(days(pains)).at(-1)?.kind).toBe(last);
	});

	it('a declared bad day with low pain breaks the row but does not step back', () => {
		const verdicts = dayVerdicts(days([3, 3], (i) => ({ flare: i === 1 })));
		expect(verdicts[1]).toMatchObject({ kind: 'held' });
	});
});

describe('progression', () => {
	const repsOf = (history: DayRecord[]) => repsFor([glide, tilt], history, false);

	it.each([
		{ name: 'three comfortable days grow one step', pains: [3, 3, 3], glide: 6 },
		{ name: 'two do not', pains: [3, 3], glide: 5 },
		{ name: 'a day without a check-in keeps the row', pains: [3, null, 3, 3], glide: 6 },
		{ name: 'a held day breaks the row', pains: [3, 3, 5, 3], glide: 5 },
		{ name: 'a held day keeps what was grown', pains: [3, 3, 3, 5], glide: 6 },
		{ name: 'high pain steps back one step', pains: [3, 3, 3, 3, 3, 3, 7], glide: 6 },
		{ name: 'then growth waits for 3 new comfortable days', pains: [3, 3, 3, 7, 3, 3], glide: 5 },
		{ name: 'never below the start', pains: [8, 8, 8], glide: 5 }
	])('$name', ({ pains, glide: expected }) => {
		expect(repsOf(days(pains)).reps.get('nerve-glide')).toBe(expected);
	});

	it('an exercise not done on a comfortable day does not grow from it', () => {
		const history = days([3, 3, 3], () => ({
			done: [{ measure: 'stretch', exerciseIds: ['pelvic-tilt'] }]
		}));
		const { reps } = repsOf(history);
		expect(reps.get('nerve-glide')).toBe(glide.reps.start);
		expect(reps.get('pelvic-tilt')).toBe(tilt.reps.start + 1);
	});

	it('a walk is not grown by a stretch, nor a stretch by a walk', () => {
		const stretchOnly = days([3, 3, 3], () => ({
			done: [{ measure: 'stretch', exerciseIds: ['nerve-glide'] }]
		}));
		expect(walkMinutesFor(walkRules, stretchOnly, false).minutes).toBe(walkRules.startMinutes);
		const walkOnly = days([3, 3, 3], () => ({
			done: [{ measure: 'walk', exerciseIds: ['walking'] }]
		}));
		expect(repsOf(walkOnly).reps.get('nerve-glide')).toBe(glide.reps.start);
		expect(walkMinutesFor(walkRules, walkOnly, false).minutes).toBe(
			walkRules.startMinutes + walkRules.stepMinutes
		);
	});

	it('28 days at 8/10 grow nothing (the case the issue found: 10 reps, 14 tilts, a 28-minute walk)', () => {
		const history = days(Array.from({ length: 28 }, () => 8));
		const { reps, note } = repsOf(history);
		expect(reps.get('nerve-glide')).toBe(glide.reps.start);
		expect(reps.get('pelvic-tilt')).toBe(tilt.reps.start);
		expect(walkMinutesFor(walkRules, history, false).minutes).toBe(walkRules.startMinutes);
		expect(note).toBe(
			`Stepped back one step (the app's rule): pain was 8/10 on Saturday 28 March.`
		);
	});

	it('says why a dose held, in one line', () => {
		expect(repsOf(days([2, 2, 4])).note).toBe(
			"Held at this dose (the app's rule): pain was 4/10 on Tuesday 3 March, above your usual 2/10."
		);
		expect(repsOf(days([3, 3, 3])).note).toBeNull();
	});

	it.each<{ symptoms: SymptomName[]; words: string }>([
		{ symptoms: ['belowKnee'], words: 'pain below the knee' },
		{ symptoms: ['tingling'], words: 'tingling' },
		{ symptoms: ['numbness'], words: 'numbness' },
		{ symptoms: ['belowKnee', 'tingling'], words: 'pain below the knee and tingling' }
	])('says which symptom spread: $words', ({ symptoms, words }) => {
		const history = days([3, 3], (i) => ({ symptoms: i === 1 ? symptoms : [] }));
		expect(repsOf(history).note).toBe(
			`Stepped back one step (the app's rule): ${words} came on Monday 2 March.`
		);
	});

	it('says a declared bad day held the dose', () => {
		expect(repsOf(days([3, 3], (i) => ({ flare: i === 1 }))).note).toBe(
			"Held at this dose (the app's rule): you marked Monday 2 March a bad day."
		);
	});

	it('each exercise stops at its own cap, and steps back from it', () => {
		const shortCap = { ...tilt, reps: { start: 10, max: 12, progresses: true } };
		const comfortable = Array.from({ length: 60 }, () => 2);
		expect(repsFor([glide, shortCap], days(comfortable), false).reps.get('pelvic-tilt')).toBe(12);
		expect(
			repsFor([glide, shortCap], days([...comfortable, 7]), false).reps.get('pelvic-tilt')
		).toBe(11);
	});

	it('the walk steps back from its cap by one step', () => {
		const comfortable = Array.from({ length: 60 }, () => 2);
		expect(walkMinutesFor(walkRules, days(comfortable), false).minutes).toBe(walkRules.maxMinutes);
		expect(walkMinutesFor(walkRules, days([...comfortable, 7]), false).minutes).toBe(
			walkRules.maxMinutes - walkRules.stepMinutes
		);
	});

	it('a flare day uses the starting doses and says nothing of progression', () => {
		const history = days([3, 3, 3, 3, 3, 3]);
		expect(repsFor([glide], history, true)).toEqual({
			reps: new Map([['nerve-glide', glide.reps.start]]),
			note: null
		});
		expect(walkMinutesFor(walkRules, history, true)).toEqual({
			minutes: walkRules.startMinutes,
			note: null
		});
	});

	it('steps back from the cap: the cap is where growth stops, not a count above it', () => {
		const long = days([...Array.from({ length: 60 }, () => 2), 7]);
		const { reps } = repsOf(long);
		expect(reps.get('nerve-glide')).toBe(glide.reps.max - 1);
	});
});

describe('progression properties', () => {
	const dayArb = fc.record({
		pain: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 4 }),
		flare: fc.boolean(),
		symptoms: fc.subarray(['numbness', 'tingling', 'belowKnee'] as const),
		glide: fc.boolean(),
		walk: fc.boolean()
	});
	type ArbDay = {
		pain: number | null;
		flare: boolean;
		symptoms: SymptomName[];
		glide: boolean;
		walk: boolean;
	};
	const toDays = (list: readonly ArbDay[]) =>
		list.map((d, i) =>
			makeDay({
				date: addDays(START, i),
				pain: d.pain,
				flare: d.flare,
				symptoms: d.symptoms,
				done: [
					...(d.glide
						? [{ measure: 'stretch' as const, exerciseIds: ['nerve-glide' as const] }]
						: []),
					...(d.walk ? [{ measure: 'walk' as const, exerciseIds: ['walking' as const] }] : [])
				]
			})
		);
	const doses = (history: DayRecord[]) => ({
		glide: repsFor([glide], history, false).reps.get('nerve-glide')!,
		walk: walkMinutesFor(walkRules, history, false).minutes
	});

	it('no dose grows on a day with pain at the step-back level or a spreading symptom', () => {
		fc.assert(
			fc.property(fc.array(dayArb, { maxLength: 40 }), dayArb, (before, last) => {
				const history = toDays([...before, last]);
				const verdict = dayVerdicts(history).at(-1);
				const isBad =
					last.pain !== null &&
					(last.pain >= PROGRESSION_RULE.stepBackPain || verdict?.kind === 'step-back');
				if (!isBad) return;
				const was = doses(history.slice(0, -1));
				const now = doses(history);
				expect(now.glide).toBeLessThanOrEqual(was.glide);
				expect(now.walk).toBeLessThanOrEqual(was.walk);
			})
		);
	});

	it('doses stay between their start and their cap, whatever the days', () => {
		fc.assert(
			fc.property(fc.array(dayArb, { maxLength: 80 }), (list) => {
				const { glide: reps, walk } = doses(toDays(list));
				expect(reps).toBeGreaterThanOrEqual(glide.reps.start);
				expect(reps).toBeLessThanOrEqual(glide.reps.max);
				expect(walk).toBeGreaterThanOrEqual(walkRules.startMinutes);
				expect(walk).toBeLessThanOrEqual(walkRules.maxMinutes);
			})
		);
	});

	it('a dose grows only by one step, and only after a comfortable day', () => {
		fc.assert(
			fc.property(fc.array(dayArb, { maxLength: 40 }), dayArb, (before, last) => {
				const history = toDays([...before, last]);
				const was = doses(history.slice(0, -1));
				const now = doses(history);
				if (now.glide > was.glide) {
					expect(dayVerdicts(history).at(-1)?.kind).toBe('comfortable');
					expect(now.glide).toBe(was.glide + 1);
				}
			})
		);
	});
});

it('progressionOf reads keys it is given only', () => {
	expect(progressionOf(days([3, 3, 3]), [], () => 5).size).toBe(0);
});
