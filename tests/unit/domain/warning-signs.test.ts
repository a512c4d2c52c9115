import { describe, expect, it } from 'vitest';
import type { RedFlagId, WarningLevel } from '$lib/domain/care';
import {
	EARLY_ASSESSMENT_MINUTES,
	knownOn,
	minutesSinceUrgentYes,
	NO_WARNING_SIGNS,
	oneRecordPerSignAndDay,
	openWarningSigns,
	planHoldOf,
	signsTakenBack,
	warningSignsFrom,
	type WarningResolution,
	type WarningSign,
	type WarningSignRecord
} from '$lib/domain/warning-signs';
import {
	checkInAnswersTakenBack,
	RESOLVED_SIGNS_KEPT,
	withAnswers,
	withResolved
} from '$lib/domain/warning-sign-answers';

const MORNING = new Date('2026-03-29T08:00:00Z');
const LATER = new Date('2026-03-29T15:00:00Z');
const NEXT_DAY = new Date('2026-03-30T09:00:00Z');
const at = (from: 'set-up' | 'check-in', date: string, now: Date) => ({ from, date, now });

function answer(
	record: WarningSignRecord,
	answers: Partial<Record<RedFlagId, boolean>>,
	levels: Partial<Record<RedFlagId, WarningLevel>>,
	context = at('check-in', '2026-03-29', MORNING)
) {
	const list = Object.entries(levels).map(([id, level]) => ({
		id: id as RedFlagId,
		level: level!
	}));
	return withAnswers(record, answers, list, context);
}

