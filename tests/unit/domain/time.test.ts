import { describe, expect, it } from 'vitest';
import {
	addDays,
	daysBetween,
	instantOf,
	isLocalDate,
	isoWeekday,
	isWallTime,
	localDateOf,
	offsetMinutesAt,
	skippedWallMinutes,
	wallClockAt,
	wallTimeToMinutes
} from '$lib/domain/time';
import { BRITISH_STYLE, longDateText } from '$lib/domain/formats';
import { deviceWallClock, minutesToWallTime } from '$lib/domain/local-time';

describe('wall times and dates', () => {
	it.each([
		['00:00', 0],
		['07:30', 450],
		['23:59', 1439]
	])('%s is %i minutes after midnight and back', (time, minutes) => {
		expect(wallTimeToMinutes(time)).toBe(minutes);
		expect(minutesToWallTime(minutes)).toBe(time);
	});

	it.each(['24:00', '7:30', '12:60', '', 'noon', '25:70'])(
		'refuses the impossible time %j',
		(t) => {
			expect(isWallTime(t)).toBe(false);
			expect(() => wallTimeToMinutes(t)).toThrow(/Not a time of day/);
		}
	);

	it.each([
		['2026-02-28', 1, '2026-03-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2026-03-28', 1, '2026-03-29'],
		['2026-10-25', 1, '2026-10-26'],
		['2026-12-31', 1, '2027-01-01'],
		['2026-03-01', -1, '2026-02-28']
	])('%s + %i day = %s in every zone', (date, days, expected) => {
		expect(addDays(date, days)).toBe(expected);
		expect(daysBetween(date, expected)).toBe(days);
	});

	it.each([
		['2026-11-23', 1],
		['2026-11-29', 7],
		['2026-03-29', 7]
	])('%s is ISO weekday %i', (date, weekday) => {
		expect(isoWeekday(date)).toBe(weekday);
	});

	it.each([
		['2026-02-30', false],
		['2026-13-01', false],
		['2026-2-1', false],
		['2028-02-29', true]
	])('isLocalDate(%s) = %s', (date, valid) => {
		expect(isLocalDate(date)).toBe(valid);
	});
});

// Each row: zone, local date and time, the UTC instant it is.
describe('instantOf across zones and DST', () => {
	it.each([
		['UTC', '2026-03-29', '09:00', '2026-03-29T09:00:00.000Z'],
		['Europe/Berlin', '2026-03-28', '09:00', '2026-03-28T08:00:00.000Z'],
		['Europe/Berlin', '2026-03-29', '09:00', '2026-03-29T07:00:00.000Z'],
		['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // does not exist: 03:30
		['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'], // repeated: the first
		['Europe/Berlin', '2026-10-25', '09:00', '2026-10-25T08:00:00.000Z'],
		['America/New_York', '2026-03-08', '09:00', '2026-03-08T13:00:00.000Z'],
		['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
		['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
		['Asia/Kolkata', '2026-06-01', '07:00', '2026-06-01T01:30:00.000Z'],
		['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00.000Z'],
		['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00.000Z'], // repeated: the first
		['Australia/Lord_Howe', '2026-04-05', '09:00', '2026-04-04T22:30:00.000Z']
	])('%s %s %s is %s', (zone, date, time, iso) => {
		expect(instantOf(date, wallTimeToMinutes(time), zone).toISOString()).toBe(iso);
	});

	it.each([
		['Europe/Berlin', '2026-03-29', { start: 120, end: 180 }],
		['America/New_York', '2026-03-08', { start: 120, end: 180 }],
		['Australia/Lord_Howe', '2026-10-04', { start: 120, end: 150 }],
		['Europe/Berlin', '2026-10-25', null],
		['Europe/Berlin', '2026-03-28', null],
		['Asia/Kolkata', '2026-03-29', null],
		['UTC', '2026-03-29', null]
	])('%s on %s skips %j', (zone, date, gap) => {
		expect(skippedWallMinutes(date, zone)).toEqual(gap);
	});

	it('reads the wall clock and offset of an instant', () => {
		const instant = new Date('2026-10-25T00:30:00Z');
		expect(wallClockAt(instant, 'Europe/Berlin')).toEqual({ date: '2026-10-25', minutes: 150 });
		expect(offsetMinutesAt(instant, 'Europe/Berlin')).toBe(120);
		expect(offsetMinutesAt(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe(60);
		expect(localDateOf(new Date('2026-06-01T20:00:00Z'), 'Asia/Kolkata')).toBe('2026-06-02');
	});
});

describe('the device wall clock (Date local fields) agrees with Intl in the zone the suite runs in', () => {
	// This suite runs once per zone (TZ): Berlin, New York, Kolkata, Lord Howe (half-hour DST), UTC.
	const zone = process.env.TZ ?? 'UTC';
	it.each([
		'2026-01-15T12:00:00Z',
		'2026-03-08T06:59:00Z', // New York: the minute before spring forward
		'2026-03-08T07:00:00Z', // New York: 03:00 after the gap
		'2026-03-29T00:59:59Z', // Berlin: the last second before spring forward
		'2026-03-29T01:00:00Z',
		'2026-04-04T14:59:00Z', // Lord Howe: before falling back half an hour
		'2026-04-04T15:00:00Z',
		'2026-10-03T15:30:00Z', // Lord Howe: springing forward half an hour
		'2026-10-25T00:30:00Z', // Berlin: 02:30 the first time
		'2026-10-25T01:30:00Z', // Berlin: 02:30 the second time
		'2026-11-01T05:59:00Z', // New York: the repeated hour
		'2026-12-31T23:59:00Z', // the year turning in some zones, not others
		'2027-02-28T18:45:00Z'
	])('at %s', (iso) => {
		const instant = new Date(iso);
		expect(deviceWallClock(instant)).toEqual(wallClockAt(instant, zone));
	});
});

describe('longDateText', () => {
	it.each([
		['2026-11-25', 'Wednesday 25 November'],
		['2026-03-29', 'Sunday 29 March'],
		['2027-01-01', 'Friday 1 January'],
		['2028-02-29', 'Tuesday 29 February']
	])('%s reads "%s" in every zone', (date, text) => {
		expect(longDateText(date, BRITISH_STYLE)).toBe(text);
	});
});
