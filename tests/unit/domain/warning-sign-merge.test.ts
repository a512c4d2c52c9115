import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS, type RedFlagId } from '$lib/domain/care';
import { RESOLVED_SIGNS_KEPT } from '$lib/domain/warning-sign-answers';
import { mergeWarningSigns } from '$lib/domain/warning-sign-merge';
import {
	NO_WARNING_SIGNS,
	openWarningSigns,
	planHoldOf,
	type WarningSign,
	type WarningSignRecord
} from '$lib/domain/warning-signs';

const MONDAY = '2026-03-30T08:00:00.000Z';
const TUESDAY = '2026-03-31T09:00:00.000Z';
const WEDNESDAY = '2026-04-01T10:00:00.000Z';

function sign(id: RedFlagId, answeredAt: string, changes: Partial<WarningSign> = {}): WarningSign {
	return {
		id,
		level: 'emergency',
		answeredOn: answeredAt.slice(0, 10),
		answeredAt,
		from: 'check-in',
		resolvedAt: null,
		resolution: null,
		...changes
	};
}
const record = (...signs: WarningSign[]): WarningSignRecord => ({ signs, setUp: null });
const assessed = (s: WarningSign, at: string): WarningSign => ({
	...s,
	resolvedAt: at,
	resolution: 'assessed'
});

const chest = sign('chest-pain', MONDAY);
const fever = sign('fever', TUESDAY, { level: 'same-day' });

