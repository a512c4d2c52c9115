import type { WallClock, WallTime } from './time';

// The local time of the device and its words, without Intl: Intl's first use in a page starts ICU,
// 30-70 ms on this project's test machine and more on a slow phone, and Today's first screen needs
// nothing from it. Everything that works across zones stays in time.ts.

const MINUTES_PER_DAY = 24 * 60;
const pad2 = (n: number) => String(n).padStart(2, '0');

export function minutesToWallTime(minutes: number): WallTime {
	const m = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
	return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/** A person's waking hours, as the profile holds them. */
export interface WakingHours {
	readonly wakeTime: WallTime;
	readonly sleepTime: WallTime;
}

const minutesOf = (time: WallTime) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The waking day a wall-clock moment belongs to. A day whose sleep time is after midnight (wake
 * 07:00, sleep 00:30) lasts until that sleep time: 00:15 is still the day before, at minute 1455
 * of it (24:15). Plans, reminders, missed items and the day's check-in all go by this day.
 */
export function wakingDayOf(wall: WallClock, hours: WakingHours | null): WallClock {
	if (!hours) return wall;
	const sleep = minutesOf(hours.sleepTime);
	if (sleep > minutesOf(hours.wakeTime) || wall.minutes >= sleep) return wall;
	const dayBefore = new Date(`${wall.date}T00:00:00Z`);
	dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
	return { date: dayBefore.toISOString().slice(0, 10), minutes: wall.minutes + MINUTES_PER_DAY };
}

/** Where the waking day ends, in minutes from its date's midnight: past 1440 after midnight. */
export function dayEndMinutes(hours: WakingHours): number {
	const sleep = minutesOf(hours.sleepTime);
	return sleep > minutesOf(hours.wakeTime) ? sleep : sleep + MINUTES_PER_DAY;
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
