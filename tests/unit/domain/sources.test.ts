import { describe, expect, it } from 'vitest';
import { missingSourceIds, type Source } from '$lib/domain/sources';

const sources: Source[] = [
	{ id: 'a', title: 'A', citedFor: 'x' },
	{ id: 'b', title: 'B', citedFor: 'y' }
];

describe('missingSourceIds', () => {
	it.each([
		{ cited: [], missing: [] },
		{ cited: ['a', 'b'], missing: [] },
		{ cited: ['a', 'c'], missing: ['c'] },
		{ cited: ['z', 'c', 'c', 'a'], missing: ['c', 'z'] }
	])('cited $cited -> missing $missing', ({ cited, missing }) => {
		expect(missingSourceIds(cited, sources)).toEqual(missing);
	});
});

// getTimezoneOffset() of 2026-01-15 12:00 UTC, in minutes, per zone (Lord Howe is on +11 in summer).
const JANUARY_OFFSETS: Record<string, number> = {
	UTC: 0,
	'Europe/Berlin': -60,
	'America/New_York': 300,
	'Asia/Kolkata': -330,
	'Australia/Lord_Howe': -660
};

describe('the time-zone matrix', () => {
	it('runs this suite in the zone the project names', () => {
		const zone = process.env.TZ ?? '';
		expect(Object.keys(JANUARY_OFFSETS)).toContain(zone);
		expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(JANUARY_OFFSETS[zone]);
	});
});
