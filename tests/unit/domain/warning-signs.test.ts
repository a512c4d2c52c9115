import { describe, expect, it } from 'vitest';
import type { RedFlagId, WarningLevel } from '$lib/domain/care';
import {
	EARLY_ASSESSMENT_MINUTES,
	minutesSinceUrgentYes,
	NO_WARNING_SIGNS,
	openWarningSigns,
	planHoldOf,
	signsTakenBack,
	warningSignsFrom,
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
			const day = new Date(MORNING.getTime() + (i + 1) * 60_000);
			record = answer(
				record,
				{ fever: true },
				{ fever: 'same-day' },
				at('check-in', '2026-03-29', day)
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
