import { describe, expect, it } from 'vitest';
import {
	adviceIn,
	CALL_REGION_CHOICE,
	EU_REGIONS,
	UNKNOWN_REGION,
	helpNumbersFor,
	regionOf
} from '$lib/content/help-numbers';
import { SKIN_CHECKS, skinCheckIn } from '$lib/content/skin-check';
import { APP_CHOICES } from '$lib/content/app-choices';
import { TRIAGE_ADVICE } from '$lib/content/red-flags';

const burn = SKIN_CHECKS.find((row) => row.id === 'burn')!;

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

// Issue 25 point 10: a person in the US was told to go to A&E and to call 111. The advice keeps the
// reference's words in the UK; elsewhere it names no UK service or number.
describe('the advice in the person’s region', () => {
	const UK_ONLY = /A&E|\b111\b|\b999\b|in the UK/;

	it('is the reference’s wording in the UK', () => {
		expect(adviceIn(TRIAGE_ADVICE, 'GB')).toEqual(TRIAGE_ADVICE);
		expect(adviceIn(TRIAGE_ADVICE, 'gb')).toEqual(TRIAGE_ADVICE);
		expect(skinCheckIn(burn, 'GB').action).toMatch(/Go to A&E for white or charred skin/);
	});

	it.each([
		// [region, the emergency line]
		['US', 'Go to an emergency department now or call your local emergency number (911).'],
		['CA', 'Go to an emergency department now or call your local emergency number (911).'],
		['DE', 'Go to an emergency department now or call your local emergency number (112).'],
		['AU', 'Go to an emergency department now or call your local emergency number.'],
		[null, 'Go to an emergency department now or call your local emergency number.']
	])('%s: no UK service or number, the region’s own emergency number', (region, emergency) => {
		const advice = adviceIn(TRIAGE_ADVICE, region);
		expect(advice.emergency.action).toBe(emergency);
		expect(advice['same-day'].action).toBe(
			'Get seen today: ask for an urgent appointment with your doctor, or call your local urgent-care line.'
		);
		expect(advice.routine).toEqual(TRIAGE_ADVICE.routine);
		for (const level of ['emergency', 'same-day', 'routine'] as const) {
			expect(advice[level].action).not.toMatch(UK_ONLY);
			expect(advice[level].heading).toBe(TRIAGE_ADVICE[level].heading);
		}
		expect(skinCheckIn(burn, region).action).not.toMatch(UK_ONLY);
		expect(skinCheckIn(burn, region).action).toMatch(
			/Go to an emergency department for white or charred skin of any size/
		);
	});

	it('changes only what names a UK service: the burn row, the rest as they are', () => {
		for (const row of SKIN_CHECKS) {
			expect(skinCheckIn(row, 'US').action.replace('an emergency department', 'A&E')).toBe(
				row.action
			);
			expect(skinCheckIn(row, 'US').action).not.toMatch(UK_ONLY);
		}
	});
});