describe('merging warning signs (a merge restore)', () => {
	it.each<{ name: string; device: WarningSign[]; backup: WarningSign[]; merged: WarningSign[] }>([
		{ name: 'both empty', device: [], backup: [], merged: [] },
		{
			name: 'an open sign only in the backup is kept',
			device: [],
			backup: [chest],
			merged: [chest]
		},
		{
			name: 'an open sign only on the device is kept',
			device: [chest],
			backup: [],
			merged: [chest]
		},
		{
			name: 'different signs on each side: both, oldest first',
			device: [fever],
			backup: [chest],
			merged: [chest, fever]
		},
		{
			name: 'the same answer dealt with on the device: dealt with',
			device: [assessed(chest, TUESDAY)],
			backup: [chest],
			merged: [assessed(chest, TUESDAY)]
		},
		{
			name: 'the same answer dealt with in the backup: dealt with',
			device: [chest],
			backup: [assessed(chest, TUESDAY)],
			merged: [assessed(chest, TUESDAY)]
		},
		{
			name: 'the same sign answered again later, the first dealt with: the later stays open',
			device: [assessed(chest, TUESDAY)],
			backup: [sign('chest-pain', WEDNESDAY)],
			merged: [assessed(chest, TUESDAY), sign('chest-pain', WEDNESDAY)]
		},
		{
			name: 'the same sign on one day at two instants: one record, the first answer',
			device: [sign('fever', '2026-03-30T17:00:00.000Z', { level: 'same-day' })],
			backup: [sign('fever', MONDAY, { level: 'same-day' })],
			merged: [sign('fever', MONDAY, { level: 'same-day' })]
		},
		{
			name: 'the same instant from set-up and from a check-in: one record',
			device: [sign('fever', MONDAY, { from: 'set-up' })],
			backup: [sign('fever', MONDAY)],
			merged: [sign('fever', MONDAY)]
		},
		{
			name: 'one day: an answer open on one side, another assessed after it on the other: assessed',
			device: [sign('fever', MONDAY)],
			backup: [assessed(sign('fever', '2026-03-30T09:00:00.000Z'), '2026-03-30T11:00:00.000Z')],
			merged: [assessed(sign('fever', '2026-03-30T09:00:00.000Z'), '2026-03-30T11:00:00.000Z')]
		},
		{
			name: 'one day: an answer open on one side, given after the other side’s assessment: open',
			device: [sign('fever', '2026-03-30T12:00:00.000Z')],
			backup: [
				assessed(chest, '2026-03-30T11:00:00.000Z'),
				assessed(sign('fever', MONDAY), '2026-03-30T11:00:00.000Z')
			],
			merged: [
				assessed(chest, '2026-03-30T11:00:00.000Z'),
				sign('fever', '2026-03-30T12:00:00.000Z')
			]
		},
		{
			name: 'one day: another answer taken back on one side leaves an open answer open',
			device: [sign('fever', MONDAY)],
			backup: [
				{
					...sign('fever', '2026-03-30T09:00:00.000Z'),
					resolvedAt: '2026-03-30T10:00:00.000Z',
					resolution: 'withdrawn'
				}
			],
			merged: [sign('fever', MONDAY)]
		},
		{
			name: 'the same answer, one side raised to a more urgent level: the more urgent',
			device: [sign('fever', MONDAY, { level: 'same-day' })],
			backup: [sign('fever', MONDAY, { level: 'emergency' })],
			merged: [sign('fever', MONDAY, { level: 'emergency' })]
		},
		{
			name: 'raised on one side, dealt with on the other: dealt with, at the more urgent level',
			device: [assessed(sign('fever', MONDAY, { level: 'same-day' }), TUESDAY)],
			backup: [sign('fever', MONDAY, { level: 'emergency' })],
			merged: [assessed(sign('fever', MONDAY, { level: 'emergency' }), TUESDAY)]
		},
		{
			name: 'dealt with on both at different times: the later',
			device: [assessed(chest, TUESDAY)],
			backup: [{ ...chest, resolvedAt: WEDNESDAY, resolution: 'withdrawn' }],
			merged: [{ ...chest, resolvedAt: WEDNESDAY, resolution: 'withdrawn' }]
		},
		{
			name: 'the same answer on both sides, identical: once',
			device: [chest, fever],
			backup: [chest, fever],
			merged: [chest, fever]
		}
	])('$name', ({ device, backup, merged }) => {
		expect(mergeWarningSigns(record(...device), record(...backup)).signs).toEqual(merged);
	});

	it('an emergency sign open in the backup pauses the plan after the merge', () => {
		const device = record(assessed(sign('fever', MONDAY, { level: 'same-day' }), TUESDAY));
		const merged = mergeWarningSigns(device, record(sign('saddle-numbness', WEDNESDAY)));
		expect(planHoldOf(device)).toBe('none');
		expect(planHoldOf(merged)).toBe('paused');
	});

	it.each([
		{ device: MONDAY, backup: TUESDAY, kept: 'backup' },
		{ device: TUESDAY, backup: MONDAY, kept: 'device' },
		{ device: MONDAY, backup: MONDAY, kept: 'device' }
	])(
		'set-up answered on the device at $device and in the backup at $backup: the $kept one',
		({ device, backup, kept }) => {
			const mine = { answeredAt: device, answers: { fever: false } };
			const theirs = { answeredAt: backup, answers: { fever: true } };
			const merged = mergeWarningSigns({ signs: [], setUp: mine }, { signs: [], setUp: theirs });
			expect(merged.setUp).toBe(kept === 'device' ? mine : theirs);
		}
	);

	it.each([
		{ device: null, backup: 'b', kept: 'b' },
		{ device: 'd', backup: null, kept: 'd' },
		{ device: null, backup: null, kept: null }
	])('set-up on one side only ($device, $backup): kept', ({ device, backup, kept }) => {
		const setUps = {
			d: { answeredAt: MONDAY, answers: {} },
			b: { answeredAt: TUESDAY, answers: {} }
		};
		const merged = mergeWarningSigns(
			{ signs: [], setUp: device ? setUps[device as 'd'] : null },
			{ signs: [], setUp: backup ? setUps[backup as 'b'] : null }
		);
		expect(merged.setUp).toBe(kept ? setUps[kept as 'd' | 'b'] : null);
	});

	it('keeps at most the newest resolved signs, and every open one', () => {
		const resolved = (n: number) =>
			assessed(sign('fever', new Date(Date.UTC(2026, 0, 1 + n)).toISOString()), WEDNESDAY);
		const device = record(...Array.from({ length: RESOLVED_SIGNS_KEPT }, (_, n) => resolved(n)));
		const backup = record(
			...Array.from({ length: 10 }, (_, n) => resolved(RESOLVED_SIGNS_KEPT + n)),
			sign('chest-pain', '2025-01-01T00:00:00.000Z')
		);
		const merged = mergeWarningSigns(device, backup);
		expect(merged.signs.filter((s) => s.resolvedAt !== null)).toHaveLength(RESOLVED_SIGNS_KEPT);
		expect(merged.signs[0]).toEqual(sign('chest-pain', '2025-01-01T00:00:00.000Z'));
		expect(merged.signs[1]).toEqual(resolved(10));
	});

	it('leaves an empty record empty', () => {
		expect(mergeWarningSigns(NO_WARNING_SIGNS, NO_WARNING_SIGNS)).toEqual(NO_WARNING_SIGNS);
	});
});

