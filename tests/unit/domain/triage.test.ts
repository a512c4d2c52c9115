import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import type { RedFlagId } from '$lib/domain/care';
import { LASTED_TOO_LONG, triage } from '$lib/domain/triage';
import { addDays } from '$lib/domain/time';
import { makeDay } from '../fixtures/builders';

const TODAY = '2026-06-15';
const week = (pains: (number | null)[]) =>
	pains.map((pain, i) => makeDay({ date: addDays(TODAY, i - pains.length + 1), pain }));

describe('triage', () => {
	// care-content.md section 5: every sign's level and the kind of reason it shows.
	const WORDS = {
		'spine-nerves': /cauda equina/,
		'one-leg': /nerve to this leg/,
		injury: /broken bone/,
		cancer: /cancer can spread/,
		infection: /infection near the spine/,
		general: /not typical of a trapped or irritated nerve/,
		straining: /NHS lists back pain made worse by sneezing/,
		chest: /heart attack/,
		visit: /(see|seeing) a (doctor|GP)/
	} as const;
	it.each<{ id: RedFlagId; level: string; kind: keyof typeof WORDS }>([
		{ id: 'saddle-numbness', level: 'emergency', kind: 'spine-nerves' },
		{ id: 'bladder-bowel', level: 'emergency', kind: 'spine-nerves' },
		{ id: 'sexual-function', level: 'emergency', kind: 'spine-nerves' },
		{ id: 'both-legs', level: 'emergency', kind: 'spine-nerves' },
		{ id: 'chest-pain', level: 'emergency', kind: 'chest' },
		{ id: 'after-accident', level: 'emergency', kind: 'injury' },
		{ id: 'foot-drop', level: 'same-day', kind: 'one-leg' },
		{ id: 'walking-unsteady', level: 'same-day', kind: 'one-leg' },
		{ id: 'minor-fall-at-risk', level: 'same-day', kind: 'injury' },
		{ id: 'cancer-history', level: 'same-day', kind: 'cancer' },
		{ id: 'fever', level: 'same-day', kind: 'infection' },
		{ id: 'infection-risk', level: 'same-day', kind: 'infection' },
		{ id: 'weight-loss', level: 'same-day', kind: 'general' },
		{ id: 'night-pain', level: 'same-day', kind: 'general' },
		{ id: 'upper-back', level: 'same-day', kind: 'general' },
		{ id: 'back-shape', level: 'same-day', kind: 'general' },
		{ id: 'back-pain-straining', level: 'same-day', kind: 'straining' },
		{ id: 'numbness-buttock-leg', level: 'routine', kind: 'visit' },
		{ id: 'stopping-activities', level: 'routine', kind: 'visit' },
		{ id: 'minor-injury', level: 'routine', kind: 'visit' },
		{ id: 'fever-or-infection', level: 'same-day', kind: 'infection' },
		{ id: 'weight-loss-or-cancer', level: 'same-day', kind: 'general' }
	])('$id alone: $level, with its own reason', ({ id, level, kind }) => {
		const result = triage(
			{ answers: { [id]: true }, history: [], painStartedOn: null, today: TODAY },
			CARE_CATALOGUE
		);
		expect(result.level).toBe(level);
		expect(result.advice?.level).toBe(level);
		expect(result.signs.map((s) => s.flag.id)).toEqual([id]);
		const reason = result.signs[0]!.flag.reason;
		expect(reason).toMatch(WORDS[kind]);
		// No sign shows another kind's reason: the spine-nerve words only on spine-nerve signs.
		for (const [other, words] of Object.entries(WORDS))
			if (other !== kind) expect(reason).not.toMatch(words);
		expect(result.fromRecords).toEqual([]);
	});

	it('every sign in the content is in the table above, so none goes untested', () => {
		expect(CARE_CATALOGUE.redFlags).toHaveLength(22);
	});

	it.each<{ answers: Partial<Record<RedFlagId, boolean>>; level: string }>([
		{ answers: {}, level: 'none' },
		{ answers: { 'bladder-bowel': false, 'saddle-numbness': false }, level: 'none' },
		{
			answers: { 'stopping-activities': true, 'foot-drop': true, 'saddle-numbness': true },
			level: 'emergency'
		},
		{ answers: { 'stopping-activities': true, 'night-pain': true }, level: 'same-day' },
		// A leg sign makes a minor fall with risk factors, or new pain after cancer, an emergency.
		{ answers: { 'minor-fall-at-risk': true, 'walking-unsteady': true }, level: 'emergency' },
		{ answers: { 'minor-fall-at-risk': true, 'numbness-buttock-leg': true }, level: 'emergency' },
		{ answers: { 'cancer-history': true, 'foot-drop': true }, level: 'emergency' },
		{ answers: { 'cancer-history': true, 'foot-drop': false }, level: 'same-day' },
		{ answers: { fever: true, 'foot-drop': true }, level: 'same-day' }
	])('$answers -> $level', ({ answers, level }) => {
		const result = triage(
			{ answers, history: [], painStartedOn: null, today: TODAY },
			CARE_CATALOGUE
		);
		expect(result.level).toBe(level);
		if (level === 'none') expect(result.advice).toBeNull();
		else expect(result.advice?.level).toBe(level);
	});

	it('an escalated sign is shown at emergency, the leg sign at its own level', () => {
		const result = triage(
			{
				answers: { 'foot-drop': true, 'cancer-history': true },
				history: [],
				painStartedOn: null,
				today: TODAY
			},
			CARE_CATALOGUE
		);
		expect(result.signs.map((s) => [s.flag.id, s.level])).toEqual([
			['cancer-history', 'emergency'],
			['foot-drop', 'same-day']
		]);
	});

	it('lists the most urgent sign first, whatever order the content asks them in', () => {
		const result = triage(
			{
				answers: { 'minor-injury': true, 'foot-drop': true, 'chest-pain': true },
				history: [],
				painStartedOn: null,
				today: TODAY
			},
			{ ...CARE_CATALOGUE, redFlags: [...CARE_CATALOGUE.redFlags].reverse() }
		);
		expect(result.signs.map((s) => s.flag.id)).toEqual(['chest-pain', 'foot-drop', 'minor-injury']);
		expect(result.advice?.heading).toBe('Get urgent help now');
		expect(result.advice?.action).toMatch(/emergency department/);
	});

	it('advice from the records sits apart from the signs answered', () => {
		const result = triage(
			{
				answers: { 'foot-drop': true },
				history: [],
				painStartedOn: addDays(TODAY, -60),
				today: TODAY
			},
			CARE_CATALOGUE
		);
		expect(result.level).toBe('same-day');
		expect(result.signs.map((s) => s.flag.id)).toEqual(['foot-drop']);
		expect(result.fromRecords).toEqual([LASTED_TOO_LONG.sinceStart]);
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
		expect(result.fromRecords).toEqual(
			level === 'routine' ? ['Your pain has been getting worse over the last 7 days.'] : []
		);
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
		if (level === 'routine') expect(result.fromRecords).toContain(LASTED_TOO_LONG.sinceStart);
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
			expect(result.fromRecords.includes(LASTED_TOO_LONG.sinceFirstCheckIn)).toBe(
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

describe('escalation on a later day (issue 24 point 16)', () => {
	// care-content.md section 5: an open same-day sign (minor fall with risk factors, cancer history)
	// becomes an emergency with a new leg sign, whether it comes in the same answers or a later day's.
	it.each<{
		open: RedFlagId[];
		answers: Partial<Record<RedFlagId, boolean>>;
		level: string;
		signs: [RedFlagId, string][];
	}>([
		{
			open: ['cancer-history'],
			answers: { 'foot-drop': true },
			level: 'emergency',
			signs: [
				['cancer-history', 'emergency'],
				['foot-drop', 'same-day']
			]
		},
		{
			open: ['minor-fall-at-risk'],
			answers: { 'walking-unsteady': true },
			level: 'emergency',
			signs: [
				['minor-fall-at-risk', 'emergency'],
				['walking-unsteady', 'same-day']
			]
		},
		{
			open: ['minor-fall-at-risk'],
			answers: { 'numbness-buttock-leg': true },
			level: 'emergency',
			signs: [
				['minor-fall-at-risk', 'emergency'],
				['numbness-buttock-leg', 'routine']
			]
		},
		// An open leg sign and a new cancer-history yes: the same rule from the other side.
		{
			open: ['foot-drop'],
			answers: { 'cancer-history': true },
			level: 'emergency',
			signs: [['cancer-history', 'emergency']]
		},
		// No leg sign: the open sign is not listed again and changes nothing.
		{
			open: ['cancer-history'],
			answers: { fever: true },
			level: 'same-day',
			signs: [['fever', 'same-day']]
		},
		{ open: ['cancer-history'], answers: { 'foot-drop': false }, level: 'none', signs: [] },
		// Fever has no escalation rule: a leg sign leaves it at same day.
		{
			open: ['fever'],
			answers: { 'foot-drop': true },
			level: 'same-day',
			signs: [['foot-drop', 'same-day']]
		}
	])('open $open, then $answers -> $level', ({ open, answers, level, signs }) => {
		const result = triage(
			{ answers, stillOpen: open, history: [], painStartedOn: null, today: TODAY },
			CARE_CATALOGUE
		);
		expect(result.level).toBe(level);
		expect(result.signs.map((s) => [s.flag.id, s.level])).toEqual(signs);
	});
});
