import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import type { DayRecord } from '$lib/domain/history';
import {
	MIN_SESSION_GAP_MINUTES,
	planDay,
	regenerateDay,
	STRENUOUS_MEASURES,
	WIND_DOWN_MINUTES,
	type DayPlan,
	type PlanItem
} from '$lib/domain/plan';
import { MISSED_AFTER_MINUTES } from '$lib/domain/day';
import type { CheckInStatus } from '$lib/domain/records';
import { parseProfile, STRETCH_IDS, type Profile } from '$lib/domain/profile';
import {
	addDays,
	instantOf,
	skippedWallMinutes,
	wallClockAt,
	type IsoWeekday
} from '$lib/domain/time';
import { dayEndMinutes, minutesToWallTime, wakingDayOf } from '$lib/domain/local-time';
import { HOST_ZONE, makeDay } from '../fixtures/builders';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
// Spring-forward and fall-back dates of those zones in 2026, and ordinary days.
const DATES = [
	'2026-03-08',
	'2026-03-29',
	'2026-04-05',
	'2026-10-04',
	'2026-10-25',
	'2026-11-01',
	'2026-06-15',
	'2026-12-31'
];

const time = (min: number, max: number) =>
	fc.integer({ min, max }).map((m) => minutesToWallTime(m * 5));
const weekdays = fc.uniqueArray(fc.constantFrom<IsoWeekday>(1, 2, 3, 4, 5, 6, 7), {
	minLength: 1,
	maxLength: 7
});

const sittingBlock = fc
	.tuple(fc.integer({ min: 0, max: 270 }), fc.integer({ min: 1, max: 100 }), weekdays)
	.map(([start, length, days]) => ({
		weekdays: days,
		start: minutesToWallTime(start * 5),
		end: minutesToWallTime(Math.min(287, start + length) * 5)
	}));

const stretchChoice = fc
	.subarray([...STRETCH_IDS], { minLength: 0 })
	.map((ids) => (ids.includes('hamstring') ? ids.filter((id) => id !== 'nerve-glide') : ids));

/** Instants for the safety questions' last answer and for check-ins that report numbness. */
const REVIEW_TIMES = [
	'2026-01-10T08:00:00.000Z',
	'2026-03-28T21:30:00.000Z',
	'2026-06-14T07:00:00.000Z',
	'2026-10-25T06:15:00.000Z'
];

/** Any profile the validator accepts: the generator must honour its rules for every one of them. */
const profileArb: fc.Arbitrary<Profile> = fc
	.record({
		wakeTime: time(0, 150), // 00:00 - 12:30
		// 6 to 20 hours awake: many of these days end after midnight (wake 12:30, sleep 08:30).
		awakeFiveMinutes: fc.integer({ min: 72, max: 240 }),
		sittingBlocks: fc.array(sittingBlock, { maxLength: 3 }),
		affectedSide: fc.constantFrom('left', 'right', 'both'),
		phase: fc.constantFrom('flare', 'recovery'),
		flareStartedOn: fc.option(
			fc.constantFrom('2026-03-06', '2026-03-28', '2026-06-14', '2026-10-24')
		),
		painStartedOn: fc.constant(null),
		compressPreference: fc.constantFrom('guided', 'cold', 'warm', 'alternate', 'none'),
		compressMinutes: fc.integer({ min: 15, max: 20 }),
		stretchIds: stretchChoice,
		stretchSessionsPerDay: fc.constantFrom(1, 2, 3),
		sittingBreakMinutes: fc.integer({ min: 20, max: 60 }),
		screening: fc.record({
			numbness: fc.boolean(),
			poorCirculation: fc.boolean(),
			diabetes: fc.boolean(),
			raynauds: fc.boolean(),
			coldHives: fc.boolean(),
			wound: fc.boolean(),
			sedatingMedication: fc.boolean(),
			compressClinicianApproved: fc.boolean()
		}),
		screeningReviewedAt: fc.option(fc.constantFrom(...REVIEW_TIMES)),
		weight: fc.option(
			fc.record({
				unit: fc.constantFrom('kg', 'lb'),
				heightCm: fc.constant(170),
				weightKg: fc.constant(85),
				goalsOff: fc.boolean(),
				goalKg: fc.constant(null),
				weighInDay: fc.constantFrom<IsoWeekday>(1, 2, 3, 4, 5, 6, 7)
			})
		)
	})
	.map(({ wakeTime, awakeFiveMinutes, ...rest }) => {
		const wake = Number(wakeTime.slice(0, 2)) * 60 + Number(wakeTime.slice(3));
		const sleep = wake + awakeFiveMinutes * 5;
		return { ...rest, wakeTime, sleepTime: minutesToWallTime(sleep) } as Profile;
	})
	.filter((p) => parseProfile(p).ok);

