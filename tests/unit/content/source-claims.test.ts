import { describe, expect, it } from 'vitest';
import { APP_CHOICES } from '$lib/content/app-choices';
import { EXERCISES } from '$lib/content/exercises';
import { CARE_MEASURES, OFF_TIME_CHOICE, WEIGHT_MODULE_REASON } from '$lib/content/measures';
import { SOURCES, SOURCE_SECTIONS } from '$lib/content/sources';
import { EDUCATION } from '$lib/content/education';
import { RED_FLAGS } from '$lib/content/red-flags';
import { HOME_CARE_VISIT_CHOICE, LASTED_TOO_LONG } from '$lib/domain/triage';

// Issue 24 point 13: each claim cites a source that says it, and what no source says is labelled
// the app's choice where it is shown and listed on About (care-content.md, "Not confirmed").

const source = (id: string) => SOURCES.find((s) => s.id === id);
const LABEL = 'The app’s choice, not a published rule:';

/** Every source id cited anywhere in the content. */
const cited = [
	...Object.values(CARE_MEASURES).flatMap((m) => m.sourceIds),
	...Object.values(EXERCISES).flatMap((e) => e.sourceIds),
	...EDUCATION.flatMap((t) => t.sourceIds),
	...RED_FLAGS.flatMap((f) => f.sourceIds),
	...SOURCE_SECTIONS.flatMap((s) => s.sourceIds)
];

describe('sources that say less than the app claimed', () => {
	it('never cites Manchester University NHS FT, which was not found; cold timing rests on the trusts read', () => {
		expect(source('mft')).toBeUndefined();
		expect(cited).not.toContain('mft');
		expect(SOURCES.map((s) => s.title).join(' ')).not.toMatch(/Manchester/);
		const cold = CARE_MEASURES['cold-compress'];
		expect(cold.summary).toMatch(/15-20 minutes, never over 20/);
		expect(cold.sourceIds).toEqual(expect.arrayContaining(['ncaft-soft-tissue', 'mpft-cold']));
		expect(source('mpft-cold')!.citedFor).toMatch(/never over 20, every 2-3 hours/);
		expect(source('ncaft-soft-tissue')!.citedFor).toMatch(/every 2-3 hours/);
	});

	it('labels "off at least as long as it was on" the app’s choice, and Cleveland Clinic is not cited for it', () => {
		const caution = CARE_MEASURES['cold-compress'].cautions.find((c) =>
			c.startsWith('Leave it off at least as long as it was on.')
		);
		expect(caution).toBe(`Leave it off at least as long as it was on. ${LABEL} ${OFF_TIME_CHOICE}`);
		expect(source('cleveland-clinic')!.citedFor).not.toMatch(/off time/);
		expect(APP_CHOICES.some((c) => c.includes(OFF_TIME_CHOICE))).toBe(true);
	});

	it('cites the NHS, not the Chief Medical Officers, for a 1-2 minute sitting break', () => {
		const sitting = CARE_MEASURES['sitting-break'];
		expect(sitting.summary).toMatch(/1-2 minutes/);
		expect(sitting.sourceIds).toContain('nhs-sit-less');
		expect(source('nhs-sit-less')!.citedFor).toMatch(/1-2 minutes/);
		expect(source('uk-cmo')!.citedFor).not.toMatch(/\d/);
		expect(SOURCE_SECTIONS.find((s) => s.number === 3)!.sourceIds).toContain('nhs-sit-less');
	});

	it('cites the McGill/Liebenson handout for the nerve glide’s 5-second rounds, not Peak Physio', () => {
		const glide = EXERCISES['nerve-glide'];
		expect(glide.secondsPerRep).toBe(5);
		expect(glide.sourceIds).toContain('mcgill-liebenson-flossing');
		expect(source('mcgill-liebenson-flossing')!.citedFor).toMatch(/5 seconds/);
		expect(source('peak-physio')!.citedFor).not.toMatch(/second/);
		expect(SOURCE_SECTIONS.find((s) => s.number === 2)!.sourceIds).toContain(
			'mcgill-liebenson-flossing'
		);
	});

	it('labels the nerve glide’s dose (5 growing to 10) the app’s choice, on its card and on About', () => {
		const glide = EXERCISES['nerve-glide'];
		const dose = `${glide.reps.start} rounds building to ${glide.reps.max}`;
		expect(glide.designChoices.join(' ')).toContain(dose);
		expect(APP_CHOICES.some((c) => c.includes(dose))).toBe(true);
	});

	it('gives NICE NG59 no "updated 2020", which was not confirmed', () => {
		const ng59 = source('nice-ng59')!;
		expect(`${ng59.title} ${ng59.date}`).not.toMatch(/2020|updated/);
		expect(ng59.date).toBe('published 30 November 2016');
	});

	it('labels "more than 6 weeks: book a visit" the app’s choice where it is shown, and on About', () => {
		expect(HOME_CARE_VISIT_CHOICE).toMatch(/after 6 weeks/);
		expect(LASTED_TOO_LONG.sinceStart).toBe(
			`Your pain has lasted more than 6 weeks. ${LABEL} ${HOME_CARE_VISIT_CHOICE}`
		);
		expect(LASTED_TOO_LONG.sinceFirstCheckIn).toBe(
			`You have recorded pain here for more than 6 weeks. ${LABEL} ${HOME_CARE_VISIT_CHOICE}`
		);
		expect(APP_CHOICES).toContain(HOME_CARE_VISIT_CHOICE);
	});

	it('shows the article as the source of "carrying less weight can take load off the lower back and hips"', () => {
		expect(WEIGHT_MODULE_REASON.text).toBe(
			'Carrying less weight can take load off the lower back and hips.'
		);
		expect(WEIGHT_MODULE_REASON.sourceIds).toEqual(['seed-article']);
	});
});