describe('warning signs kept until dealt with', () => {
	it.each<{ levels: Partial<Record<RedFlagId, WarningLevel>>; hold: string }>([
		{ levels: {}, hold: 'none' },
		{ levels: { 'minor-injury': 'routine' }, hold: 'none' },
		{ levels: { fever: 'same-day' }, hold: 'flare-only' },
		{ levels: { fever: 'same-day', 'minor-injury': 'routine' }, hold: 'flare-only' },
		{ levels: { 'chest-pain': 'emergency', fever: 'same-day' }, hold: 'paused' }
	])('open signs $levels hold the plan: $hold', ({ levels, hold }) => {
		const answers = Object.fromEntries(Object.keys(levels).map((id) => [id, true]));
		const record = answer(NO_WARNING_SIGNS, answers, levels);
		expect(planHoldOf(record)).toBe(hold);
		expect(
			openWarningSigns(record)
				.map((s) => s.id)
				.sort()
		).toEqual(Object.keys(levels).sort());
	});

	it('keeps the sign, its level, where and when it was answered', () => {
		const record = answer(
			NO_WARNING_SIGNS,
			{ 'after-accident': true },
			{ 'after-accident': 'emergency' },
			at('set-up', '2026-03-29', MORNING)
		);
		expect(record.signs).toEqual([
			{
				id: 'after-accident',
				level: 'emergency',
				answeredOn: '2026-03-29',
				answeredAt: MORNING.toISOString(),
				from: 'set-up',
				resolvedAt: null,
				resolution: null
			}
		]);
		expect(record.setUp).toEqual({
			answeredAt: MORNING.toISOString(),
			answers: { 'after-accident': true }
		});
	});

	it('a second yes keeps the first date, and raises the level when it is more urgent', () => {
		let record = answer(
			NO_WARNING_SIGNS,
			{ 'cancer-history': true },
			{ 'cancer-history': 'same-day' }
		);
		record = answer(
			record,
			{ 'cancer-history': true, 'foot-drop': true },
			{ 'cancer-history': 'emergency', 'foot-drop': 'same-day' },
			at('check-in', '2026-03-30', NEXT_DAY)
		);
		const cancer = record.signs.find((s) => s.id === 'cancer-history')!;
		expect(cancer.answeredAt).toBe(MORNING.toISOString());
		expect(cancer.level).toBe('emergency');
		expect(record.signs.filter((s) => s.id === 'cancer-history')).toHaveLength(1);
	});

	it('a no the same day in the same place takes the yes back, with a trace', () => {
		let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
		record = answer(record, { fever: false }, {}, at('check-in', '2026-03-29', LATER));
		expect(openWarningSigns(record)).toEqual([]);
		expect(record.signs[0]).toMatchObject({
			resolution: 'withdrawn',
			resolvedAt: LATER.toISOString()
		});
	});

	it.each([
		{ name: 'a later day', context: at('check-in', '2026-03-30', NEXT_DAY) },
		{ name: 'set-up', context: at('set-up', '2026-03-29', LATER) }
	])('a no on $name does not clear an emergency yes: only an assessment does', ({ context }) => {
		let record = answer(
			NO_WARNING_SIGNS,
			{ 'bladder-bowel': true },
			{ 'bladder-bowel': 'emergency' }
		);
		record = answer(record, { 'bladder-bowel': false }, {}, context);
		expect(planHoldOf(record)).toBe('paused');
	});

	it('assessed signs stop holding the plan; the record keeps when', () => {
		let record = answer(
			NO_WARNING_SIGNS,
			{ 'chest-pain': true, fever: true },
			{ 'chest-pain': 'emergency', fever: 'same-day' }
		);
		record = withResolved(record, ['chest-pain'], 'assessed', LATER);
		expect(planHoldOf(record)).toBe('flare-only');
		record = withResolved(record, ['fever'], 'assessed', LATER);
		expect(planHoldOf(record)).toBe('none');
		expect(record.signs.map((s) => [s.id, s.resolution, s.resolvedAt])).toEqual([
			['chest-pain', 'assessed', LATER.toISOString()],
			['fever', 'assessed', LATER.toISOString()]
		]);
	});

	it('a yes after an assessment opens a new sign, the old one stays as a trace', () => {
		let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
		record = withResolved(record, ['fever'], 'assessed', LATER);
		record = answer(
			record,
			{ fever: true },
			{ fever: 'same-day' },
			at('check-in', '2026-03-30', NEXT_DAY)
		);
		expect(record.signs).toHaveLength(2);
		expect(openWarningSigns(record)[0]!.answeredOn).toBe('2026-03-30');
	});

	it('lists the open signs most urgent first', () => {
		const record = answer(
			NO_WARNING_SIGNS,
			{ 'minor-injury': true, fever: true, 'chest-pain': true },
			{ 'minor-injury': 'routine', fever: 'same-day', 'chest-pain': 'emergency' }
		);
		expect(openWarningSigns(record).map((s) => s.id)).toEqual([
			'chest-pain',
			'fever',
			'minor-injury'
		]);
	});

	it(`keeps the newest ${RESOLVED_SIGNS_KEPT} dealt-with signs and every open one`, () => {
		let record = answer(NO_WARNING_SIGNS, { 'chest-pain': true }, { 'chest-pain': 'emergency' });
		for (let i = 0; i < RESOLVED_SIGNS_KEPT + 5; i += 1) {
			const day = new Date(MORNING.getTime() + (i + 1) * 86_400_000);
			record = answer(
				record,
				{ fever: true },
				{ fever: 'same-day' },
				at('check-in', day.toISOString().slice(0, 10), day)
			);
			record = withResolved(record, ['fever'], 'assessed', day);
		}
		expect(record.signs.filter((s) => s.resolvedAt !== null)).toHaveLength(RESOLVED_SIGNS_KEPT);
		expect(planHoldOf(record)).toBe('paused');
	});

	it.each([
		{ stored: undefined, signs: 0 },
		{ stored: 'nonsense', signs: 0 },
		{ stored: { signs: 'x' }, signs: 0 },
		{ stored: { signs: [null, 'x', 3] }, signs: 0 },
		{
			stored: {
				signs: [
					{
						id: 'fever',
						level: 'same-day',
						answeredOn: '2026-03-29',
						answeredAt: 'x',
						from: 'check-in',
						resolvedAt: null,
						resolution: null
					},
					{
						id: 'fever',
						level: null,
						answeredOn: '2026-03-29',
						answeredAt: 'x',
						from: 'check-in',
						resolvedAt: null,
						resolution: null
					},
					{
						id: 'fever',
						level: 'urgent?',
						answeredOn: '2026-03-29',
						answeredAt: 'x',
						from: 'check-in',
						resolvedAt: null,
						resolution: null
					}
				],
				setUp: null
			},
			signs: 1
		}
	])('reads a stored record defensively ($signs signs kept)', ({ stored, signs }) => {
		expect(warningSignsFrom(stored).signs).toHaveLength(signs);
	});
});

