import { describe, expect, it } from 'vitest';
import { CARE_MEASURES } from '$lib/content/measures';
import { SOURCES, SOURCE_SECTIONS } from '$lib/content/sources';
import { CARE_MEASURE_IDS } from '$lib/domain/measures';
import { missingSourceIds } from '$lib/domain/sources';

describe('care content sources', () => {
	it('has a measure for every care measure id, filed under its own id', () => {
		expect(Object.keys(CARE_MEASURES).sort()).toEqual([...CARE_MEASURE_IDS].sort());
		for (const [key, measure] of Object.entries(CARE_MEASURES)) expect(measure.id).toBe(key);
	});

	it('cites only sources that the sources list has', () => {
		const cited = Object.values(CARE_MEASURES).flatMap((m) => m.sourceIds);
		expect(cited.length).toBeGreaterThan(0);
		expect(missingSourceIds(cited, SOURCES)).toEqual([]);
	});

	it('cites at least one source for every measure', () => {
		for (const measure of Object.values(CARE_MEASURES)) {
			expect(measure.sourceIds.length, measure.id).toBeGreaterThan(0);
		}
	});

	it('has unique source ids', () => {
		const ids = SOURCES.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('lists sections 1 to 8 of care-content.md, each naming known sources', () => {
		expect(SOURCE_SECTIONS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(
			missingSourceIds(
				SOURCE_SECTIONS.flatMap((s) => s.sourceIds),
				SOURCES
			)
		).toEqual([]);
	});

	it('shows every source on the About screen (each belongs to a section)', () => {
		const shown = new Set(SOURCE_SECTIONS.flatMap((s) => s.sourceIds));
		expect(SOURCES.filter((s) => !shown.has(s.id)).map((s) => s.id)).toEqual([]);
	});

	it('gives the addresses care-content.md section 9 found: secure links and well-formed DOIs', () => {
		const linked = SOURCES.filter((s) => s.url || s.doi);
		expect(linked.length).toBeGreaterThanOrEqual(20);
		for (const s of SOURCES) {
			if (s.url) expect(s.url, s.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
			if (s.doi) expect(s.doi, s.id).toMatch(/^10\.\d{4,}\/\S+$/);
		}
		// The article the app is built on is named by its own title, not an internal nickname.
		const article = SOURCES.find((s) => s.id === 'seed-article')!;
		expect(article.title).toContain('What is Deep Gluteal Syndrome & How is it Treated?');
		expect(SOURCES.map((s) => `${s.title} ${s.citedFor}`).join(' ')).not.toMatch(/seed/i);
	});

	it('names each source once on a card of About', () => {
		for (const section of SOURCE_SECTIONS)
			expect(new Set(section.sourceIds).size, section.heading).toBe(section.sourceIds.length);
	});

	it('never gives a compress time over 20 minutes in its text', () => {
		for (const id of ['cold-compress', 'warm-compress'] as const) {
			const minutes = [...CARE_MEASURES[id].summary.matchAll(/(\d+)(?:-(\d+))? minutes/g)].flatMap(
				(m) => [Number(m[1]), Number(m[2] ?? m[1])]
			);
			expect(minutes.length, id).toBeGreaterThan(0);
			expect(Math.max(...minutes), id).toBeLessThanOrEqual(20);
		}
	});
});