const historyArb = (date: string) =>
	fc
		.array(
			fc.record({
				back: fc.integer({ min: 0, max: 20 }),
				pain: fc.option(fc.integer({ min: 0, max: 10 })),
				flare: fc.boolean(),
				symptoms: fc.subarray(['numbness', 'tingling', 'belowKnee'] as const),
				numbnessReportedAt: fc.option(fc.constantFrom(...REVIEW_TIMES), { freq: 3 }),
				done: fc.subarray([
					'figure-four',
					'glute-bridge',
					'pelvic-tilt',
					'nerve-glide',
					'walking'
				] as const)
			}),
			{ maxLength: 15 }
		)
		.map((days) =>
			days.map((d): DayRecord => ({
				date: addDays(date, -d.back),
				pain: d.pain,
				flare: d.flare,
				done: d.done.map((id) => ({
					measure: id === 'walking' ? 'walk' : 'stretch',
					exerciseIds: [id]
				})),
				planned: 0,
				skippedWithReason: 0,
				redFlags: [],
				symptoms: d.symptoms,
				numbnessReportedAt: d.numbnessReportedAt
			}))
		);

const scenario = fc
	.record({
		profile: profileArb,
		date: fc.constantFrom(...DATES),
		zone: fc.constantFrom(HOST_ZONE, ...ZONES)
	})
	.chain((s) =>
		fc.record({
			profile: fc.constant(s.profile),
			date: fc.constant(s.date),
			zone: fc.constant(s.zone),
			// `now` from the evening before to the end of the planned day.
			nowOffsetMinutes: fc.integer({ min: -36 * 60, max: 36 * 60 }),
			// When the person set the app up: days before, or around the planned day.
			setUpOffsetMinutes: fc.option(fc.integer({ min: -36 * 60, max: 36 * 60 })),
			history: historyArb(s.date)
		})
	);

const nowFor = (date: string, offset: number) =>
	new Date(Date.parse(`${date}T12:00:00Z`) + offset * 60_000);
const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const setUpFor = (date: string, offset: number | null) =>
	offset === null ? null : nowFor(date, offset).toISOString();
/** Minute of the waking day of `date` an instant falls on; ±Infinity on an earlier or later day. */
function minuteOf(instant: Date, date: string, zone: string, profile: Profile): number {
	const wall = wakingDayOf(wallClockAt(instant, zone), profile);
	if (wall.date === date) return wall.minutes;
	return wall.date < date ? -Infinity : Infinity;
}
const kindOf = (m: string) => (m === 'cold-compress' || m === 'warm-compress' ? 'compress' : m);

/** Issue 25 point 6: sessions of a kind spread out; nothing strenuous in the last hour. */
function checkSpacing(plan: DayPlan, profile: Profile): void {
	const sleep = dayEndMinutes(profile);
	const byKind = new Map<string, number[]>();
	for (const item of plan.items.filter((i) => i.kind === 'timed')) {
		byKind.set(kindOf(item.measure), [
			...(byKind.get(kindOf(item.measure)) ?? []),
			item.startMinutes
		]);
		if (STRENUOUS_MEASURES.includes(item.measure))
			expect(
				item.startMinutes + item.durationMinutes,
				`${item.title} ${item.start}`
			).toBeLessThanOrEqual(sleep - WIND_DOWN_MINUTES);
	}
	for (const [kind, starts] of byKind) {
		const sorted = [...starts].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i]! - sorted[i - 1]!, `${kind} sessions`).toBeGreaterThanOrEqual(
				MIN_SESSION_GAP_MINUTES
			);
	}
}

