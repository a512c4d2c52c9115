import { describe, expect, it } from 'vitest';
import { dateInWords, defaultSummaryRange, durationInWords } from '$lib/domain/visit-range';

describe('the visit summary range by default', () => {
	it.each([
		// [today, pain started on, from]
		['2026-12-01', null, '2026-11-04'], // the last 4 weeks
		['2026-12-01', '2026-11-20', '2026-11-20'], // since the pain started: sooner
		['2026-12-01', '2026-11-04', '2026-11-04'], // exactly 4 weeks: the same day
		['2026-12-01', '2026-06-01', '2026-11-04'], // long ago: the last 4 weeks
		['2026-12-01', '2026-12-01', '2026-12-01'], // started today: one day
		['2026-12-01', '2026-12-24', '2026-11-04'], // a start date in the future is ignored
		['2026-03-20', null, '2026-02-21'], // across the end of February
		['2026-11-10', null, '2026-10-14'] // across the autumn clock change: dates, not hours
	])('on %s, pain since %s: from %s', (today, painStartedOn, from) => {
		expect(defaultSummaryRange(today, painStartedOn)).toEqual({ from, to: today });
	});
});

describe('dates in words', () => {
	it.each([
		[0, 'today'],
		[1, '1 day'],
		[5, '5 days'],
		[13, '13 days'],
		[14, 'about 2 weeks'],
		[27, 'about 4 weeks'],
		[55, 'about 8 weeks'],
		[56, 'about 2 months'],
		[200, 'about 7 months'],
		[730, 'about 2 years']
	])('%i days is "%s"', (days, words) => {
		expect(durationInWords(days)).toBe(words);
	});

	it('names the day the same in every zone (the date is a calendar date, not an instant)', () => {
		expect(dateInWords('2026-01-01', '2026-06-15')).toBe('1 January');
	});
});
