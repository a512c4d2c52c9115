/** A calendar date in the person's zone, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time, 'HH:mm' (24 h). */
export type WallTime = string;
/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MINUTES_PER_DAY = 24 * 60;

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const utcMidnight = (date: LocalDate) =>
	Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export function isWallTime(value: string): boolean {
	return WALL_TIME.test(value);
}

export function isLocalDate(value: string): boolean {
	return LOCAL_DATE.test(value) && formatUtcDate(utcMidnight(value)) === value;
}

/** Minutes since local midnight of a wall-clock time. Throws on an impossible time like '25:70'. */
export function wallTimeToMinutes(time: WallTime): number {
	const match = WALL_TIME.exec(time);
	if (!match) throw new RangeError(`Not a time of day (HH:mm): ${time}`);
	return Number(match[1]) * 60 + Number(match[2]);
}

// Calendar arithmetic on dates runs on UTC midnights, so no zone or DST can shift a day. It is
// plain Date.UTC rather than dayjs: dayjs objects here cost about half of the 50 ms budget for
// planning a year (measured with npm run bench), and these three operations need nothing more.
const DAY_MS = 24 * 3600_000;
const formatUtcDate = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: LocalDate, days: number): LocalDate {
	return formatUtcDate(utcMidnight(date) + days * DAY_MS);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
	return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
	const day = new Date(utcMidnight(date)).getUTCDay();
	return (day === 0 ? 7 : day) as IsoWeekday;
}

// Zone offsets come from Intl, not dayjs.tz: dayjs.tz measured ~0.28 ms a call here, and even a raw
// Intl call per lookup would spend most of the 50 ms budget for planning a year. So each zone's
// transitions are found once per year (weekly samples, then a binary search to the minute) and
// every later lookup is a search in that short list.
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

/** Offset (minutes east of UTC) straight from Intl; the slow path. */
function intlOffsetMinutes(ms: number, timeZone: string): number {
	const parts: Record<string, string> = {};
	for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value;
	const wallAsUtc = Date.UTC(
		Number(parts.year),
		Number(parts.month) - 1,
		Number(parts.day),
		Number(parts.hour),
		Number(parts.minute)
	);
	return Math.round((wallAsUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

interface Transition {
	/** First instant (ms) of the new offset. */
	readonly at: number;
	readonly offset: number;
}

interface ZoneYear {
	readonly offsetAtStart: number;
	readonly transitions: readonly Transition[];
}

const WEEK_MS = 7 * 24 * 3600_000;
const zoneYears = new Map<string, ZoneYear>();

/** The offset at the start of a UTC year and every change within it. */
function zoneYear(year: number, timeZone: string): ZoneYear {
	const key = `${timeZone}|${year}`;
	const cached = zoneYears.get(key);
	if (cached) return cached;
	const start = Date.UTC(year, 0, 1);
	const end = Date.UTC(year + 1, 0, 1);
	const transitions: Transition[] = [];
	const offsetAtStart = intlOffsetMinutes(start, timeZone);
	let previous = offsetAtStart;
	for (let t = start; t < end; t += WEEK_MS) {
		const sampleEnd = Math.min(t + WEEK_MS, end);
		const offset = intlOffsetMinutes(sampleEnd, timeZone);
		if (offset === previous) continue;
		let lo = t;
		let hi = sampleEnd;
		while (hi - lo > 60_000) {
			const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
			if (intlOffsetMinutes(mid, timeZone) === previous) lo = mid;
			else hi = mid;
		}
		transitions.push({ at: hi, offset });
		previous = offset;
	}
	const result = { offsetAtStart, transitions };
	zoneYears.set(key, result);
	return result;
}

/** UTC offset of the zone at an instant, in minutes east of UTC. */
export function offsetMinutesAt(instant: Date | number, timeZone: string): number {
	const ms = typeof instant === 'number' ? instant : instant.getTime();
	const { offsetAtStart, transitions } = zoneYear(new Date(ms).getUTCFullYear(), timeZone);
	let offset = offsetAtStart;
	for (const t of transitions) {
		if (t.at > ms) break;
		offset = t.offset;
	}
	return offset;
}

export interface WallClock {
	readonly date: LocalDate;
	readonly minutes: number;
}

/** The local date and minute of day of an instant in a zone. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
	const local = new Date(instant.getTime() + offsetMinutesAt(instant, timeZone) * 60_000);
	return {
		date: local.toISOString().slice(0, 10),
		minutes: local.getUTCHours() * 60 + local.getUTCMinutes()
	};
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
	return wallClockAt(instant, timeZone).date;
}

/**
 * The instant of a local date and wall-clock minute in a zone. A time that does not exist (inside a
 * spring-forward gap) moves forward by the gap, as clocks do; a repeated time (fall-back) is the first.
 */
export function instantOf(date: LocalDate, minutes: number, timeZone: string): Date {
	const wallAsUtc = utcMidnight(date) + minutes * 60_000;
	const nearbyOffsets = [
		offsetMinutesAt(wallAsUtc - 12 * 3600_000, timeZone),
		offsetMinutesAt(wallAsUtc + 12 * 3600_000, timeZone)
	];
	const roundTrips = nearbyOffsets
		.map((offset) => wallAsUtc - offset * 60_000)
		.filter((instant) => wallAsUtc - offsetMinutesAt(instant, timeZone) * 60_000 === instant);
	if (roundTrips.length > 0) return new Date(Math.min(...roundTrips));
	return new Date(wallAsUtc - Math.min(...nearbyOffsets) * 60_000);
}

/** Wall-clock minutes skipped on a spring-forward date, e.g. 02:00-03:00; null on other dates. */
export function skippedWallMinutes(
	date: LocalDate,
	timeZone: string
): { start: number; end: number } | null {
	const midnight = utcMidnight(date);
	// Any transition whose local date (on the new offset) is this date.
	for (const year of [
		new Date(midnight).getUTCFullYear() - 1,
		new Date(midnight).getUTCFullYear()
	]) {
		let before = zoneYear(year, timeZone).offsetAtStart;
		for (const t of zoneYear(year, timeZone).transitions) {
			const jump = t.offset - before;
			const wallAfter = t.at + t.offset * 60_000;
			before = t.offset;
			if (jump <= 0 || wallAfter < midnight || wallAfter >= midnight + 24 * 3600_000) continue;
			const end = Math.round((wallAfter - midnight) / 60_000);
			return { start: end - jump, end };
		}
	}
	return null;
}