function checkInvariants(
	plan: ReturnType<typeof planDay>,
	profile: Profile,
	history: readonly DayRecord[],
	zone: string
): void {
	const wake = toMinutes(profile.wakeTime);
	const sleep = dayEndMinutes(profile); // past 1440 when the day ends after midnight
	const timed = plan.items.filter((i) => i.kind === 'timed');
	for (const item of plan.items) {
		expect(item.startMinutes).toBeGreaterThanOrEqual(wake);
		expect(item.startMinutes + item.durationMinutes).toBeLessThanOrEqual(sleep);
		expect(item.start).toBe(minutesToWallTime(item.startMinutes));
	}
	const sorted = [...timed].sort((a, b) => a.startMinutes - b.startMinutes);
	for (let i = 1; i < sorted.length; i++) {
		expect(sorted[i]!.startMinutes).toBeGreaterThanOrEqual(
			sorted[i - 1]!.startMinutes + sorted[i - 1]!.durationMinutes
		);
	}
	const compresses = sorted.filter(
		(i) => i.measure === 'cold-compress' || i.measure === 'warm-compress'
	);
	for (const [i, c] of compresses.entries()) {
		expect(c.durationMinutes).toBeLessThanOrEqual(20);
		expect(c.durationMinutes).toBeGreaterThanOrEqual(15);
		const next = compresses[i + 1];
		if (next) {
			expect(next.startMinutes - c.startMinutes).toBeGreaterThanOrEqual(120);
			expect(next.startMinutes - c.startMinutes - c.durationMinutes).toBeGreaterThanOrEqual(
				c.durationMinutes
			);
		}
	}
	// No measure a safety answer removes.
	const s = profile.screening;
	const approved = s.compressClinicianApproved;
	const noCompress = s.wound || ((s.numbness || s.poorCirculation || s.diabetes) && !approved);
	if (noCompress) expect(compresses).toEqual([]);
	if (s.raynauds || s.coldHives)
		expect(compresses.filter((c) => c.measure === 'cold-compress')).toEqual([]);
	if (s.sedatingMedication) {
		for (const c of compresses.filter((c) => c.measure === 'warm-compress')) {
			expect(c.startMinutes + c.durationMinutes).toBeLessThanOrEqual(sleep - 60);
		}
	}
	if (profile.compressPreference === 'none') expect(compresses).toEqual([]);
	// Numbness reported in a check-in after the safety questions were answered: no compress at all,
	// whatever a clinician approved before, until the questions are answered again.
	const reviewed = profile.screeningReviewedAt;
	const reportedSince = history.some(
		(r) =>
			r.date <= plan.date &&
			r.numbnessReportedAt !== null &&
			(reviewed === null || r.numbnessReportedAt > reviewed)
	);
	if (reportedSince && !s.numbness) expect(compresses).toEqual([]);
	// Flare days: only the gentlest stretches.
	if (plan.phase === 'flare') {
		for (const e of plan.items.filter((i) => i.measure === 'stretch').flatMap((i) => i.exercises)) {
			expect(CARE_CATALOGUE.exercises[e.exerciseId].gentle).toBe(true);
		}
	}
	// Nothing in a wall-clock time that does not exist that day (or the next morning, for a day
	// that ends after midnight).
	const gap = skippedWallMinutes(plan.date, zone);
	const nextGap = skippedWallMinutes(addDays(plan.date, 1), zone);
	for (const item of plan.items) {
		if (gap) expect(item.startMinutes >= gap.start && item.startMinutes < gap.end).toBe(false);
		if (nextGap)
			expect(
				item.startMinutes >= nextGap.start + 1440 && item.startMinutes < nextGap.end + 1440
			).toBe(false);
	}
	// Nothing owed from before set-up, on the set-up day; any other day is whole.
	const setUp = plan.startsAt === undefined ? -Infinity : toMinutes(plan.startsAt);
	for (const item of plan.items)
		expect(
			item.startMinutes + Math.max(item.durationMinutes, MISSED_AFTER_MINUTES)
		).toBeGreaterThan(setUp < wake ? setUp + 1440 : setUp);
	checkSpacing(plan, profile);
	// Each item's time, read back off the clock, belongs to this waking day at the same minute:
	// after midnight too, and across DST (instants strictly in the items' order).
	let previous = -Infinity;
	for (const item of [...plan.items].sort((a, b) => a.startMinutes - b.startMinutes)) {
		const at = instantOf(plan.date, item.startMinutes, zone);
		expect(wakingDayOf(wallClockAt(at, zone), profile)).toEqual({
			date: plan.date,
			minutes: item.startMinutes
		});
		expect(at.getTime()).toBeGreaterThanOrEqual(previous);
		previous = at.getTime();
	}
	// Every item carries its measure's cautions from content; a compress says to check the skin.
	for (const item of plan.items)
		for (const caution of CARE_CATALOGUE.measures[item.measure].cautions)
			expect(item.cautions).toContain(caution);
	for (const c of compresses) expect(c.instructions.join(' ')).toMatch(/Check your skin/);
	// Unique ids, and unique notes (Today lists both keyed by value).
	expect(new Set(plan.items.map((i) => i.id)).size).toBe(plan.items.length);
	expect(new Set(plan.notes).size).toBe(plan.notes.length);
}

