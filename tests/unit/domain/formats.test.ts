import { describe, expect, it } from 'vitest';
import {
	BRITISH_STYLE,
	longDateText,
	shortDateText,
	styleOfLocale,
	timeText
} from '$lib/domain/formats';

// Issue 25 point 10: every time and date a person reads follows their locale (24-hour times beside
// AM/PM time pickers, "Tuesday 8 December" on one screen and "12/11/2026" on another, were the bug).
// The words stay the app's English; the clock and the order of day and month are the locale's.

const NBSP = '\u00a0';

describe('the conventions of a locale', () => {
	it.each([
		['en-GB', { hour12: false, monthFirst: false }],
		['en-US', { hour12: true, monthFirst: true }],
		['de-DE', { hour12: false, monthFirst: false }],
		['en-CA', { hour12: true, monthFirst: true }],
		['en-AU', { hour12: true, monthFirst: false }],
		['fr-FR', { hour12: false, monthFirst: false }],
		['en', { hour12: true, monthFirst: true }]
	])('%s', (locale, style) => {
		expect(styleOfLocale(locale)).toEqual(style);
	});

	it.each([[undefined], [null], [''], ['not a locale!']])(
		'%j: the app’s own English (British)',
		(locale) => {
			expect(styleOfLocale(locale)).toEqual(BRITISH_STYLE);
		}
	);
});

describe('times, as the locale’s time pickers show them', () => {
	it.each([
		// [locale, wall time, text]
		['en-GB', '07:30', '07:30'],
		['en-GB', '19:05', '19:05'],
		['en-GB', '00:10', '00:10'],
		['de-DE', '07:30', '07:30'],
		['de-DE', '23:59', '23:59'],
		['en-US', '07:30', `7:30${NBSP}AM`],
		['en-US', '19:05', `7:05${NBSP}PM`],
		['en-US', '00:10', `12:10${NBSP}AM`],
		['en-US', '12:00', `12:00${NBSP}PM`],
		['en-US', '11:59', `11:59${NBSP}AM`],
		['en-US', '23:59', `11:59${NBSP}PM`]
	])('%s %s: %s', (locale, time, text) => {
		expect(timeText(time, styleOfLocale(locale))).toBe(text);
	});

	it('reads in 12-hour locales as Intl writes them (but for the space)', () => {
		const intl = new Intl.DateTimeFormat('en-US', {
			hour: 'numeric',
			minute: '2-digit',
			timeZone: 'UTC'
		});
		for (const [time, ms] of [
			['07:30', Date.UTC(2026, 11, 8, 7, 30)],
			['19:05', Date.UTC(2026, 11, 8, 19, 5)],
			['00:10', Date.UTC(2026, 11, 8, 0, 10)]
		] as const)
			expect(timeText(time, styleOfLocale('en-US'))).toBe(intl.format(ms).replace(/\s/u, NBSP));
	});
});

describe('dates: one long form and one short form', () => {
	it.each([
		// [locale, date, today, long, short]
		['en-GB', '2026-12-08', '2026-12-14', 'Tuesday 8 December', '8 December'],
		['en-US', '2026-12-08', '2026-12-14', 'Tuesday, December 8', 'December 8'],
		['de-DE', '2026-12-08', '2026-12-14', 'Tuesday 8 December', '8 December'],
		['en-GB', '2025-12-31', '2026-01-02', 'Wednesday 31 December 2025', '31 December 2025'],
		['en-US', '2025-12-31', '2026-01-02', 'Wednesday, December 31, 2025', 'December 31, 2025'],
		['de-DE', '2025-12-31', '2026-01-02', 'Wednesday 31 December 2025', '31 December 2025'],
		['en-US', '2026-03-01', undefined, 'Sunday, March 1', 'March 1']
	])('%s %s (today %s): %s; %s', (locale, date, today, long, short) => {
		const style = styleOfLocale(locale);
		expect(longDateText(date, style, today)).toBe(long);
		expect(shortDateText(date, style, today)).toBe(short);
	});

	it('writes British dates as Intl does for en-GB', () => {
		const intl = new Intl.DateTimeFormat('en-GB', {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			timeZone: 'UTC'
		});
		for (const date of ['2026-01-01', '2026-02-28', '2026-06-15', '2026-12-08'])
			expect(longDateText(date, BRITISH_STYLE)).toBe(intl.format(new Date(`${date}T12:00:00Z`)));
	});

	it('writes US dates as Intl does for en-US', () => {
		const intl = new Intl.DateTimeFormat('en-US', {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			timeZone: 'UTC'
		});
		for (const date of ['2026-01-01', '2026-02-28', '2026-06-15', '2026-12-08'])
			expect(longDateText(date, styleOfLocale('en-US'))).toBe(
				intl.format(new Date(`${date}T12:00:00Z`))
			);
	});
});
