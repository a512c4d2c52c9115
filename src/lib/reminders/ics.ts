import type { CareCatalogue } from '$lib/domain/care';
import { planDay } from '$lib/domain/plan';
import type { Profile } from '$lib/domain/profile';
import type { PlanHold } from '$lib/domain/warning-signs';
import {
	addDays,
	isoWeekday,
	type IsoWeekday,
	type LocalDate,
	type WallTime
} from '$lib/domain/time';

// A small RFC 5545 writer rather than the `ics` package: that package brings a schema validator
// and id generator (tens of KB in the precache) for what is about eighty lines here, all tested.

export interface WeeklyEvent {
	readonly uid: string;
	readonly summary: string;
	readonly description: string;
	readonly weekdays: readonly IsoWeekday[];
	readonly start: WallTime;
	readonly durationMinutes: number;
	/** Alarm this many minutes before; null for no alarm. */
	readonly alarmMinutesBefore: number | null;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** TEXT escaping (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const utcStamp = (d: Date) =>
	d
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
const floating = (date: LocalDate, time: WallTime) =>
	`${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** The first date on or after `from` that falls on one of the weekdays. */
function firstOccurrence(from: LocalDate, weekdays: readonly IsoWeekday[]): LocalDate {
	for (let i = 0; i < 7; i++) {
		const date = addDays(from, i);
		if (weekdays.includes(isoWeekday(date))) return date;
	}
	return from;
}

/**
 * A calendar of weekly repeating events at floating local times (they follow the device's zone,
 * as the app's reminders do), each with a display alarm.
 */
export function weeklyCalendar(events: readonly WeeklyEvent[], from: LocalDate, now: Date): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Deep Gluteal Care//Home-care plan//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'X-WR-CALNAME:Home-care plan'
	];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${utcStamp(now)}`,
			`DTSTART:${floating(firstOccurrence(from, event.weekdays), event.start)}`,
			`DURATION:PT${event.durationMinutes}M`,
			`RRULE:FREQ=WEEKLY;BYDAY=${[...event.weekdays]
				.sort()
				.map((d) => BYDAY[d - 1])
				.join(',')}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`DESCRIPTION:${escapeText(event.description)}`
		);
		if (event.alarmMinutesBefore !== null) {
			lines.push(
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				`DESCRIPTION:${escapeText(event.summary)}`,
				`TRIGGER:-PT${event.alarmMinutesBefore}M`,
				'END:VALARM'
			);
		}
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The plan's timed items for a typical week (the 7 days from `from`), merged into weekly events:
 * the same item at the same time on several days becomes one event repeating on those days.
 * Sitting-break prompts are left out: the app's sitting timer handles them. The calendar holds
 * only what the plan allows under an open warning sign (`hold`), as Today does: nothing while an
 * emergency sign pauses the plan, the plan's own limited day while a same-day sign is open.
 */
export function weeklyEventsFromProfile(
	profile: Profile,
	catalogue: CareCatalogue,
	from: LocalDate,
	timeZone: string,
	alarmMinutesBefore: number,
	hold: PlanHold = 'none'
): WeeklyEvent[] {
	if (hold === 'paused') return [];
	const byKey = new Map<
		string,
		{ summary: string; description: string; start: WallTime; duration: number; days: IsoWeekday[] }
	>();
	for (let i = 0; i < 7; i++) {
		const date = addDays(from, i);
		// Planned as a whole day (no "now" cuts it short) with no history: a typical week.
		const plan = planDay(profile, date, [], {
			now: new Date(0),
			timeZone,
			catalogue,
			flareOnly: hold === 'flare-only'
		});
		for (const item of plan.items.filter((x) => x.kind === 'timed')) {
			const key = `${item.title}|${item.start}|${item.durationMinutes}`;
			const entry = byKey.get(key) ?? {
				summary: item.title,
				description: [...item.instructions, ...item.cautions].join('\n'),
				start: item.start,
				duration: item.durationMinutes,
				days: []
			};
			// An item after midnight (a day that ends late) falls on the next weekday's clock.
			entry.days.push(isoWeekday(item.startMinutes >= 24 * 60 ? addDays(date, 1) : date));
			byKey.set(key, entry);
		}
	}
	return [...byKey.values()]
		.sort((a, b) =>
			a.start < b.start ? -1 : a.start > b.start ? 1 : a.summary < b.summary ? -1 : 1
		)
		.map((e, n) => ({
			uid: `${e.start.replace(':', '')}-${n}-${e.days.join('')}@deep-gluteal-care.app`,
			summary: e.summary,
			description: e.description,
			weekdays: e.days,
			start: e.start,
			durationMinutes: e.duration,
			alarmMinutesBefore
		}));
}

/**
 * What an open warning sign leaves out of the calendar: the titles of the usual week's events that
 * the held week does not hold, in the order of the day. Empty when nothing holds the plan.
 */
export function leftOutOfCalendar(
	profile: Profile,
	catalogue: CareCatalogue,
	from: LocalDate,
	timeZone: string,
	hold: PlanHold
): string[] {
	if (hold === 'none') return [];
	const titles = (h: PlanHold) =>
		weeklyEventsFromProfile(profile, catalogue, from, timeZone, 0, h).map((e) => e.summary);
	const held = new Set(titles(hold));
	return [...new Set(titles('none'))].filter((t) => !held.has(t));
}