describe('planDay properties (fast-check)', () => {
	it(
		'holds every rule for any valid profile, date, zone, history and now',
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(scenario, fc.boolean(), (s, flareOnly) => {
					const { profile, date, zone, nowOffsetMinutes, history } = s;
					const now = nowFor(date, nowOffsetMinutes);
					const plan = planDay(profile, date, history, {
						now,
						timeZone: zone,
						catalogue: CARE_CATALOGUE,
						flareOnly,
						setUpAt: setUpFor(date, s.setUpOffsetMinutes)
					});
					checkInvariants(plan, profile, history, zone);
					// An open same-day warning sign: the flare-day plan, and a note saying why.
					if (flareOnly) {
						expect(plan.phase).toBe('flare');
						expect(plan.warningHold).toBe(true);
						const hold = CARE_CATALOGUE.warningSignHold;
						expect(plan.notes).toContain(
							`${hold.flareOnly} The app’s choice, not a published rule: ${hold.designChoice}`
						);
					} else expect(plan.warningHold).toBeUndefined();
				}),
				{ numRuns: 300 }
			);
		}
	);

	it(
		'is the plan of the whole waking day, whenever it is made (issue 25 point 5)',
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(scenario, fc.boolean(), (s, flareOnly) => {
					const { profile, date, zone, nowOffsetMinutes, history } = s;
					const context = { timeZone: zone, catalogue: CARE_CATALOGUE, flareOnly };
					const whole = planDay(profile, date, history, {
						...context,
						now: nowFor(date, -36 * 60)
					});
					const setUpAt = setUpFor(date, s.setUpOffsetMinutes);
					const plan = planDay(profile, date, history, {
						...context,
						now: nowFor(date, nowOffsetMinutes),
						setUpAt
					});
					// Set up on another day (or never): the whole day, whatever the time it is made.
					const setUp = setUpAt ? minuteOf(new Date(setUpAt), date, zone, profile) : NaN;
					const setUpToday = Number.isFinite(setUp) && setUp > toMinutes(profile.wakeTime);
					const owed = (i: PlanItem) =>
						!setUpToday ||
						i.startMinutes + Math.max(i.durationMinutes, MISSED_AFTER_MINUTES) > setUp;
					expect(plan.items).toEqual(whole.items.filter(owed));
					expect(plan.notes).toEqual(whole.notes);
					expect(plan.startsAt !== undefined).toBe(setUpToday);
				}),
				{ numRuns: 200 }
			);
		}
	);

	it(
		'a rebuild never drops an item done, skipped or missed, and owes nothing new before now',
		{ timeout: 120_000 },
		() => {
			const statuses = fc.array(
				fc.constantFrom<CheckInStatus | null>('done', 'skipped', 'snoozed', null, null),
				{
					maxLength: 60
				}
			);
			fc.assert(
				fc.property(
					scenario,
					statuses,
					fc.boolean(),
					fc.boolean(),
					(s, marks, flareOnly, badDay) => {
						const { profile, date, zone, history } = s;
						const context = { timeZone: zone, catalogue: CARE_CATALOGUE };
						const first = planDay(profile, date, history, {
							...context,
							now: nowFor(date, -36 * 60)
						});
						const records: Record<string, { status: CheckInStatus }> = {};
						first.items.forEach((item, i) => {
							const status = marks[i];
							if (status) records[item.id] = { status };
						});
						const now = nowFor(date, s.nowOffsetMinutes);
						const later = badDay ? [...history, makeDay({ date, flare: true })] : history;
						const again = regenerateDay(first, records, profile, later, {
							...context,
							now,
							flareOnly
						});
						const nowMinute = minuteOf(now, date, zone, profile);
						for (const item of first.items) {
							const status = records[item.id]?.status;
							const answered = status === 'done' || status === 'skipped';
							const timeCame =
								item.kind === 'timed' && (status === 'snoozed' || item.startMinutes <= nowMinute);
							// The profile and its safety answers are the same: nothing takes a measure off.
							if (answered || timeCame)
								expect(again.items, `${item.title} ${item.start}`).toContainEqual(item);
						}
						for (const item of again.items.filter((i) => !first.items.includes(i)))
							expect(
								item.startMinutes + Math.max(item.durationMinutes, MISSED_AFTER_MINUTES)
							).toBeGreaterThan(nowMinute);
						checkSpacing(again, profile);
						expect(new Set(again.items.map((i) => i.id)).size).toBe(again.items.length);
					}
				),
				{ numRuns: 200 }
			);
		}
	);

	it('never holds more sessions of any kind on a limited day than on the normal day', () => {
		// Issue 24 point 5: a same-day sign (fever, say) keeps only the flare-day measures; it must not
		// add compresses or rest sessions the person's normal day does not have.
		const kind = (m: string) => (m === 'cold-compress' || m === 'warm-compress' ? 'compress' : m);
		const counts = (items: readonly { measure: string }[]) => {
			const c = new Map<string, number>();
			for (const i of items) c.set(kind(i.measure), (c.get(kind(i.measure)) ?? 0) + 1);
			return c;
		};
		fc.assert(
			fc.property(scenario, ({ profile, date, zone, nowOffsetMinutes, history }) => {
				const context = {
					now: nowFor(date, nowOffsetMinutes),
					timeZone: zone,
					catalogue: CARE_CATALOGUE
				};
				const normal = planDay(profile, date, history, context);
				const limited = planDay(profile, date, history, { ...context, flareOnly: true });
				expect(limited.items.length).toBeLessThanOrEqual(normal.items.length);
				const allowed = counts(normal.items);
				for (const [k, n] of counts(limited.items))
					expect(n, `${k} sessions`).toBeLessThanOrEqual(allowed.get(k) ?? 0);
				// Only flare-day measures: no stretch but the gentle ones.
				for (const item of limited.items.filter((i) => i.measure === 'stretch'))
					for (const e of item.exercises)
						expect(CARE_CATALOGUE.exercises[e.exerciseId].gentle).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps every done item when a limited day is planned again', () => {
		fc.assert(
			fc.property(scenario, ({ profile, date, zone, nowOffsetMinutes, history }) => {
				const context = { now: nowFor(date, 0), timeZone: zone, catalogue: CARE_CATALOGUE };
				const first = planDay(profile, date, history, context);
				const done = Object.fromEntries(
					first.items.map((i) => [i.id, { status: 'done' as const }])
				);
				const later = {
					...context,
					now: nowFor(date, nowOffsetMinutes),
					flareOnly: true
				};
				const again = regenerateDay(first, done, profile, history, later);
				for (const item of first.items) expect(again.items).toContainEqual(item);
			}),
			{ numRuns: 100 }
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(scenario, ({ profile, date, zone, nowOffsetMinutes, history }) => {
				const context = {
					now: nowFor(date, nowOffsetMinutes),
					timeZone: zone,
					catalogue: CARE_CATALOGUE
				};
				expect(planDay(profile, date, history, context)).toEqual(
					planDay(profile, date, history, context)
				);
			}),
			{ numRuns: 100 }
		);
	});

	it('regenerating after a profile change keeps done items and every rule', () => {
		fc.assert(
			fc.property(
				scenario,
				profileArb,
				fc.array(fc.boolean(), { maxLength: 40 }),
				(s, newProfile, doneMask) => {
					const earlier = {
						now: nowFor(s.date, -36 * 60),
						timeZone: s.zone,
						catalogue: CARE_CATALOGUE
					};
					const first = planDay(s.profile, s.date, s.history, earlier);
					// Done items are those the person ticked; they must lie inside the new waking day to be kept.
					const done = first.items.filter(
						(item, i) =>
							doneMask[i] &&
							item.startMinutes >= toMinutes(newProfile.wakeTime) &&
							item.startMinutes + item.durationMinutes <= dayEndMinutes(newProfile)
					);
					const later = { ...earlier, now: nowFor(s.date, s.nowOffsetMinutes) };
					const second = regenerateDay(
						first,
						Object.fromEntries(done.map((d) => [d.id, { status: 'done' as const }])),
						newProfile,
						s.history,
						later
					);
					for (const d of done) expect(second.items).toContainEqual(d);
					// Not yet done compresses go when numbness was reported since the last answers.
					const undoneCompress = second.items.filter(
						(i) =>
							(i.measure === 'cold-compress' || i.measure === 'warm-compress') &&
							!done.some((d) => d.id === i.id)
					);
					const reviewed = newProfile.screeningReviewedAt;
					if (
						!newProfile.screening.numbness &&
						s.history.some(
							(r) =>
								r.date <= s.date &&
								r.numbnessReportedAt !== null &&
								(reviewed === null || r.numbnessReportedAt > reviewed)
						)
					)
						expect(undoneCompress).toEqual([]);
					const timed = second.items
						.filter((i) => i.kind === 'timed')
						.sort((a, b) => a.startMinutes - b.startMinutes);
					for (let i = 1; i < timed.length; i++) {
						expect(timed[i]!.startMinutes).toBeGreaterThanOrEqual(
							timed[i - 1]!.startMinutes + timed[i - 1]!.durationMinutes
						);
					}
					expect(new Set(second.items.map((i) => i.id)).size).toBe(second.items.length);
				}
			),
			{ numRuns: 150 }
		);
	});
});
