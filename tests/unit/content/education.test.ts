import { describe, expect, it } from 'vitest';
import { EDUCATION } from '$lib/content/education';
import { SOURCES, SOURCE_SECTIONS } from '$lib/content/sources';
import { missingSourceIds } from '$lib/domain/sources';

describe('About your pain (care-content.md section 8)', () => {
	it('covers every topic of the section, each with known sources', () => {
		expect(EDUCATION.map((t) => t.id)).toEqual([
			'what-it-is',
			'usual-course',
			'rarely-serious',
			'stay-active',
			'bed-rest',
			'hurt-harm',
			'pacing',
			'sleeping',
			'sitting',
			'when-to-get-help'
		]);
		for (const topic of EDUCATION) {
			expect(topic.sourceIds.length, topic.id).toBeGreaterThan(0);
			expect(missingSourceIds(topic.sourceIds, SOURCES)).toEqual([]);
		}
	});

	it.each([
		['usual-course', /4 to 6 weeks/],
		['bed-rest', /no better than advice to stay active/],
		['sitting', /every 30 minutes/],
		['hurt-harm', /does not mean you are doing damage/]
	])('%s says what the reference says', (id, words) => {
		expect(EDUCATION.find((t) => t.id === id)?.text).toMatch(words);
	});

	it('says the warning signs are asked in each check-in, not that the app asks every day by itself', () => {
		const text = EDUCATION.find((t) => t.id === 'rarely-serious')!.text;
		expect(text).toMatch(/Each daily check-in still asks about the warning signs/);
		expect(text).toMatch(/Today keeps any sign you answer yes to in view/);
		expect(text).not.toMatch(/app still asks|every day, so|not missed/);
	});

	it('gives the pacing caveat where pacing is taught', () => {
		expect(EDUCATION.find((t) => t.id === 'pacing')?.caveat).toMatch(/little trial evidence/);
	});

	it('claims no rule for cushions or seats (not confirmed)', () => {
		expect(EDUCATION.find((t) => t.id === 'sitting')?.text).toMatch(/No source was found/);
	});

	it('shows its sources under section 8 on About', () => {
		const section8 = SOURCE_SECTIONS.find((s) => s.number === 8)!.sourceIds;
		for (const topic of EDUCATION) for (const id of topic.sourceIds) expect(section8).toContain(id);
	});
});
