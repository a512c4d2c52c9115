import type { CareMeasure, CareMeasureId } from '$lib/domain/measures';
import { labelled } from '$lib/domain/safety';
import { STRETCH_STOP_RULES } from './exercises';

/** "20 on, 20 off" was not found at the Cleveland Clinic page read (care-content.md section 9). */
export const OFF_TIME_CHOICE =
	'the sources read give a session length and a spacing of 2-3 hours, not an off time.';

/** Why the weight module is offered: the article names reducing weight among the measures. */
export const WEIGHT_MODULE_REASON = {
	text: 'Carrying less weight can take load off the lower back and hips.',
	sourceIds: ['seed-article']
} as const;

/** The care measures, worded from shared/care-content.md sections 1-4. */
export const CARE_MEASURES: Readonly<Record<CareMeasureId, CareMeasure>> = {
	'cold-compress': {
		id: 'cold-compress',
		title: 'Cold compress',
		summary:
			'An ice pack or cold compress on the sore buttock for 15-20 minutes, never over 20, usually in the first 2-3 days of a flare.',
		cautions: [
			'Always keep a cloth or towel between your skin and the ice pack.',
			labelled('Leave it off at least as long as it was on.', OFF_TIME_CHOICE),
			'Not on skin that is numb or has reduced feeling, unless your clinician has approved it.'
		],
		// Manchester University NHS FT was cited here but never found (care-content.md, "Not
		// confirmed"): the trusts read instead give the length and the 2-3 hour spacing.
		sourceIds: [
			'nhs-sprains',
			'ncaft-soft-tissue',
			'mpft-cold',
			'spine-health',
			'cleveland-clinic',
			'mayo-sciatica',
			'physio-texts'
		]
	},
	'warm-compress': {
		id: 'warm-compress',
		title: 'Warm compress',
		summary:
			'A heat pack or warm compress for 15-20 minutes on a medium setting at most, with a timer, usually after the first 2-3 days.',
		cautions: [
			'Always keep a cloth or towel between your skin and the heat pack.',
			'A heating pad on a medium setting at most, with a timer.',
			'Never fall asleep on a heating pad.',
			'Never put a heat pack, heating pad or hot water bottle on numb skin: it can burn or scald without you feeling it.'
		],
		sourceIds: [
			'mayo-sciatica',
			'spine-health',
			'nhs-sciatica',
			'mu-health',
			'fda-cpsc-1995',
			'cleveland-clinic'
		]
	},
	stretch: {
		id: 'stretch',
		title: 'Stretch',
		summary:
			'Gentle stretches held 20-30 seconds, 3 times, alternating legs, at least once a day if pain allows.',
		// The stop rules shown with every stretch (care-content.md sections 2 and 2a), in the same words.
		cautions: STRETCH_STOP_RULES,
		sourceIds: [
			'nhs-exercises-sciatica',
			'nhs-inform-back',
			'sports-health',
			'peak-physio',
			'provide-pain-traffic-light'
		]
	},
	walk: {
		id: 'walk',
		title: 'Walk',
		summary: 'An easy-paced walk on the flat. Staying active helps more than resting in bed.',
		cautions: ['Step back if symptoms spread further down the leg.'],
		sourceIds: ['nice-ng59', 'cochrane-dahm-2010']
	},
	rest: {
		id: 'rest',
		title: 'Relaxation',
		summary:
			'Relative rest and relaxation: belly breathing or progressive muscle relaxation, not bed rest.',
		cautions: ['Avoid long spells lying or sitting; bed rest is no better than staying active.'],
		sourceIds: [
			'nhs-breathing',
			'hprc',
			'healthwise',
			'acp-2017',
			'cochrane-dahm-2010',
			'nhs-sciatica'
		]
	},
	'sitting-break': {
		id: 'sitting-break',
		title: 'Sitting break',
		summary:
			'Break up long sitting with 1-2 minutes of standing or walking. The app prompts every 30 minutes by default; you can change it (a design choice, not a medical rule).',
		cautions: ['Keep your wallet or phone out of your back pocket.'],
		// "1-2 minutes" is the NHS's wording (Why we should sit less), not the CMOs' report.
		sourceIds: ['martin-2011', 'nhs-sit-less', 'uk-cmo', 'anses-2025']
	},
	'weigh-in': {
		id: 'weigh-in',
		title: 'Weigh-in',
		summary:
			'An optional weekly weigh-in. A safe rate of loss is 0.5-1 kg (1-2 lb) a week; even 3% lost and kept off helps.',
		cautions: [
			'With type 2 diabetes, heart failure, uncontrolled blood pressure or angina, check with your doctor first.'
		],
		sourceIds: ['nhs-weight-loss', 'nice-obesity', 'nice-ph53', 'shiri-2014']
	}
};
