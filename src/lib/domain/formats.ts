import type { LocalDate, WallTime } from './time';

// Every time and date a person reads, in one place (issue 25 point 10). The words stay the app's
// English; the person's locale decides the clock (12 hours with AM/PM, as its time pickers show, or
// 24 hours) and whether the month comes before the day. Data, CSV and calendar files keep ISO dates
// and 'HH:mm': only what a person reads goes through here.
//
// Writing needs no Intl (Today's first screen opens without it: Intl's first use starts ICU);
// only reading a locale's conventions (styleOfLocale) does, and the app keeps its answer.

/** How the person's locale writes times and dates. */
export interface DateTimeStyle {
	/** "7:30 PM" rather than "19:30". */
	readonly hour12: boolean;
	/** "Tuesday, December 8" rather than "Tuesday 8 December". */
	readonly monthFirst: boolean;
}

/** The app's own English (British): where no locale is known, e.g. in the prerendered page. */
export const BRITISH_STYLE: DateTimeStyle = { hour12: false, monthFirst: false };

/** A December date: any day whose month and day cannot be confused. */
const PROBE = Date.UTC(2026, 11, 8, 12);

/** The conventions of a BCP 47 locale ("en-US", "de-DE"); British for none or an invalid one. */
export function styleOfLocale(locale: string | null | undefined): DateTimeStyle {
	if (!locale) return BRITISH_STYLE;
	try {
		const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
		const { hourCycle, hour12 } = clock.resolvedOptions();
		const parts = new Intl.DateTimeFormat(locale, {
			month: 'long',
			day: 'numeric',
			timeZone: 'UTC'
		}).formatToParts(PROBE);
		const at = (type: string) => parts.findIndex((p) => p.type === type);
		return {
			hour12: hourCycle ? hourCycle === 'h12' || hourCycle === 'h11' : hour12 === true,
			monthFirst: at('month') < at('day')
		};
	} catch {
		return BRITISH_STYLE; // Not a valid locale.
	}
}

/** "07:30" or "7:30 AM" (a no-break space keeps the time on one line). */
export function timeText(time: WallTime, style: DateTimeStyle): string {
	if (!style.hour12) return time;
	const hours = Number(time.slice(0, 2));
	return `${hours % 12 || 12}:${time.slice(3, 5)}\u00a0${hours < 12 ? 'AM' : 'PM'}`;
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

const noonOf = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

/** "8 December" or "December 8", with the year when it is not `today`'s. */
function dayAndMonth(date: LocalDate, style: DateTimeStyle, today?: LocalDate): string {
	const day = noonOf(date);
	const month = MONTH_NAMES[day.getUTCMonth()];
	const year =
		today === undefined || today.slice(0, 4) === date.slice(0, 4) ? null : date.slice(0, 4);
	if (style.monthFirst) return `${month} ${day.getUTCDate()}${year ? `, ${year}` : ''}`;
	return `${day.getUTCDate()} ${month}${year ? ` ${year}` : ''}`;
}

/**
 * The long form, with the weekday: "Tuesday 8 December" or "Tuesday, December 8"; the year is
 * added when it is not `today`'s.
 */
export function longDateText(date: LocalDate, style: DateTimeStyle, today?: LocalDate): string {
	const weekday = DAY_NAMES[noonOf(date).getUTCDay()];
	return `${weekday}${style.monthFirst ? ',' : ''} ${dayAndMonth(date, style, today)}`;
}

/** The short form: "8 December" or "December 8"; the year is added when it is not `today`'s. */
export function shortDateText(date: LocalDate, style: DateTimeStyle, today?: LocalDate): string {
	return dayAndMonth(date, style, today);
}
