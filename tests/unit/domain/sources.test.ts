import { describe, expect, it } from 'vitest';
import { missingSourceIds, sourceLink, type Source } from '$lib/domain/sources';

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

describe('sourceLink', () => {
	it.each([
		{
			source: { id: 'p', title: 'P', citedFor: 'x', url: 'https://example.org/p' },
			link: 'https://example.org/p'
		},
		{
			source: { id: 'd', title: 'D', citedFor: 'x', doi: '10.1/abc' },
			link: 'https://doi.org/10.1/abc'
		},
		{
			source: { id: 'b', title: 'B', citedFor: 'x', url: 'https://example.org/b', doi: '10.1/b' },
			link: 'https://example.org/b'
		},
		{ source: { id: 'n', title: 'N', citedFor: 'x' }, link: null }
	])('$source.id -> $link', ({ source, link }) => {
		expect(sourceLink(source)).toBe(link);
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
