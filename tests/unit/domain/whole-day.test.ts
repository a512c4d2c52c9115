import { describe, expect, it } from 'vitest';
import { dayItemViews, littleLeftOfDay } from '$lib/domain/day';
import { dayEndMinutes } from '$lib/domain/local-time';
import {
	MIN_SESSION_GAP_MINUTES,
	planDay,
	regenerateDay,
	STRENUOUS_MEASURES,
	WIND_DOWN_MINUTES,
	type DayPlan
} from '$lib/domain/plan';
import type { CheckIn, CheckInStatus } from '$lib/domain/records';
import { DEFAULT_REMINDER_SETTINGS, itemsInQuietHours } from '$lib/domain/reminder-settings';
import { addDays, instantOf, wallTimeToMinutes } from '$lib/domain/time';
import { makeContext, makeDay, makeProfile } from '../fixtures/builders';

// Issue 25 points 5 and 6: a day's plan is the plan of the whole waking day, whenever it is first
// made; on the set-up day nothing before set-up is owed; a rebuild keeps every missed item; a late
// start is neither crammed nor empty. Each case runs in two zones, one of them on its DST date.

const CASES = [
	{ zone: 'Europe/Berlin', date: '2026-06-18' }, // a Thursday
	{ zone: 'Europe/Berlin', date: '2026-03-29' }, // spring forward: 02:00-03:00 does not exist
	{ zone: 'America/New_York', date: '2026-06-18' },
	{ zone: 'America/New_York', date: '2026-11-01' } // fall back: 01:00-02:00 happens twice
];

const at = (date: string, time: string, zone: string) =>
	instantOf(date, wallTimeToMinutes(time), zone);
const timed = (plan: DayPlan) =>
	plan.items.filter((i) => i.kind === 'timed').map((i) => `${i.start} ${i.title}`);
/** The plan made the evening before: the whole waking day. */
const wholeDay = (date: string, zone: string, profile = makeProfile()) =>
	planDay(profile, date, [], {
		...makeContext(),
		now: at(addDays(date, -1), '12:00', zone),
		timeZone: zone
	});

describe.each(CASES)('$date in $zone', ({ zone, date }) => {
	const context = (
		time: string,
		setUpOn: string | null = addDays(date, -3),
		setUpTime = '08:00'
	) => ({
		...makeContext(),
		now: at(date, time, zone),
		timeZone: zone,
		setUpAt: setUpOn ? at(setUpOn, setUpTime, zone).toISOString() : null
	});

	it('first opened at 19:00, days after set-up: the whole day, the morning listed as missed', () => {
		const plan = planDay(makeProfile(), date, [], context('19:00'));
		expect(timed(plan)).toEqual(timed(wholeDay(date, zone)));
		expect(timed(plan)).toEqual([
			'07:30 Warm compress',
			'08:40 Stretch',
			'10:30 Warm compress',
			'12:40 Walk',
			'13:30 Warm compress',
			'17:25 Stretch',
			'21:30 Relaxation: progressive muscle relaxation'
		]);
		expect(plan.startsAt).toBeUndefined();
		const views = dayItemViews(plan.items, {}, 19 * 60, at(date, '19:00', zone).toISOString());
		expect(views.filter((v) => v.state === 'missed').map((v) => v.item.start)).toEqual([
			'07:30',
			'08:40',
			'10:30',
			'12:40',
			'13:30',
			'17:25'
		]);
	});

	it('the set-up day: nothing before set-up is owed; what is left keeps its whole-day slot', () => {
		const setUp = context('19:00', date, '19:00');
		const plan = planDay(makeProfile(), date, [], setUp);
		expect(plan.startsAt).toBe('19:00');
		expect(timed(plan)).toEqual(['21:30 Relaxation: progressive muscle relaxation']);
		expect(plan.notes).toEqual([]);
	});

	it('set up at 21:30: tonight holds only the relaxation, nothing crammed, nothing strenuous', () => {
		const plan = planDay(makeProfile(), date, [], context('21:30', date, '21:30'));
		expect(timed(plan)).toEqual(['21:30 Relaxation: progressive muscle relaxation']);
		// A relaxation due 2 minutes ago is still owed: it is not missed yet.
		const late = planDay(makeProfile(), date, [], context('21:32', date, '21:32'));
		expect(timed(late)).toEqual(['21:30 Relaxation: progressive muscle relaxation']);
		expect(late.startsAt).toBe('21:32');
	});

	it('set up at 23:15, past the sleep time: an empty day that says why, and no error notes', () => {
		const plan = planDay(makeProfile(), date, [], context('23:15', date, '23:15'));
		expect(plan.items).toEqual([]);
		expect(plan.startsAt).toBe('23:15');
		expect(plan.notes.filter((n) => n.includes('no free time'))).toEqual([]);
		// The next day is whole.
		const next = addDays(date, 1);
		const tomorrow = planDay(makeProfile(), next, [], context('23:15', date, '23:15'));
		expect(timed(tomorrow)).toEqual(timed(wholeDay(next, zone)));
		expect(tomorrow.startsAt).toBeUndefined();
	});

	it('a rebuild at 15:00 (a bad day) keeps the missed, done and skipped items with their places', () => {
		const first = planDay(makeProfile(), date, [], context('19:00'));
		const id = (start: string) => first.items.find((i) => i.start === start)!.id;
		const records: Record<string, { status: CheckInStatus }> = {
			[id('08:40')]: { status: 'done' },
			[id('12:40')]: { status: 'skipped' }
		};
		const badDay = [makeDay({ date, flare: true })];
		const again = regenerateDay(first, records, makeProfile(), badDay, context('15:00'));
		expect(again.phase).toBe('flare');
		for (const start of ['07:30', '08:40', '10:30', '12:40', '13:30'])
			expect(again.items).toContainEqual(first.items.find((i) => i.start === start));
		// Nothing new before 15:00: the flare day's own items come after it.
		const added = again.items.filter((i) => !first.items.some((f) => f.id === i.id));
		for (const item of added) expect(item.startMinutes).toBeGreaterThanOrEqual(15 * 60 - 15);
	});

	it('a rebuild after numbness is reported takes a missed compress off, and says why', () => {
		const first = planDay(makeProfile(), date, [], context('19:00'));
		const numb = [makeDay({ date, numbnessReportedAt: at(date, '14:00', zone).toISOString() })];
		const again = regenerateDay(first, {}, makeProfile(), numb, context('15:00'));
		expect(again.items.filter((i) => i.measure.endsWith('compress'))).toEqual([]);
		expect(again.notes.join(' ')).toMatch(/numb/i);
		// The other missed items stay.
		expect(again.items).toContainEqual(first.items.find((i) => i.start === '08:40'));
		expect(again.items).toContainEqual(first.items.find((i) => i.start === '12:40'));
	});
});