// Few instants and signs, so the two sides often hold the same answer.
const instant = fc
	.integer({ min: 0, max: 5 })
	.map((h) => new Date(Date.UTC(2026, 2, 30, 8 + h)).toISOString());
const signArb: fc.Arbitrary<WarningSign> = fc
	.record({
		id: fc.constantFrom<RedFlagId>(...RED_FLAG_IDS.slice(0, 3)),
		level: fc.constantFrom('emergency', 'same-day', 'routine'),
		answeredAt: instant,
		from: fc.constantFrom('set-up', 'check-in'),
		resolved: fc.option(
			fc.record({
				at: instant,
				how: fc.constantFrom('assessed', 'withdrawn', 'dismissed', 'known')
			})
		)
	})
	.map(({ resolved, ...s }) => ({
		...s,
		answeredOn: s.answeredAt.slice(0, 10),
		resolvedAt: resolved?.at ?? null,
		resolution: resolved?.how ?? null
	}));
/** A record as one device keeps it: one entry per answer. */
const recordArb: fc.Arbitrary<WarningSignRecord> = fc
	.uniqueArray(signArb, {
		maxLength: 8,
		selector: (s) => `${s.id}|${s.answeredAt}|${s.from}`
	})
	.map((signs) => ({ signs, setUp: null }));

const dayOf = (s: WarningSign) => `${s.id}|${s.answeredOn}`;
/** Whether an open answer was dealt with by some record: its own resolution, or an assessment after it. */
const dealtWithBy = (records: readonly WarningSign[], open: WarningSign) =>
	records.some(
		(r) =>
			dayOf(r) === dayOf(open) &&
			r.resolvedAt !== null &&
			(`${r.answeredAt}|${r.from}` === `${open.answeredAt}|${open.from}` ||
				((r.resolution === 'assessed' || r.resolution === 'dismissed') &&
					r.resolvedAt >= open.answeredAt))
	);

describe('merging warning signs: properties', () => {
	it('keeps one record per sign and day, for every sign and day of either side', () => {
		fc.assert(
			fc.property(recordArb, recordArb, (device, backup) => {
				const days = mergeWarningSigns(device, backup).signs.map(dayOf);
				expect(new Set(days).size).toBe(days.length);
				expect(new Set(days)).toEqual(new Set([...device.signs, ...backup.signs].map(dayOf)));
			})
		);
	});

	it('loses no open answer of either side unless a record of either side dealt with it', () => {
		fc.assert(
			fc.property(recordArb, recordArb, (device, backup) => {
				const all = [...device.signs, ...backup.signs];
				const openAfter = new Set(openWarningSigns(mergeWarningSigns(device, backup)).map(dayOf));
				for (const s of all)
					if (s.resolvedAt === null && !dealtWithBy(all, s))
						expect(openAfter.has(dayOf(s))).toBe(true);
			})
		);
	});

	it('is dealt with only where every open answer that day was dealt with', () => {
		fc.assert(
			fc.property(recordArb, recordArb, (device, backup) => {
				const all = [...device.signs, ...backup.signs];
				for (const s of mergeWarningSigns(device, backup).signs)
					if (s.resolvedAt !== null)
						for (const o of all.filter((x) => dayOf(x) === dayOf(s) && x.resolvedAt === null))
							expect(dealtWithBy(all, o)).toBe(true);
			})
		);
	});

	it('keeps each sign and day at the most urgent level either side gave it', () => {
		const urgency = ['routine', 'same-day', 'emergency'];
		fc.assert(
			fc.property(recordArb, recordArb, (device, backup) => {
				for (const s of mergeWarningSigns(device, backup).signs) {
					const levels = [...device.signs, ...backup.signs]
						.filter((x) => dayOf(x) === dayOf(s))
						.map((x) => urgency.indexOf(x.level));
					expect(urgency.indexOf(s.level)).toBe(Math.max(...levels));
				}
			})
		);
	});

	it('does not depend on which side is which; merged with itself or a side again, closes nothing', () => {
		fc.assert(
			fc.property(recordArb, recordArb, (device, backup) => {
				const merged = mergeWarningSigns(device, backup);
				expect(mergeWarningSigns(merged, merged)).toEqual(merged);
				expect(mergeWarningSigns(backup, device).signs).toEqual(merged.signs);
				const open = openWarningSigns(merged).map(dayOf);
				for (const again of [mergeWarningSigns(merged, backup), mergeWarningSigns(device, merged)])
					expect(openWarningSigns(again).map(dayOf)).toEqual(expect.arrayContaining(open));
			})
		);
	});
});