describe('taking a yes back (issue 24 points 4 and 7)', () => {
	it('lists the open signs a no would take back: same place, same day only', () => {
		const record = answer(
			NO_WARNING_SIGNS,
			{ 'bladder-bowel': true, fever: true, 'minor-injury': true },
			{ 'bladder-bowel': 'emergency', fever: 'same-day', 'minor-injury': 'routine' }
		);
		const no = { 'bladder-bowel': false, fever: false, 'minor-injury': false };
		expect(signsTakenBack(record, no, 'check-in', '2026-03-29').map((s) => s.id)).toEqual([
			'bladder-bowel',
			'fever',
			'minor-injury'
		]);
		expect(signsTakenBack(record, { fever: true }, 'check-in', '2026-03-29')).toEqual([]);
		expect(signsTakenBack(record, no, 'check-in', '2026-03-30')).toEqual([]);
		expect(signsTakenBack(record, no, 'set-up', '2026-03-29')).toEqual([]);
		const assessed = withResolved(record, ['fever'], 'assessed', LATER);
		expect(signsTakenBack(assessed, no, 'check-in', '2026-03-29').map((s) => s.id)).not.toContain(
			'fever'
		);
	});

	it('a set-up yes taken back as a mistake is a no in the set-up answers too', () => {
		let record = answer(
			NO_WARNING_SIGNS,
			{ fever: true, 'chest-pain': false },
			{ fever: 'same-day' },
			at('set-up', '2026-03-29', MORNING)
		);
		record = withResolved(record, ['fever'], 'withdrawn', LATER);
		expect(record.setUp?.answers).toEqual({ fever: false, 'chest-pain': false });
		// An assessment is not a mistake: the answer stays a yes.
		let other = answer(
			NO_WARNING_SIGNS,
			{ fever: true },
			{ fever: 'same-day' },
			at('set-up', '2026-03-29', MORNING)
		);
		other = withResolved(other, ['fever'], 'assessed', LATER);
		expect(other.setUp?.answers).toEqual({ fever: true });
	});

	it('names the check-in answers a mistake takes back, by their date', () => {
		let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
		record = answer(
			record,
			{ 'chest-pain': true },
			{ 'chest-pain': 'emergency' },
			at('check-in', '2026-03-30', NEXT_DAY)
		);
		expect([...checkInAnswersTakenBack(record, ['fever', 'chest-pain'])]).toEqual([
			['2026-03-29', ['fever']],
			['2026-03-30', ['chest-pain']]
		]);
		expect([...checkInAnswersTakenBack(record, ['weight-loss'])]).toEqual([]);
	});

	it.each([
		{ level: 'emergency', after: 0, minutes: 0 },
		{ level: 'emergency', after: 29.9, minutes: 29 },
		{ level: 'emergency', after: 30, minutes: null },
		{ level: 'same-day', after: 12, minutes: 12 },
		{ level: 'routine', after: 5, minutes: null },
		// A clock set back before the answer: no claim about how long ago it was.
		{ level: 'emergency', after: -3, minutes: null }
	] as const)(
		'"I have been assessed" $after min after a $level yes: early by $minutes',
		({ level, after, minutes }) => {
			const record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: level });
			const at = new Date(MORNING.getTime() + after * 60_000);
			expect(minutesSinceUrgentYes(record.signs[0]!, at)).toBe(minutes);
		}
	);
	it('says the threshold it uses', () => expect(EARLY_ASSESSMENT_MINUTES).toBe(30));
});

