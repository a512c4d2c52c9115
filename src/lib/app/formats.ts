import {
	BRITISH_STYLE,
	longDateText,
	shortDateText,
	styleOfLocale,
	timeText,
	type DateTimeStyle
} from '$lib/domain/formats';
import { deviceWallClock, minutesToWallTime } from '$lib/domain/local-time';
import type { LocalDate, WallTime } from '$lib/domain/time';
import { rememberDateStyle, rememberedDateStyle } from '$lib/storage/launch-hint';

// The one formatter every screen uses for the times and dates a person reads (issue 25 point 10),
// in the device's locale: the one its native time and date pickers follow.

/** Times and dates as the person reads them. Instants are read in the device's zone. */
export interface Formats {
	readonly style: DateTimeStyle;
	/** "07:30" or "7:30 AM". */
	time(time: WallTime): string;
	/** The device's wall-clock time of an instant (a Date, ms or an ISO string). */
	timeOf(instant: Date | number | string): string;
	/** "Tuesday 8 December" or "Tuesday, December 8"; the year when not `today`'s. */
	longDate(date: LocalDate, today?: LocalDate): string;
	/** "8 December" or "December 8"; the year when not `today`'s. */
	shortDate(date: LocalDate, today?: LocalDate): string;
	/** The short form of the device's local date of an instant. */
	dateOf(instant: Date | number | string, today?: LocalDate): string;
	/** "14 December at 21:04" or "December 14 at 9:04 PM". */
	momentOf(instant: Date | number | string, today?: LocalDate): string;
}

export interface FormatsDependencies {
	/** The device's locale (navigator.language); undefined where there is none (prerendering). */
	locale(): string | undefined;
	/** The style kept for a locale, so the first screen needs no Intl. */
	remembered(locale: string): DateTimeStyle | null;
	remember(locale: string, style: DateTimeStyle): void;
}

/** The formatter, reading the locale's conventions once (from the hint when it has them). */
export function createFormats(deps: FormatsDependencies): Formats {
	let known: { locale: string; style: DateTimeStyle } | null = null;
	const styleNow = (): DateTimeStyle => {
		const locale = deps.locale();
		if (!locale) return BRITISH_STYLE;
		if (known?.locale !== locale) {
			let style = deps.remembered(locale);
			if (!style) {
				style = styleOfLocale(locale);
				deps.remember(locale, style);
			}
			known = { locale, style };
		}
		return known.style;
	};
	const wall = (instant: Date | number | string) => deviceWallClock(new Date(instant));
	return {
		get style() {
			return styleNow();
		},
		time: (time) => timeText(time, styleNow()),
		timeOf: (instant) => timeText(minutesToWallTime(wall(instant).minutes), styleNow()),
		longDate: (date, today) => longDateText(date, styleNow(), today),
		shortDate: (date, today) => shortDateText(date, styleNow(), today),
		dateOf: (instant, today) => shortDateText(wall(instant).date, styleNow(), today),
		momentOf: (instant, today) => {
			const { date, minutes } = wall(instant);
			const style = styleNow();
			return `${shortDateText(date, style, today)} at ${timeText(minutesToWallTime(minutes), style)}`;
		}
	};
}

/** The app's formatter, on the browser's locale. */
export const formats: Formats = createFormats({
	// Not while prerendering: Node 21+ has a navigator of its own.
	locale: () => (typeof window === 'undefined' ? undefined : navigator.language),
	remembered: rememberedDateStyle,
	remember: rememberDateStyle
});