describe('sessions of one kind are spread out; nothing strenuous just before sleep', () => {
	it.each(['Europe/Berlin', 'America/New_York'])(
		'%s: sitting from 08:00 to 20:00 does not push three stretches into one evening hour',
		(zone) => {
			const desk = makeProfile({
				stretchSessionsPerDay: 3,
				sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '20:00' }]
			});
			const plan = wholeDay('2026-06-18', zone, desk);
			const stretches = plan.items.filter((i) => i.measure === 'stretch');
			expect(stretches).toHaveLength(3);
			for (let i = 1; i < stretches.length; i++)
				expect(stretches[i]!.startMinutes - stretches[i - 1]!.startMinutes).toBeGreaterThanOrEqual(
					MIN_SESSION_GAP_MINUTES
				);
		}
	);

	it.each(['Europe/Berlin', 'America/New_York'])(
		'%s: sitting until 22:30 does not push the walk or a stretch into the last hour before 23:00',
		(zone) => {
			const evening = makeProfile({
				sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '07:00', end: '22:30' }]
			});
			const plan = wholeDay('2026-03-29', zone, evening);
			const sleep = dayEndMinutes(evening);
			const strenuous = plan.items.filter((i) => STRENUOUS_MEASURES.includes(i.measure));
			expect(strenuous.map((i) => i.measure)).toEqual(expect.arrayContaining(['stretch', 'walk']));
			for (const item of strenuous)
				expect(item.startMinutes + item.durationMinutes).toBeLessThanOrEqual(
					sleep - WIND_DOWN_MINUTES
				);
		}
	);
});

describe('what Today says about quiet hours and the rest of the day', () => {
	const plan = wholeDay('2026-06-18', 'Europe/Berlin');
	const relaxation = plan.items.find((i) => i.measure === 'rest')!; // 21:30
	const on = DEFAULT_REMINDER_SETTINGS;

	it.each([
		{ name: 'default quiet hours (22:00-07:00): nothing silenced', settings: on, silenced: [] },
		{
			name: 'quiet from 21:00: the relaxation gets no reminder',
			settings: { ...on, quietHours: { start: '21:00', end: '07:00' } },
			silenced: ['21:30']
		},
		{
			name: 'a 15-minute lead reaches back into quiet hours',
			settings: { ...on, leadMinutes: 15, quietHours: { start: '08:00', end: '08:30' } },
			silenced: ['08:40']
		},
		{
			name: 'reminders off: nothing is silenced by quiet hours',
			settings: { ...on, enabled: false, quietHours: { start: '00:00', end: '23:59' } },
			silenced: []
		},
		{
			name: 'relaxation reminders off: not named',
			settings: {
				...on,
				measures: { ...on.measures, rest: false },
				quietHours: { start: '21:00', end: '07:00' }
			},
			silenced: []
		}
	])('$name', ({ settings, silenced }) => {
		expect(itemsInQuietHours(plan.items, settings).map((i) => i.start)).toEqual(silenced);
	});

	it('an item after midnight of a late day is read on the clock (24:15 is 00:15)', () => {
		const late = { ...relaxation, startMinutes: 24 * 60 + 15, start: '00:15' };
		const quiet = { ...on, quietHours: { start: '00:00', end: '07:00' } };
		expect(itemsInQuietHours([late], quiet)).toEqual([late]);
	});

	it.each([
		// minute of the day, what is done, little left?
		{ at: '07:00', done: [], little: false },
		{ at: '20:59', done: [], little: false },
		{ at: '21:00', done: [], little: true }, // two hours before 23:00
		{ at: '15:00', done: ['all'], little: true }, // nothing left to come
		{ at: '15:00', done: ['17:25'], little: false }
	])('at $at with $done done: little left is $little', ({ at, done, little }) => {
		const records = Object.fromEntries(
			plan.items
				.filter((i) => done.includes('all') || done.includes(i.start))
				.map((i) => [i.id, { status: 'done' } as CheckIn])
		);
		const minutes = wallTimeToMinutes(at);
		const views = dayItemViews(plan.items, records, minutes, '2026-06-18T00:00:00Z');
		expect(littleLeftOfDay(views, minutes, 23 * 60)).toBe(little);
	});
});
