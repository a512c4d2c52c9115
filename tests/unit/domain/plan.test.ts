import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { planDay, regenerateDay, type DayPlan, type PlanItem } from '$lib/domain/plan';
import { wallTimeToMinutes } from '$lib/domain/time';
import { makeContext, makeDay, makeProfile } from '../fixtures/builders';

const MONDAY = '2026-06-15';
const SUNDAY = '2026-06-21';
const ctx = makeContext();

const ofMeasure = (plan: DayPlan, measure: PlanItem['measure']) =>
	plan.items.filter((i) => i.measure === measure);
const compresses = (plan: DayPlan) => plan.items.filter((i) => i.measure.endsWith('compress'));

describe('planDay: phase and compress choice', () => {
	it.each([
		{
			name: 'recovery, guided: warm, at most 3',
			profile: {},
			measure: 'warm-compress',
			min: 3,
			max: 3
		},
		{
			name: 'flare day 1, guided: cold every 2-3 h',
			profile: { phase: 'flare' as const, flareStartedOn: MONDAY },
			measure: 'cold-compress',
			min: 5,
			max: 6
		},
		{
			name: 'flare day 3, guided: still cold',
			profile: { phase: 'flare' as const, flareStartedOn: '2026-06-13' },
			measure: 'cold-compress',
			min: 5,
			max: 6
		},
		{
			name: 'flare day 4: recovery rules, warm',
			profile: { phase: 'flare' as const, flareStartedOn: '2026-06-12' },
			measure: 'warm-compress',
			min: 3,
			max: 3
		},
		{
			name: 'recovery, prefers cold',
			profile: { compressPreference: 'cold' as const },
			measure: 'cold-compress',
			min: 3,
			max: 3
		},
		{
			name: 'flare, prefers warm',
			profile: { phase: 'flare' as const, compressPreference: 'warm' as const },
			measure: 'warm-compress',
			min: 5,
			max: 6
		}
	])('$name', ({ profile, measure, min, max }) => {
		const plan = planDay(makeProfile(profile), MONDAY, [], ctx);
		const sessions = compresses(plan);
		expect(sessions.every((s) => s.measure === measure)).toBe(true);
		expect(sessions.length).toBeGreaterThanOrEqual(min);
		expect(sessions.length).toBeLessThanOrEqual(max);
	});

	it('alternates cold and warm when asked', () => {
		const plan = planDay(makeProfile({ compressPreference: 'alternate' }), MONDAY, [], ctx);
		expect(compresses(plan).map((c) => c.measure)).toEqual([
			'cold-compress',
			'warm-compress',
			'cold-compress'
		]);
	});

	it('plans no compress when the person wants none', () => {
		expect(
			compresses(planDay(makeProfile({ compressPreference: 'none' }), MONDAY, [], ctx))
		).toEqual([]);
	});

	it('uses the flare plan on a declared bad day, and says so', () => {
		const plan = planDay(makeProfile(), MONDAY, [makeDay({ date: MONDAY, flare: true })], ctx);
		expect(plan.phase).toBe('flare');
		expect(plan.badDay).toBe(true);
		expect(compresses(plan).every((c) => c.measure === 'cold-compress')).toBe(true);
	});

	it('keeps compress sessions 15-20 min, at least 2 h apart, off at least as long as on', () => {
		for (const minutes of [15, 18, 20]) {
			const plan = planDay(
				makeProfile({ phase: 'flare', compressMinutes: minutes }),
				MONDAY,
				[],
				ctx
			);
			const sessions = compresses(plan);
			for (const [i, s] of sessions.entries()) {
				expect(s.durationMinutes).toBe(minutes);
				const next = sessions[i + 1];
				if (next) {
					expect(next.startMinutes - s.startMinutes).toBeGreaterThanOrEqual(120);
					expect(next.startMinutes - (s.startMinutes + s.durationMinutes)).toBeGreaterThanOrEqual(
						s.durationMinutes
					);
				}
			}
		}
	});
});

