import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedFlagId, WarningLevel } from '$lib/domain/care';
import { withAnswers, withResolved, type KnownSign } from '$lib/domain/warning-sign-answers';
import { mergeWarningSigns } from '$lib/domain/warning-sign-merge';
import {
	NO_WARNING_SIGNS,
	openWarningSigns,
	type WarningResolution,
	type WarningSignRecord,
	type WarningSource
} from '$lib/domain/warning-signs';

// Issue 25 point 1: whatever a person does with their warning signs over a few days (check-ins
// saved and edited, Yes and No, known answers, "I answered yes by mistake", booked, assessed,
// dismissed, a merge restore), the record never holds two records of one sign for one day.

const IDS: readonly RedFlagId[] = ['fever', 'bladder-bowel', 'minor-injury'];
const LEVELS: readonly WarningLevel[] = ['routine', 'same-day', 'emergency'];
const START = Date.UTC(2026, 2, 28, 6);

type Step =
	| {
			kind: 'answer';
			from: WarningSource;
			answers: Partial<Record<RedFlagId, boolean>>;
			levels: Partial<Record<RedFlagId, WarningLevel>>;
			known: RedFlagId[];
			worse: RedFlagId[];
	  }
	| { kind: 'resolve'; ids: RedFlagId[]; resolution: WarningResolution }
	| { kind: 'merge'; other: Step[] }
	| { kind: 'next-day' };

const ids = fc.subarray([...IDS]);
const answerStep: fc.Arbitrary<Step> = fc.record({
	kind: fc.constant('answer' as const),
	from: fc.constantFrom<WarningSource>('set-up', 'check-in', 'visit-questions'),
	answers: fc.dictionary(fc.constantFrom(...IDS), fc.boolean()),
	levels: fc.dictionary(fc.constantFrom(...IDS), fc.constantFrom(...LEVELS)),
	known: ids,
	worse: ids
});
const resolveStep: fc.Arbitrary<Step> = fc.record({
	kind: fc.constant('resolve' as const),
	ids,
	resolution: fc.constantFrom<WarningResolution>('assessed', 'withdrawn', 'dismissed')
});
const simpleStep = fc.oneof(
	{ arbitrary: answerStep, weight: 4 },
	{ arbitrary: resolveStep, weight: 3 },
	{ arbitrary: fc.constant<Step>({ kind: 'next-day' }), weight: 1 }
);
const step: fc.Arbitrary<Step> = fc.oneof(
	{ arbitrary: simpleStep, weight: 9 },
	{
		arbitrary: fc
			.array(simpleStep, { maxLength: 8 })
			.map((other): Step => ({ kind: 'merge', other })),
		weight: 1
	}
);

/** Runs the steps from `record`, a minute apart, checking after each one. */
function run(
	steps: readonly Step[],
	check: (
		record: WarningSignRecord,
		before: WarningSignRecord,
		step: Step,
		date: string
	) => void = () => {}
): WarningSignRecord {
	let record = NO_WARNING_SIGNS;
	let minute = 0;
	let day = 0;
	for (const s of steps) {
		minute += 1;
		const now = new Date(START + day * 86_400_000 + minute * 60_000);
		const date = now.toISOString().slice(0, 10);
		const before = record;
		if (s.kind === 'next-day') {
			day += 1;
			minute = 0;
			continue;
		}
		if (s.kind === 'answer') {
			const known: KnownSign[] = s.known
				.filter((id) => s.answers[id] === true)
				.map((id) => ({ id, level: s.levels[id] ?? 'routine', assessedAt: now.toISOString() }));
			const alarm = Object.fromEntries(
				Object.entries(s.answers).filter(([id]) => !known.some((k) => k.id === id))
			);
			const levels = IDS.filter((id) => alarm[id] === true).map((id) => ({
				id,
				level: s.levels[id] ?? 'routine'
			}));
			record = withAnswers(
				record,
				alarm,
				levels,
				{ from: s.from, date, now, newSinceAssessed: s.worse },
				known
			);
		} else if (s.kind === 'resolve') {
			record = withResolved(record, s.ids, s.resolution, now);
		} else {
			record = mergeWarningSigns(record, run(s.other));
		}
		check(record, before, s, date);
	}
	return record;
}

const perDay = (record: WarningSignRecord) => record.signs.map((s) => `${s.id}|${s.answeredOn}`);

describe('warning signs over any day of answers (issue 25 point 1)', () => {
	it('never keeps two records of one sign for one day', () => {
		fc.assert(
			fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
				run(steps, (record) => {
					const days = perDay(record);
					expect(new Set(days).size).toBe(days.length);
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('a yes to a sign with no record that day leaves it open; dealing with it leaves none open', () => {
		fc.assert(
			fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
				run(steps, (record, before, s, date) => {
					const open = new Set(openWarningSigns(record).map((x) => x.id));
					if (s.kind === 'resolve') for (const id of s.ids) expect(open.has(id)).toBe(false);
					if (s.kind !== 'answer') return;
					for (const id of IDS) {
						const yes = s.answers[id] === true && !s.known.includes(id);
						const hadToday = before.signs.some((x) => x.id === id && x.answeredOn === date);
						if (yes && !hadToday) expect(open.has(id)).toBe(true);
					}
				});
			}),
			{ numRuns: 200 }
		);
	});
});