describe('one record of a sign for a day (issue 25 point 1)', () => {
	const DAY = '2026-03-29';
	const EVENING = new Date('2026-03-29T18:00:00Z');
	const perDay = (record: WarningSignRecord) => record.signs.map((s) => `${s.id}|${s.answeredOn}`);
	const fever = (record: WarningSignRecord) => record.signs.filter((s) => s.id === 'fever');

	it.each(['assessed', 'dismissed'] as const)(
		'the same yes saved again the day it was %s stays one record, dealt with',
		(resolution) => {
			let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
			record = withResolved(record, ['fever'], resolution, LATER);
			record = answer(record, { fever: true }, { fever: 'same-day' }, at('check-in', DAY, EVENING));
			expect(fever(record)).toEqual([
				expect.objectContaining({ resolution, resolvedAt: LATER.toISOString() })
			]);
			expect(planHoldOf(record)).toBe('none');
		}
	);

	it('Yes, then No, then Yes in one day is one open record, answered at the last yes', () => {
		let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
		record = answer(record, { fever: false }, {}, at('check-in', DAY, LATER));
		record = answer(record, { fever: true }, { fever: 'same-day' }, at('check-in', DAY, EVENING));
		expect(fever(record)).toEqual([
			expect.objectContaining({
				answeredAt: EVENING.toISOString(),
				resolvedAt: null,
				resolution: null
			})
		]);
		expect(planHoldOf(record)).toBe('flare-only');
	});

	it.each([
		{ why: 'said to be new or worse since the assessment', level: 'same-day', worse: true },
		{ why: 'now more urgent', level: 'emergency', worse: false }
	] as const)('an assessed sign answered yes again that day, $why, opens again', (c) => {
		let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
		record = withResolved(record, ['fever'], 'assessed', LATER);
		record = withAnswers(record, { fever: true }, [{ id: 'fever', level: c.level }], {
			...at('check-in', DAY, EVENING),
			newSinceAssessed: c.worse ? ['fever'] : []
		});
		expect(fever(record)).toEqual([
			expect.objectContaining({
				level: c.level,
				resolvedAt: null,
				answeredAt: EVENING.toISOString()
			})
		]);
	});

	it('a known yes, then the same yes said to be new or worse that day, is one open record', () => {
		const known = [
			{ id: 'fever' as const, level: 'same-day' as const, assessedAt: MORNING.toISOString() }
		];
		let record = withAnswers(NO_WARNING_SIGNS, {}, [], at('check-in', DAY, LATER), known);
		expect(knownOn(record, 'check-in', DAY)).toEqual(['fever']);
		record = answer(record, { fever: true }, { fever: 'same-day' }, at('check-in', DAY, EVENING));
		expect(fever(record)).toEqual([expect.objectContaining({ resolvedAt: null })]);
		// And known again: an open yes stands (only the person deals with it, on Today).
		record = withAnswers(record, {}, [], at('check-in', DAY, EVENING), known);
		expect(fever(record)).toEqual([expect.objectContaining({ resolvedAt: null })]);
	});

	it('a yes taken back, then given as known that day, is one known record', () => {
		const known = [
			{ id: 'fever' as const, level: 'same-day' as const, assessedAt: MORNING.toISOString() }
		];
		let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
		record = answer(record, { fever: false }, {}, at('check-in', DAY, LATER));
		record = withAnswers(record, {}, [], at('check-in', DAY, EVENING), known);
		record = withAnswers(record, {}, [], at('check-in', DAY, EVENING), known);
		expect(fever(record)).toEqual([
			expect.objectContaining({ resolution: 'known', assessedAt: MORNING.toISOString() })
		]);
	});

	it('a yes in a check-in after a set-up yes assessed that day is a later answer: open again, one record', () => {
		let record = answer(
			NO_WARNING_SIGNS,
			{ fever: true },
			{ fever: 'same-day' },
			at('set-up', DAY, MORNING)
		);
		record = withResolved(record, ['fever'], 'assessed', LATER);
		record = answer(record, { fever: true }, { fever: 'same-day' }, at('check-in', DAY, EVENING));
		expect(perDay(record)).toEqual([`fever|${DAY}`]);
		expect(planHoldOf(record)).toBe('flare-only');
	});

	it('a yes the next day is a record of its own', () => {
		let record = answer(NO_WARNING_SIGNS, { fever: true }, { fever: 'same-day' });
		record = withResolved(record, ['fever'], 'assessed', LATER);
		record = answer(
			record,
			{ fever: true },
			{ fever: 'same-day' },
			at('check-in', '2026-03-30', NEXT_DAY)
		);
		expect(perDay(record)).toEqual([`fever|${DAY}`, 'fever|2026-03-30']);
	});
});

