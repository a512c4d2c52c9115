import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { planDay } from '$lib/domain/plan';
import { DEFAULT_PROFILE, type Profile } from '$lib/domain/profile';
import { addDays, isoWeekday } from '$lib/domain/time';
import {
	escapeText,
	foldLine,
	leftOutOfCalendar,
	weeklyCalendar,
	weeklyEventsFromProfile
} from '$lib/reminders/ics';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('RFC 5545 text', () => {
	it.each([
		['plain', 'plain'],
		['a, b; c', 'a\\, b\\; c'],
		['back\\slash', 'back\\\\slash'],
		['two\nlines', 'two\\nlines']
	])('escapes %j as %j', (text, escaped) => {
		expect(escapeText(text)).toBe(escaped);
	});

	it('folds long lines at 75 octets without splitting a character', () => {
		const line = `DESCRIPTION:${'é'.repeat(100)}`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
	});

	it('leaves short lines alone', () => {
		expect(foldLine('SUMMARY:Walk')).toBe('SUMMARY:Walk');
	});
});

describe('weekly calendar', () => {
	const profile = {
		...DEFAULT_PROFILE,
		sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5] as const, start: '09:00', end: '17:00' }]
	};
	const events = weeklyEventsFromProfile(
		profile as never,
		CARE_CATALOGUE,
		'2026-11-30',
		'Europe/Berlin',
		10
	);
	const ics = weeklyCalendar(events, '2026-11-30', NOW);
	const lines = ics.split('\r\n');

	it('is a valid VCALENDAR with CRLF line ends', () => {
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines).toContain('VERSION:2.0');
		expect(lines.at(-2)).toBe('END:VCALENDAR');
		expect(lines.at(-1)).toBe('');
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(events.length);
		expect(lines.filter((l) => l === 'BEGIN:VALARM').length).toBe(events.length);
	});

	it('gives every event a UID, DTSTAMP, floating DTSTART, weekly RRULE and a 10-minute alarm', () => {
		const uids = lines.filter((l) => l.startsWith('UID:'));
		expect(new Set(uids).size).toBe(events.length);
		expect(
			lines.filter((l) => l.startsWith('DTSTAMP:')).every((l) => l === 'DTSTAMP:20261124T100000Z')
		).toBe(true);
		expect(
			lines.filter((l) => l.startsWith('DTSTART:')).every((l) => /^DTSTART:\d{8}T\d{6}$/.test(l))
		).toBe(true);
		expect(
			lines
				.filter((l) => l.startsWith('RRULE:'))
				.every((l) =>
					/^RRULE:FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(l)
				)
		).toBe(true);
		expect(lines.filter((l) => l.startsWith('TRIGGER:')).every((l) => l === 'TRIGGER:-PT10M')).toBe(
			true
		);
	});

	it('merges the same item at the same time across days into one repeating event', () => {
		const morning = events.find((e) => e.summary === 'Warm compress' && e.start === '07:30');
		expect(morning?.weekdays).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(lines).toContain('DTSTART:20261130T073000');
		expect(events.some((e) => e.summary === 'Sitting break')).toBe(false);
	});
});