describe('planDay: safety answers', () => {
	it.each([
		{ screening: { numbness: true }, phase: 'flare' as const, expected: [] },
		{
			screening: { numbness: true, compressClinicianApproved: true },
			phase: 'flare' as const,
			expected: ['cold-compress']
		},
		{ screening: { poorCirculation: true }, phase: 'recovery' as const, expected: [] },
		{ screening: { diabetes: true }, phase: 'recovery' as const, expected: [] },
		{ screening: { raynauds: true }, phase: 'flare' as const, expected: ['warm-compress'] },
		{ screening: { coldHives: true }, phase: 'flare' as const, expected: ['warm-compress'] },
		{
			screening: { wound: true, compressClinicianApproved: true },
			phase: 'recovery' as const,
			expected: []
		},
		{
			screening: { sedatingMedication: true },
			phase: 'recovery' as const,
			expected: ['warm-compress']
		}
	])('$screening in $phase gives compresses $expected', ({ screening, phase, expected }) => {
		const plan = planDay(makeProfile({ screening, phase }), MONDAY, [], ctx);
		expect([...new Set(compresses(plan).map((c) => c.measure))]).toEqual(expected);
		if (expected.length === 0) expect(plan.notes.length).toBeGreaterThan(0);
	});

	it('numbness: the note says why compresses are off', () => {
		const plan = planDay(makeProfile({ screening: { numbness: true } }), MONDAY, [], ctx);
		expect(plan.notes.join(' ')).toMatch(/numb skin/);
	});

	it('an explicit cold preference with Raynaud’s gives no compress rather than heat', () => {
		const plan = planDay(
			makeProfile({ compressPreference: 'cold', screening: { raynauds: true } }),
			MONDAY,
			[],
			ctx
		);
		expect(compresses(plan)).toEqual([]);
	});

	it('sleep or strong pain medicine: no warm compress in the hour before sleep', () => {
		const profile = makeProfile({
			screening: { sedatingMedication: true },
			sleepTime: '22:00',
			wakeTime: '15:00'
		});
		const plan = planDay(profile, MONDAY, [], ctx);
		const sessions = compresses(plan);
		expect(sessions.length).toBeGreaterThan(0);
		for (const s of sessions)
			expect(s.startMinutes + s.durationMinutes).toBeLessThanOrEqual(21 * 60);
		expect(sessions[0]!.cautions.join(' ')).toMatch(/fall asleep on a heat pack/);
	});
});

describe('planDay: stretches, walk, relaxation', () => {
	it.each([1, 2, 3] as const)('plans %i stretch session(s) on a recovery day', (sessions) => {
		const plan = planDay(makeProfile({ stretchSessionsPerDay: sessions }), MONDAY, [], ctx);
		expect(ofMeasure(plan, 'stretch')).toHaveLength(sessions);
	});

	it('offers only the gentlest stretches on a flare day, without progression', () => {
		const history = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) =>
			makeDay({
				date: `2026-06-0${d}`,
				pain: 3,
				done: [{ measure: 'stretch', exerciseIds: ['pelvic-tilt'] }]
			})
		);
		const plan = planDay(makeProfile({ phase: 'flare' }), MONDAY, history, ctx);
		const exercises = ofMeasure(plan, 'stretch').flatMap((s) => s.exercises);
		expect(exercises.length).toBeGreaterThan(0);
		for (const e of exercises) expect(CARE_CATALOGUE.exercises[e.exerciseId].gentle).toBe(true);
		expect(exercises.find((e) => e.exerciseId === 'pelvic-tilt')?.reps).toBe(5);
	});

	it.each([
		{ side: 'right' as const, expected: 'right side' },
		{ side: 'left' as const, expected: 'left side' },
		{ side: 'both' as const, expected: 'each side' }
	])('stretches the painful side: $side', ({ side, expected }) => {
		const plan = planDay(makeProfile({ affectedSide: side }), MONDAY, [], ctx);
		const figureFour = ofMeasure(plan, 'stretch')[0]!.exercises.find(
			(e) => e.exerciseId === 'figure-four'
		);
		expect(figureFour?.sides).toBe(expected);
		// A stretch done on both sides starts on the painful one.
		const kneeToShoulder = planDay(
			makeProfile({ affectedSide: side, stretchIds: ['knee-to-opposite-shoulder'] }),
			MONDAY,
			[],
			ctx
		)
			.items.filter((i) => i.measure === 'stretch')[0]!
			.exercises.find((e) => e.exerciseId === 'knee-to-opposite-shoulder');
		expect(kneeToShoulder?.sides).toBe(side === 'both' ? 'each side' : `each side, ${side} first`);
	});

	it('gives every stretch item its dose and stop rules', () => {
		const stretch = ofMeasure(planDay(makeProfile(), MONDAY, [], ctx), 'stretch')[0]!;
		expect(stretch.instructions).toContain(
			'Figure-4 stretch (lying): hold 30 s, 3 times, right side.'
		);
		expect(stretch.instructions).toContain('Glute bridge: 5 repetitions.');
		expect(stretch.cautions).toContain('Stop if pain shoots further down your leg.');
	});

	it('plans a daily walk and one relaxation (two on a flare day)', () => {
		const recovery = planDay(makeProfile(), MONDAY, [], ctx);
		expect(ofMeasure(recovery, 'walk')).toHaveLength(1);
		expect(ofMeasure(recovery, 'walk')[0]!.durationMinutes).toBe(10);
		expect(ofMeasure(recovery, 'rest')).toHaveLength(1);
		expect(
			ofMeasure(planDay(makeProfile({ phase: 'flare' }), MONDAY, [], ctx), 'rest')
		).toHaveLength(2);
	});

	it('keeps lying stretches out of the sitting hours when there is room', () => {
		const profile = makeProfile({
			sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }]
		});
		for (const s of ofMeasure(planDay(profile, MONDAY, [], ctx), 'stretch')) {
			const outside = s.startMinutes + s.durationMinutes <= 9 * 60 || s.startMinutes >= 17 * 60;
			expect(outside, s.start).toBe(true);
		}
	});
});

