import { describe, expect, it } from 'vitest';
import { ASKED_RED_FLAGS, RED_FLAGS } from '$lib/content/red-flags';
import type { RedFlagId } from '$lib/domain/care';

const flag = (id: RedFlagId) => RED_FLAGS.find((f) => f.id === id)!;

describe('the saddle question names every area of section 5’s two saddle rows', () => {
	// care-content.md section 5, the cauda equina rows: NHS Sciatica (genitals, back passage, inner
	// thighs), NHS Back pain ("around your genitals or buttocks"), the warning card (wiping).
	it.each([
		['under the genitals (NHS Sciatica)', /around or under your genitals/],
		['the back passage (NHS Sciatica)', /back passage \(anus\)/],
		['the buttocks (NHS Back pain)', /buttocks/],
		['the inner thighs (older NHS Sciatica copy)', /inner thighs/],
		['wiping after the toilet (warning card)', /wipe after the toilet/],
		['tingling as well as numbness (NHS Back pain; NHS Lothian)', /numbness, tingling/]
	])('%s', (_area, words) => {
		expect(flag('saddle-numbness').question).toMatch(words);
	});

	it('asks numbness in both buttocks in a question that is not for one side only', () => {
		const fits = ASKED_RED_FLAGS.filter(
			(f) => /buttocks/.test(f.question) && !/one side/.test(f.question)
		);
		expect(fits.map((f) => f.id)).toEqual(['saddle-numbness']);
		expect(fits[0]!.level).toBe('emergency');
	});
});

describe('the bladder and bowel question asks both halves of section 5’s rows', () => {
	it.each([
		['trouble starting to pee', /hard to start peeing/],
		['not able to pee', /can you not pee/],
		['not controlling peeing', /not pee or not control it/],
		['not knowing the bladder is full', /bladder is full/],
		['not noticing the need to poo', /need to poo/],
		['not controlling the bowels', /not control your bowels/],
		['only when not normal for the person', /when this is not normal for you/]
	])('%s', (_half, words) => {
		expect(flag('bladder-bowel').question).toMatch(words);
	});
});

describe('back pain worse on straining (section 5 "Coughing, sneezing, straining")', () => {
	it('gives the NHS listing as its reason, not a claim the reference does not make', () => {
		const sign = flag('back-pain-straining');
		expect(sign.reason).toMatch(
			/The NHS lists back pain made worse by sneezing, coughing or pooing/
		);
		expect(sign.reason).not.toMatch(/not typical of a trapped or irritated nerve/);
		// The reference says buttock or leg pain on coughing is a usual nerve sign: no alarm for it.
		expect(sign.reason).toMatch(/usual sign of an irritated nerve/);
		expect(sign.sourceIds).toContain('nhs-back-pain');
		expect(sign.level).toBe('same-day');
		expect(sign.designChoice).toBeUndefined();
	});
});