describe('the calendar while a warning sign holds the plan', () => {
	const MONDAY = '2026-11-30';
	const profiles: { name: string; profile: Profile }[] = [
		{ name: 'recovery', profile: { ...DEFAULT_PROFILE, phase: 'recovery' } },
		{
			name: 'flare, desk work',
			profile: {
				...DEFAULT_PROFILE,
				phase: 'flare',
				flareStartedOn: '2026-11-28',
				sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }]
			}
		}
	];
	const eventsOf = (profile: Profile, hold: 'none' | 'paused' | 'flare-only') =>
		weeklyEventsFromProfile(profile, CARE_CATALOGUE, MONDAY, 'Europe/Berlin', 10, hold);

	it.each(profiles)(
		'$name: paused by an emergency sign, the file holds no event at all',
		({ profile }) => {
			expect(eventsOf(profile, 'none').length).toBeGreaterThan(0);
			const ics = weeklyCalendar(eventsOf(profile, 'paused'), MONDAY, NOW);
			expect(ics).not.toContain('BEGIN:VEVENT');
			expect(ics).not.toContain('BEGIN:VALARM');
			expect(ics).not.toMatch(/compress|stretch/i);
			expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
			expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		}
	);

	it.each(profiles)(
		'$name: with a same-day sign open, every event is an item of the limited day the plan makes',
		({ profile }) => {
			const held = eventsOf(profile, 'flare-only');
			expect(held.length).toBeGreaterThan(0);
			for (let i = 0; i < 7; i++) {
				const date = addDays(MONDAY, i);
				const limited = planDay(profile, date, [], {
					now: new Date(0),
					timeZone: 'Europe/Berlin',
					catalogue: CARE_CATALOGUE,
					flareOnly: true
				}).items.filter((x) => x.kind === 'timed');
				const onDay = held.filter((e) => e.weekdays.includes(isoWeekday(date)));
				expect(onDay.map((e) => `${e.start} ${e.summary}`).sort()).toEqual(
					limited.map((x) => `${x.start} ${x.title}`).sort()
				);
			}
		}
	);

	it("with a same-day sign open, the recovery plan's warm compresses and full stretches are left out", () => {
		const profile = profiles[0]!.profile;
		const titles = (hold: 'none' | 'flare-only') => eventsOf(profile, hold).map((e) => e.summary);
		expect(titles('none')).toEqual(expect.arrayContaining(['Warm compress', 'Stretch']));
		expect(titles('flare-only')).not.toContain('Warm compress');
		expect(titles('flare-only')).not.toContain('Stretch');
		expect(
			leftOutOfCalendar(profile, CARE_CATALOGUE, MONDAY, 'Europe/Berlin', 'flare-only')
		).toEqual([
			'Warm compress',
			'Stretch',
			// A limited day holds no more rest sessions than the normal day (issue 24 point 5): the
			// flare day's belly breathing takes the place of the evening's muscle relaxation.
			'Relaxation: progressive muscle relaxation'
		]);
	});

	it.each(profiles)('$name: what a hold leaves out', ({ profile }) => {
		const left = (hold: 'none' | 'paused' | 'flare-only') =>
			leftOutOfCalendar(profile, CARE_CATALOGUE, MONDAY, 'Europe/Berlin', hold);
		const usual = [...new Set(eventsOf(profile, 'none').map((e) => e.summary))];
		expect(left('none')).toEqual([]);
		expect(left('paused')).toEqual(usual);
		const held = new Set(eventsOf(profile, 'flare-only').map((e) => e.summary));
		expect(left('flare-only')).toEqual(usual.filter((t) => !held.has(t)));
	});
});

describe('the calendar read by an independent parser (ical.js)', () => {
	it('parses, with one VALARM per event and weekly recurrences on the right days', async () => {
		const ICAL = (await import('ical.js')).default;
		const profile = {
			...DEFAULT_PROFILE,
			sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5] as const, start: '09:00', end: '17:00' }]
		};
		const events = weeklyEventsFromProfile(
			profile as never,
			CARE_CATALOGUE,
			'2026-11-30',
			'Europe/Berlin',
			5
		);
		const calendar = new ICAL.Component(ICAL.parse(weeklyCalendar(events, '2026-11-30', NOW)));
		const vevents = calendar.getAllSubcomponents('vevent');
		expect(vevents).toHaveLength(events.length);
		for (const vevent of vevents) {
			expect(vevent.getAllSubcomponents('valarm')).toHaveLength(1);
			expect(String(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe(
				'-PT5M'
			);
			const event = new ICAL.Event(vevent);
			expect(event.isRecurring()).toBe(true);
			expect(event.startDate.isDate).toBe(false);
			expect(event.startDate.zone?.tzid ?? 'floating').toBe('floating');
		}
		// Each event first happens in the exported week, on one of its own weekdays.
		vevents.forEach((vevent, n) => {
			const first = new ICAL.Event(vevent).iterator().next();
			const date = first.toString().slice(0, 10);
			expect(date >= '2026-11-30' && date <= '2026-12-06', date).toBe(true);
			expect(events[n]!.weekdays).toContain(first.dayOfWeek(ICAL.Time.MONDAY));
		});
	});
});