describe('planDay: progression from history', () => {
	const bridge = (date: string, pain: number | null, flare = false) =>
		makeDay({ date, pain, flare, done: [{ measure: 'stretch', exerciseIds: ['glute-bridge'] }] });
	const repsOfBridge = (plan: DayPlan) =>
		ofMeasure(plan, 'stretch')[0]!.exercises.find((e) => e.exerciseId === 'glute-bridge')!.reps;

	it.each([
		{ name: 'no history: start at 5', history: [], reps: 5 },
		{
			name: '2 comfortable days: still 5',
			history: [bridge('2026-06-10', 4), bridge('2026-06-11', 4)],
			reps: 5
		},
		{
			name: '3 comfortable days: 6',
			history: [bridge('2026-06-10', 4), bridge('2026-06-11', 4), bridge('2026-06-12', 3)],
			reps: 6
		},
		{
			name: 'a day more than 1 point above the usual pain breaks the row',
			history: [bridge('2026-06-10', 2), bridge('2026-06-11', 2), bridge('2026-06-12', 4)],
			reps: 5
		},
		{
			name: 'pain 5/10 within 1 point of the usual still counts as comfortable',
			history: [bridge('2026-06-10', 4), bridge('2026-06-11', 4), bridge('2026-06-12', 5)],
			reps: 6
		},
		{
			name: 'a flare day resets the count',
			history: [bridge('2026-06-10', 4), bridge('2026-06-11', 4, true), bridge('2026-06-12', 4)],
			reps: 5
		},
		{
			name: 'days without pain recorded do not count',
			history: [bridge('2026-06-10', null), bridge('2026-06-11', null), bridge('2026-06-12', null)],
			reps: 5
		},
		{
			name: 'records on or after the planned day do not count',
			history: [bridge('2026-06-15', 2), bridge('2026-06-16', 2), bridge('2026-06-17', 2)],
			reps: 5
		},
		{
			name: 'capped at 10',
			history: Array.from({ length: 40 }, (_, i) =>
				bridge(`2026-05-${String((i % 31) + 1).padStart(2, '0')}`, 2)
			).slice(0, 31),
			reps: 10
		}
	])('$name', ({ history, reps }) => {
		expect(repsOfBridge(planDay(makeProfile(), MONDAY, history, ctx))).toBe(reps);
	});

	it('grows the walk by 2 minutes after 3 comfortable walking days', () => {
		const walked = (date: string) =>
			makeDay({ date, pain: 3, done: [{ measure: 'walk', exerciseIds: ['walking'] }] });
		const history = [
			'2026-06-08',
			'2026-06-09',
			'2026-06-10',
			'2026-06-11',
			'2026-06-12',
			'2026-06-13'
		].map(walked);
		expect(
			ofMeasure(planDay(makeProfile(), MONDAY, history, ctx), 'walk')[0]!.durationMinutes
		).toBe(14);
	});
});

