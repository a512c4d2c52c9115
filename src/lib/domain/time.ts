import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** A calendar date in the person's zone, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time, 'HH:mm' (24 h). */
export type WallTime = string;
/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MINUTES_PER_DAY = 24 * 60;

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isWallTime(value: string): boolean {
	return WALL_TIME.test(value);
}

export function isLocalDate(value: string): boolean {
	return LOCAL_DATE.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value;
}

/** Minutes since local midnight of a wall-clock time. Throws on an impossible time like '25:70'. */
export function wallTimeToMinutes(time: WallTime): number {
	const match = WALL_TIME.exec(time);
	if (!match) throw new RangeError(`Not a time of day (HH:mm): ${time}`);
	return Number(match[1]) * 60 + Number(match[2]);
}

export function minutesToWallTime(minutes: number): WallTime {
	const m = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

// Calendar arithmetic on dates, done in UTC so no zone or DST can shift a day.
export function addDays(date: LocalDate, days: number): LocalDate {
	return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
	return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

export function isoWeekday(date: LocalDate): IsoWeekday {
	const day = dayjs.utc(date).day();
	return (day === 0 ? 7 : day) as IsoWeekday;
}

// Zone offsets come from Intl directly: dayjs.tz measured ~0.28 ms a call here, which alone would
// spend the 50 ms budget for planning a year. One formatter per zone is cached.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Whether the runtime knows this IANA zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
	try {
		formatterFor(timeZone);
		return true;
	} catch {
		return false;
	}
}

interface WallClock {
	readonly date: LocalDate;
	readonly minutes: number;
}

/** The local date and minute of day of an instant in a zone. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
	const parts: Record<string, string> = {};
	for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		minutes: Number(parts.hour) * 60 + Number(parts.minute)
	};
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
	return wallClockAt(instant, timeZone).date;
}

/** UTC offset of the zone at an instant, in minutes east of UTC. */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
	const wall = wallClockAt(instant, timeZone);
	const wallAsUtc = dayjs.utc(wall.date).valueOf() + wall.minutes * 60_000;
	const instantToMinute = Math.floor(instant.getTime() / 60_000) * 60_000;
	return Math.round((wallAsUtc - instantToMinute) / 60_000);
}

/**
 * The instant of a local date and wall-clock minute in a zone. A time that does not exist (inside a
 * spring-forward gap) moves forward by the gap, as clocks do; a repeated time (fall-back) is the first.
 */
export function instantOf(date: LocalDate, minutes: number, timeZone: string): Date {
	const wallAsUtc = dayjs.utc(date).valueOf() + minutes * 60_000;
	const nearbyOffsets = [
		offsetMinutesAt(new Date(wallAsUtc - 12 * 3600_000), timeZone),
		offsetMinutesAt(new Date(wallAsUtc + 12 * 3600_000), timeZone)
	];
	const roundTrips = nearbyOffsets
		.map((offset) => wallAsUtc - offset * 60_000)
		.filter(
			(instant) => wallAsUtc - offsetMinutesAt(new Date(instant), timeZone) * 60_000 === instant
		);
	if (roundTrips.length > 0) return new Date(Math.min(...roundTrips));
	return new Date(wallAsUtc - Math.min(...nearbyOffsets) * 60_000);
}

/** Wall-clock minutes skipped on a spring-forward date, e.g. 02:00-03:00; null on other dates. */
export function skippedWallMinutes(
	date: LocalDate,
	timeZone: string
): { start: number; end: number } | null {
	const dayStartUtc = dayjs.utc(date).valueOf();
	// Offsets well before and after the local day cover any zone (UTC-12 to UTC+14).
	const early = offsetMinutesAt(new Date(dayStartUtc - 14 * 3600_000), timeZone);
	const late = offsetMinutesAt(new Date(dayStartUtc + 36 * 3600_000), timeZone);
	if (late <= early) return null;
	// Binary search the instant of the jump inside the window.
	let lo = dayStartUtc - 14 * 3600_000;
	let hi = dayStartUtc + 36 * 3600_000;
	while (hi - lo > 60_000) {
		const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
		if (offsetMinutesAt(new Date(mid), timeZone) === early) lo = mid;
		else hi = mid;
	}
	const jump = wallClockAt(new Date(hi), timeZone);
	if (jump.date !== date) return null;
	return { start: jump.minutes - (late - early), end: jump.minutes };
}
