import { describe, expect, it } from 'vitest';
import { createFormats, type FormatsDependencies } from '$lib/app/formats';
import type { DateTimeStyle } from '$lib/domain/formats';

// The app's one formatter (issue 25 point 10): the device's locale, read once and kept, so Today's
// first screen writes its times without starting Intl. This project runs in Europe/Berlin.

const NBSP = '\u00a0';

function formatsFor(locale: string | undefined, hints: Record<string, DateTimeStyle> = {}) {
	const remembered: [string, DateTimeStyle][] = [];
	const deps: FormatsDependencies = {
		locale: () => locale,
		remembered: (l) => hints[l] ?? null,
		remember: (l, style) => remembered.push([l, style])
	};
	return { formats: createFormats(deps), remembered };
}

describe('the app’s formatter', () => {
	it.each([
		// [locale, time, long date, short date, moment of 2026-12-14T20:04Z (21:04 in Berlin)]
		['en-GB', '19:05', 'Tuesday 8 December', '8 December', '14 December at 21:04'],
		['de-DE', '19:05', 'Tuesday 8 December', '8 December', '14 December at 21:04'],
		['en-US', `7:05${NBSP}PM`, 'Tuesday, December 8', 'December 8', `December 14 at 9:04${NBSP}PM`],
		[undefined, '19:05', 'Tuesday 8 December', '8 December', '14 December at 21:04']
	])('%s', (locale, time, long, short, moment) => {
		const { formats } = formatsFor(locale);
		expect(formats.time('19:05')).toBe(time);
		expect(formats.longDate('2026-12-08')).toBe(long);
		expect(formats.shortDate('2026-12-08')).toBe(short);
		expect(formats.momentOf('2026-12-14T20:04:00Z', '2026-12-14')).toBe(moment);
	});

	it('reads instants on the device’s clock', () => {
		const { formats } = formatsFor('en-US');
		// 23:30 UTC on the 14th is 00:30 on the 15th in Berlin.
		expect(formats.timeOf('2026-12-14T23:30:00Z')).toBe(`12:30${NBSP}AM`);
		expect(formats.dateOf(Date.parse('2026-12-14T23:30:00Z'))).toBe('December 15');
		expect(formats.dateOf(new Date('2025-12-14T23:30:00Z'), '2026-01-02')).toBe(
			'December 15, 2025'
		);
	});

	it('reads a locale once and keeps what it found', () => {
		const { formats, remembered } = formatsFor('en-US');
		formats.time('07:30');
		formats.longDate('2026-12-08');
		expect(remembered).toEqual([['en-US', { hour12: true, monthFirst: true }]]);
	});

	it('takes the kept style for the same locale without reading it again', () => {
		const kept = { hour12: true, monthFirst: false };
		const { formats, remembered } = formatsFor('en-GB', { 'en-GB': kept });
		expect(formats.time('19:05')).toBe(`7:05${NBSP}PM`);
		expect(formats.style).toBe(kept);
		expect(remembered).toEqual([]);
	});

	it('reads the locale again when the device’s locale changed', () => {
		const { formats, remembered } = formatsFor('en-US', {
			'en-GB': { hour12: false, monthFirst: false }
		});
		expect(formats.time('19:05')).toBe(`7:05${NBSP}PM`);
		expect(remembered).toHaveLength(1);
	});
});