describe('planDay: sitting breaks and weigh-in', () => {
	const worker = makeProfile({
		sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
		sittingBreakMinutes: 30
	});

	it('prompts every 30 min of the sitting hours on a work day', () => {
		const prompts = ofMeasure(planDay(worker, MONDAY, [], ctx), 'sitting-break');
		expect(prompts.map((p) => p.start)).toEqual([
			'09:30',
			'10:00',
			'10:30',
			'11:00',
			'11:30',
			'12:00',
			'12:30',
			'13:00',
			'13:30',
			'14:00',
			'14:30',
			'15:00',
			'15:30',
			'16:00',
			'16:30'
		]);
		expect(prompts.every((p) => p.kind === 'prompt')).toBe(true);
	});

	it('has no sitting prompts on a day without sitting hours', () => {
		expect(ofMeasure(planDay(worker, SUNDAY, [], ctx), 'sitting-break')).toEqual([]);
	});

	it.each([20, 45, 60])('honours a %i-minute break interval', (minutes) => {
		const profile = makeProfile({ ...worker, sittingBreakMinutes: minutes });
		const prompts = ofMeasure(planDay(profile, MONDAY, [], ctx), 'sitting-break');
		expect(prompts[0]!.startMinutes).toBe(9 * 60 + minutes);
		expect(prompts.length).toBe(Math.ceil((8 * 60) / minutes) - 1);
	});

	it('plans a weigh-in on the chosen weekday only, when the module is on', () => {
		const weight = {
			unit: 'kg' as const,
			heightCm: 170,
			weightKg: 80,
			goalsOff: false,
			goalKg: 75,
			weighInDay: 1 as const
		};
		expect(ofMeasure(planDay(makeProfile({ weight }), MONDAY, [], ctx), 'weigh-in')).toHaveLength(
			1
		);
		expect(ofMeasure(planDay(makeProfile({ weight }), SUNDAY, [], ctx), 'weigh-in')).toHaveLength(
			0
		);
		expect(ofMeasure(planDay(makeProfile(), MONDAY, [], ctx), 'weigh-in')).toHaveLength(0);
	});
});

