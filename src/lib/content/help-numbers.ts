import type { TriageAdvice, WarningLevel } from '$lib/domain/care';
import { TRIAGE_ACTIONS_OUTSIDE_UK } from './red-flags';

// The phone numbers the warning-sign advice names (care-content.md section 5: "999 in the UK, 112
// in the EU, 911 in North America"; "111 in the UK" for the urgent-care line), chosen by the region
// of the person's locale so the advice can offer a call link. Only these regions are mapped: the
// reference names no other number, so anywhere else (Norway, Switzerland, Australia, a locale with
// no region ...) gets the generic words and no link. The language alone is not used to guess a
// region (German is spoken outside Germany), so "de" without "-DE" counts as unknown.

/** A number to call, as shown ("999") and as a link ("tel:999"). */
export interface HelpNumber {
	readonly number: string;
	readonly href: string;
}

export interface HelpNumbers {
	/** The emergency number, or null where the region is unknown or not mapped. */
	readonly emergency: HelpNumber | null;
	/** The urgent-care line for a same-day sign, where one is known (the UK's 111). */
	readonly urgentCare: HelpNumber | null;
}

const call = (number: string): HelpNumber => ({ number, href: `tel:${number}` });

/** The 27 member states of the European Union, as ISO 3166 region codes. */
export const EU_REGIONS: readonly string[] = [
	'AT',
	'BE',
	'BG',
	'HR',
	'CY',
	'CZ',
	'DK',
	'EE',
	'FI',
	'FR',
	'DE',
	'GR',
	'HU',
	'IE',
	'IT',
	'LV',
	'LT',
	'LU',
	'MT',
	'NL',
	'PL',
	'PT',
	'RO',
	'SK',
	'SI',
	'ES',
	'SE'
];

const BY_REGION: ReadonlyMap<string, HelpNumbers> = new Map<string, HelpNumbers>([
	['GB', { emergency: call('999'), urgentCare: call('111') }],
	...EU_REGIONS.map((region): [string, HelpNumbers] => [
		region,
		{ emergency: call('112'), urgentCare: null }
	]),
	['US', { emergency: call('911'), urgentCare: null }],
	['CA', { emergency: call('911'), urgentCare: null }]
]);

export const UNKNOWN_REGION: HelpNumbers = { emergency: null, urgentCare: null };

/** The region of a BCP 47 locale ("en-GB" gives "GB"), or null when it names none or is invalid. */
export function regionOf(locale: string | null | undefined): string | null {
	if (!locale) return null;
	try {
		return new Intl.Locale(locale).region ?? null;
	} catch {
		return null; // Not a valid locale: treat the region as unknown.
	}
}

/** The regions whose numbers the reference names: Settings offers these, and "somewhere else". */
export const KNOWN_REGIONS: readonly string[] = ['GB', 'US', 'CA', ...EU_REGIONS];

/** The numbers to offer in a region (an ISO 3166 code such as "GB"); none where it is unknown. */
export function helpNumbersIn(region: string | null | undefined): HelpNumbers {
	return (region && BY_REGION.get(region.toUpperCase())) || UNKNOWN_REGION;
}

/** The numbers to offer for the person's locale (navigator.language). */
export function helpNumbersFor(locale: string | null | undefined): HelpNumbers {
	return helpNumbersIn(regionOf(locale));
}

/**
 * The advice by urgency in the person's region. The reference's words name the UK's numbers (its
 * same-day line is "111 in the UK"): in the UK they stand; elsewhere the advice names no UK number,
 * and the emergency line names the region's own number where one is known.
 */
export function adviceIn(
	advice: Readonly<Record<WarningLevel, TriageAdvice>>,
	region: string | null | undefined
): Readonly<Record<WarningLevel, TriageAdvice>> {
	if (region?.toUpperCase() === 'GB') return advice;
	const emergency = helpNumbersIn(region).emergency;
	return {
		...advice,
		emergency: {
			...advice.emergency,
			action: TRIAGE_ACTIONS_OUTSIDE_UK.emergency(emergency?.number ?? null)
		},
		'same-day': { ...advice['same-day'], action: TRIAGE_ACTIONS_OUTSIDE_UK['same-day'] }
	};
}

/** Listed on About with the app's other choices. */
export const CALL_REGION_CHOICE =
	'The call button follows the region chosen in Settings (until then, your browser’s): 999 (and 111 for a same-day sign) in the UK, 112 in the EU, 911 in the US and Canada, the numbers the advice names. Anywhere else, or with no region set, it names no number to call, since a wrong number is worse than none. The UK’s own services are named only there.';

/** Where no emergency number is known: the words instead of a link. */
export const CALL_LOCAL_EMERGENCY = 'Call your local emergency number.';
