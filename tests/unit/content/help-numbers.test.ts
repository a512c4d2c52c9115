import { describe, expect, it } from 'vitest';
import {
	CALL_REGION_CHOICE,
	EU_REGIONS,
	UNKNOWN_REGION,
	helpNumbersFor,
	regionOf
} from '$lib/content/help-numbers';
import { APP_CHOICES } from '$lib/content/app-choices';
import { TRIAGE_ADVICE } from '$lib/content/red-flags';

describe('the numbers to call, by the region of the locale (care-content.md section 5)', () => {
	it.each([
		['en-GB', '999', '111'],
		['cy-GB', '999', '111'],
		['de-DE', '112', null],
		['en-IE', '112', null],
		['fr-FR', '112', null],
		['pl-PL', '112', null],
		['sv-SE', '112', null],
		['en-US', '911', null],
		['es-US', '911', null],
		['fr-CA', '911', null],
		['en-CA', '911', null]
	])('%s: emergency %s, urgent care %s', (locale, emergency, urgentCare) => {
		const numbers = helpNumbersFor(locale);
		expect(numbers.emergency).toEqual({ number: emergency, href: `tel:${emergency}` });
		expect(numbers.urgentCare).toEqual(
			urgentCare === null ? null : { number: urgentCare, href: `tel:${urgentCare}` }
		);
	});

	it.each([
		// No region: the language alone does not say where the person is.
		['en'],
		['de'],
		// Regions the reference names no number for.
		['nb-NO'],
		['de-CH'],
		['en-AU'],
		['en-IN'],
		['es-419'],
		['es-MX'],
		// Not a locale at all.
		[''],
		['not a locale!'],
		[null],
		[undefined]
	])('%j: unknown, so no link and no urgent-care line', (locale) => {
		expect(helpNumbersFor(locale)).toEqual(UNKNOWN_REGION);
		expect(UNKNOWN_REGION).toEqual({ emergency: null, urgentCare: null });
	});

	it('reads the region whatever else the locale carries', () => {
		expect(regionOf('en-Latn-GB-u-ca-gregory')).toBe('GB');
		expect(regionOf('en-gb')).toBe('GB');
		expect(helpNumbersFor('en-gb').emergency?.number).toBe('999');
	});

	it('maps the 27 EU member states, and only numbers the advice itself names', () => {
		expect(new Set(EU_REGIONS).size).toBe(27);
		const named = ['emergency', 'same-day'] as const;
		for (const level of named) {
			const action = TRIAGE_ADVICE[level].action;
			for (const region of [...EU_REGIONS, 'GB', 'US', 'CA']) {
				const numbers = helpNumbersFor(`en-${region}`);
				const number = level === 'emergency' ? numbers.emergency : numbers.urgentCare;
				if (number) expect(action, region).toContain(number.number);
			}
		}
	});

	it('About lists the region rule as the app’s choice, with each number it links', () => {
		expect(APP_CHOICES).toContain(CALL_REGION_CHOICE);
		for (const words of [
			'999',
			'111 for a same-day sign',
			'112 in the EU',
			'911 in the US and Canada'
		])
			expect(CALL_REGION_CHOICE).toContain(words);
	});
});