describe('planDay: time of day', () => {
	it('made during the day, it is still the plan of the whole day (issue 25 point 5)', () => {
		// 13:00 on the planned day, in the zone used for planning, set up the week before.
		const context = {
			...makeContext('2026-06-15T13:00:00Z', 'UTC'),
			setUpAt: '2026-06-08T09:00:00Z'
		};
		const plan = planDay(makeProfile(), MONDAY, [], context);
		expect(plan.items).toEqual(planDay(makeProfile(), MONDAY, [], ctx).items);
		expect(plan.items.some((i) => i.startMinutes < 13 * 60)).toBe(true);
	});

	it('made on the set-up day: nothing owed before set-up', () => {
		const context = {
			...makeContext('2026-06-15T13:00:00Z', 'UTC'),
			setUpAt: '2026-06-15T13:00:00Z'
		};
		const plan = planDay(makeProfile(), MONDAY, [], context);
		expect(plan.items.length).toBeGreaterThan(0);
		for (const item of plan.items) expect(item.startMinutes).toBeGreaterThanOrEqual(13 * 60 - 15);
		expect(plan.startsAt).toBe('13:00');
	});

	it('set up late in the evening: no items, and no note of items that did not fit', () => {
		const context = {
			...makeContext('2026-06-15T23:40:00Z', 'UTC'),
			setUpAt: '2026-06-15T23:40:00Z'
		};
		const plan = planDay(makeProfile(), MONDAY, [], context);
		expect(plan.items.filter((i) => i.kind === 'timed')).toEqual([]);
		expect(plan.notes).toEqual([]);
	});

	it.each([
		['Europe/Berlin', '2026-03-29', 120, 180],
		['America/New_York', '2026-03-08', 120, 180],
		['Australia/Lord_Howe', '2026-10-04', 120, 150]
	])('%s %s: nothing starts in the skipped hour', (zone, date, from, to) => {
		const nightShift = makeProfile({ wakeTime: '00:00', sleepTime: '08:00', phase: 'flare' });
		const plan = planDay(nightShift, date, [], makeContext('2026-01-01T00:00:00Z', zone));
		expect(plan.items.length).toBeGreaterThan(0);
		for (const item of plan.items.filter((i) => i.kind === 'timed')) {
			const end = item.startMinutes + item.durationMinutes;
			expect(end <= from || item.startMinutes >= to, `${item.title} ${item.start}`).toBe(true);
		}
	});

	it('is deterministic: the same inputs give the same plan', () => {
		const profile = makeProfile({
			phase: 'flare',
			sittingBlocks: [{ weekdays: [1], start: '08:00', end: '12:00' }]
		});
		expect(planDay(profile, MONDAY, [], ctx)).toEqual(planDay(profile, MONDAY, [], ctx));
	});

	it('keeps every item inside waking hours', () => {
		const profile = makeProfile({ wakeTime: '06:15', sleepTime: '21:40' });
		for (const item of planDay(profile, MONDAY, [], ctx).items) {
			expect(item.startMinutes).toBeGreaterThanOrEqual(wallTimeToMinutes('06:15'));
			expect(item.startMinutes + item.durationMinutes).toBeLessThanOrEqual(
				wallTimeToMinutes('21:40')
			);
		}
	});
});

describe('regenerateDay', () => {
	it('keeps the items already done, exactly, after a profile change', () => {
		const before = planDay(makeProfile(), MONDAY, [], ctx);
		const done = before.items
			.filter((i) => i.measure === 'warm-compress' || i.measure === 'walk')
			.slice(0, 2);
		const after = regenerateDay(
			before,
			Object.fromEntries(done.map((d) => [d.id, { status: 'done' as const }])),
			makeProfile({ phase: 'flare', compressPreference: 'cold' }),
			[],
			ctx
		);
		for (const d of done) expect(after.items).toContainEqual(d);
		expect(after.phase).toBe('flare');
		const timed = after.items
			.filter((i) => i.kind === 'timed')
			.sort((a, b) => a.startMinutes - b.startMinutes);
		for (let i = 1; i < timed.length; i++) {
			expect(timed[i]!.startMinutes).toBeGreaterThanOrEqual(
				timed[i - 1]!.startMinutes + timed[i - 1]!.durationMinutes
			);
		}
		// The new cold sessions respect the spacing from the warm one already done.
		const all = compresses(after)
			.map((c) => c.startMinutes)
			.sort((a, b) => a - b);
		for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeGreaterThanOrEqual(120);
	});
});

describe('a day limited by a same-day warning sign (issue 24 point 5)', () => {
	// Guided compresses: warm on a recovery day, cold on the flare day the limit plans. Cold takes
	// warm's places (compresses count as one kind), never more of them.
	it('swaps warm compresses for cold, at most as many, and keeps one rest session', () => {
		const profile = makeProfile({ compressPreference: 'guided', phase: 'recovery' });
		const context = makeContext('2026-06-14T22:00:00Z');
		const normal = planDay(profile, '2026-06-15', [], context);
		const limited = planDay(profile, '2026-06-15', [], { ...context, flareOnly: true });
		const count = (plan: DayPlan, measure: string) =>
			plan.items.filter((i) => i.measure === measure).length;
		expect(count(normal, 'warm-compress')).toBeGreaterThan(0);
		expect(count(normal, 'cold-compress')).toBe(0);
		expect(count(limited, 'warm-compress')).toBe(0);
		expect(count(limited, 'cold-compress')).toBeGreaterThan(0);
		expect(count(limited, 'cold-compress')).toBeLessThanOrEqual(count(normal, 'warm-compress'));
		expect(count(limited, 'rest')).toBe(count(normal, 'rest'));
		expect(limited.items.length).toBeLessThanOrEqual(normal.items.length);
	});
});