describe('records kept twice for one day before that rule are read as one', () => {
	const sign = (answeredAt: string, changes: Partial<WarningSign> = {}): WarningSign => ({
		id: 'minor-injury',
		level: 'routine',
		answeredOn: '2026-06-15',
		answeredAt,
		from: 'check-in',
		resolvedAt: null,
		resolution: null,
		...changes
	});
	const T0 = '2026-06-15T05:00:00.000Z';
	const T1 = '2026-06-15T06:00:00.000Z';
	const T2 = '2026-06-15T07:00:00.000Z';
	const resolved = (answeredAt: string, resolution: WarningResolution, resolvedAt: string) =>
		sign(answeredAt, { resolution, resolvedAt });
	const other = sign(T0, { id: 'fever', level: 'same-day' });

	it.each<{ name: string; signs: WarningSign[]; one: WarningSign[] }>([
		{
			name: 'booked, then the check-in saved again (the old way): open, as it was shown',
			signs: [resolved(T0, 'assessed', T1), sign(T2)],
			one: [sign(T2)]
		},
		{
			name: 'Yes, No, Yes (the old way): open',
			signs: [resolved(T0, 'withdrawn', T1), sign(T2)],
			one: [sign(T2)]
		},
		{
			name: 'an open yes and a known one after it: open (a repair closes nothing)',
			signs: [sign(T0), resolved(T2, 'known', T2)],
			one: [sign(T0)]
		},
		{
			name: 'an open yes, another answer assessed after it: assessed',
			signs: [sign(T0), resolved(T1, 'assessed', T2)],
			one: [resolved(T1, 'assessed', T2)]
		},
		{
			name: 'both dealt with: the later resolution, at the more urgent level',
			signs: [
				resolved(T0, 'withdrawn', T1),
				resolved(T1, 'dismissed', T2),
				sign(T1, { level: 'emergency', resolution: 'withdrawn', resolvedAt: T1 })
			],
			one: [resolved(T1, 'dismissed', T2)].map((s) => ({ ...s, level: 'emergency' as const }))
		},
		{
			name: 'the very same answer twice: once',
			signs: [sign(T0), other, sign(T0)],
			one: [sign(T0), other]
		},
		{
			name: 'other signs and days are left where they are',
			signs: [other, sign(T0), sign(T1, { answeredOn: '2026-06-16' })],
			one: [other, sign(T0), sign(T1, { answeredOn: '2026-06-16' })]
		}
	])('$name', ({ signs, one }) => {
		expect(oneRecordPerSignAndDay(signs)).toEqual(one);
		expect(warningSignsFrom({ signs, setUp: null }).signs).toEqual(one);
	});

	it('names a known sign once however often it was kept', () => {
		const known = resolved(T0, 'known', T0);
		expect(knownOn({ signs: [known, known], setUp: null }, 'check-in', '2026-06-15')).toEqual([
			'minor-injury'
		]);
	});
});
