import { BRITISH_STYLE, shortDateText, type DateTimeStyle } from './formats';
import { addDays, type LocalDate } from './time';

// The visit summary's dates (issue 17, its first piece): the range it covers by default and how a
// date reads in words (the app's one short form, domain/formats.ts).

/** The default range: the last 4 weeks (the choice). */
export const DEFAULT_SUMMARY_DAYS = 28;

export interface DateRange {
	readonly from: LocalDate;
	readonly to: LocalDate;
}

/**
 * The last 4 weeks up to `today`, or since the pain started if that is sooner. A start date in the
 * future (a typing slip the set-up refuses, but an old backup may hold) is ignored.
 */
export function defaultSummaryRange(today: LocalDate, painStartedOn: LocalDate | null): DateRange {
	const fourWeeks = addDays(today, -(DEFAULT_SUMMARY_DAYS - 1));
	const from =
		painStartedOn !== null && painStartedOn > fourWeeks && painStartedOn <= today
			? painStartedOn
			: fourWeeks;
	return { from, to: today };
}

/** "3 November" ("November 3" in the US), with the year when it is not `today`'s. */
export function dateInWords(
	date: LocalDate,
	today: LocalDate,
	style: DateTimeStyle = BRITISH_STYLE
): string {
	return shortDateText(date, style, today);
}

/** A span of days as a person says it: "today", "5 days", "about 4 weeks", "about 3 months". */
export function durationInWords(days: number): string {
	if (days <= 0) return 'today';
	if (days === 1) return '1 day';
	if (days < 14) return `${days} days`;
	if (days < 8 * 7) return `about ${Math.round(days / 7)} weeks`;
	const months = Math.round(days / 30.44);
	if (months < 24) return `about ${months} months`;
	return `about ${Math.round(days / 365.25)} years`;
}
