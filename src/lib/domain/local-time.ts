import type { LocalDate, WallClock, WallTime } from './time';

// The local time of the device and its words, without Intl: Intl's first use in a page starts ICU,
// 30-70 ms on this project's test machine and more on a slow phone, and Today's first screen needs
// nothing from it. Everything that works across zones stays in time.ts.

const MINUTES_PER_DAY = 24 * 60;
const pad2 = (n: number) => String(n).padStart(2, '0');

export function minutesToWallTime(minutes: number): WallTime {
	const m = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
	return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/**
 * The local date and minute of an instant in the zone this JavaScript runs in, from Date's local
 * fields: the same answer as wallClockAt(instant, <that zone>).
 */
export function deviceWallClock(instant: Date): WallClock {
	return {
		date: `${instant.getFullYear()}-${pad2(instant.getMonth() + 1)}-${pad2(instant.getDate())}`,
		minutes: instant.getHours() * 60 + instant.getMinutes()
	};
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "Wednesday 25 November", Today's heading, in the app's English. */
export function longDateText(date: LocalDate): string {
	const day = new Date(`${date}T12:00:00Z`);
	return `${DAY_NAMES[day.getUTCDay()]} ${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]}`;
}
