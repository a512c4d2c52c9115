import { describe, expect, it } from 'vitest';
import { APP_CHOICES } from '$lib/content/app-choices';
import { SKIN_CHECKS, skinSignsFor } from '$lib/content/skin-check';
import { SOURCES, SOURCE_SECTIONS } from '$lib/content/sources';

// Issue 24 (points 1 and 9): the skin check's rows held against care-content.md section 1a.

const row = (id: string) => SKIN_CHECKS.find((c) => c.id === id)!;
const source = (id: string) => SOURCES.find((s) => s.id === id)!;

describe('the skin check during a compress (section 1a, "during, after about 5 min")', () => {
	it.each([
		['cold-compress', ['red-or-burning', 'cold-injury']],
		['warm-compress', ['red-or-burning', 'burn', 'erythema-ab-igne']]
	] as const)('%s asks about the signs of its own kind', (kind, ids) => {
		expect(skinSignsFor(kind).map((c) => c.id)).toEqual(ids);
	});

	it('names every sign the reference lists, and pink as normal', () => {
		const all = SKIN_CHECKS.map((c) => `${c.sign ?? ''} ${c.lookFor}`).join(' ');
		for (const words of [
			/Pink skin is normal/,
			/bright red/i,
			/mottled/,
			/blisters/,
			/burning/,
			/white, grey-yellow or blue/,
			/hard or waxy/,
			/stays numb/
		])
			expect(all).toMatch(words);
		expect(row('red-or-burning').action).toMatch(/take the pack off at once/);
	});

	it('cites the 5-minute check from the sources that give it', () => {
		expect(row('red-or-burning').sourceIds).toEqual(
			expect.arrayContaining(['sirona', 'aneurin-bevan-heat', 'ncaft-soft-tissue'])
		);
		expect(source('aneurin-bevan-heat').citedFor).toMatch(/after 5 minutes/);
	});

	it('About lists asking again while paused as the app’s choice', () => {
		expect(APP_CHOICES.join(' ')).toMatch(
			/asking again every 5 minutes while the timer is paused with the pack on/
		);
	});
});

describe('burns (point 9: section 1a "heat burn")', () => {
	const burn = row('burn');
	it('sends to A&E exactly the burns the reference lists', () => {
		expect(burn.action).toContain(
			'Go to A&E for white or charred skin of any size, a burn bigger than your hand, a blistering burn on the face, hands, arms, feet, legs or genitals, or any burn if you have diabetes or a weak immune system.'
		);
		expect(burn.action).toMatch(/20 minutes \(no ice\)/);
		expect(burn.action).toMatch(/cling film/);
	});

	it('keeps the blistered buttock burn as the app’s choice, labelled and on About', () => {
		expect(burn.action).toMatch(/A blistered burn on the buttock: get seen today\./);
		expect(burn.designChoice).toMatch(/buttock/);
		expect(APP_CHOICES).toContain(burn.designChoice);
	});
});

describe('erythema ab igne (point 9: section 1a "repeated heat on one spot")', () => {
	const patch = row('erythema-ab-igne');
	it('says what it looks like and what to do, for heat only', () => {
		expect(patch.kinds).toEqual(['warm-compress']);
		expect(patch.lookFor).toMatch(/lacy, net-like red-brown/);
		expect(patch.action).toBe(
			'Stop using heat on that area and show it to a GP. It can take months to fade.'
		);
	});

	it('cites the two sources, each saying it is not confirmed from a patient-information page', () => {
		expect(patch.sourceIds).toEqual(['barankin-erythema-ab-igne', 'hospitalist-erythema-ab-igne']);
		for (const id of patch.sourceIds) {
			expect(source(id).citedFor).toMatch(/not confirmed from a patient-information page/);
			expect(SOURCE_SECTIONS.find((s) => s.number === 1)!.sourceIds).toContain(id);
		}
		expect(source('hospitalist-erythema-ab-igne').date).toBe('2023');
	});
});
