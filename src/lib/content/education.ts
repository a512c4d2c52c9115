import type { Source } from '$lib/domain/sources';

// care-content.md section 8: what the app teaches about the pain ("About your pain"), each point
// in one or two sentences with its sources.

export interface EducationTopic {
	readonly id: string;
	readonly heading: string;
	readonly text: string;
	/** What the evidence does not settle, said where the point is made. */
	readonly caveat?: string;
	readonly sourceIds: readonly Source['id'][];
}

export const EDUCATION: readonly EducationTopic[] = [
	{
		id: 'what-it-is',
		heading: 'What it is',
		text: 'Sciatica-type pain comes from an irritated nerve. Nerves are resilient, and in most cases the irritation settles and the nerve recovers.',
		sourceIds: ['nhs-inform-sciatica']
	},
	{
		id: 'usual-course',
		heading: 'How long it usually lasts',
		text: 'Sciatica usually gets better in 4 to 6 weeks, but it can sometimes last longer.',
		sourceIds: ['nhs-sciatica']
	},
	{
		id: 'rarely-serious',
		heading: 'It is rarely serious',
		// The app asks only when a check-in is opened, so it says that, not "every day".
		text: 'Serious causes are uncommon. Each daily check-in still asks about the warning signs, and Today keeps any sign you answer yes to in view until you have dealt with it. So do the check-in each day.',
		sourceIds: ['nice-qs155', 'cks-sciatica']
	},
	{
		id: 'stay-active',
		heading: 'Stay active',
		text: 'Carry on with your normal activities and work as much as you can, and do not sit or lie down for long periods.',
		sourceIds: ['nhs-sciatica', 'nice-qs155', 'nice-ng59']
	},
	{
		id: 'bed-rest',
		heading: 'Bed rest does not help more',
		text: 'Advice to rest in bed is no better than advice to stay active for sciatica.',
		sourceIds: ['cochrane-dahm-2010']
	},
	{
		id: 'hurt-harm',
		heading: 'Hurt does not mean harm',
		text: 'Moving may hurt at first, but hurting does not mean you are doing damage. For the stretches it is different: stop a stretch that hurts.',
		sourceIds: ['nhs-sciatica', 'uhmb-back-pain', 'nhs-exercises-sciatica']
	},
	{
		id: 'pacing',
		heading: 'Pacing',
		text: 'Spread activity into regular, manageable amounts rather than doing a lot on good days and little on bad days.',
		caveat:
			'Pacing is defined in different ways, and there is little trial evidence that it works.',
		sourceIds: ['wye-valley-pacing', 'nielson-2013']
	},
	{
		id: 'sleeping',
		heading: 'Sleeping',
		text: 'On your side, put a small firm cushion between your knees; on your back, put several firm pillows under your knees.',
		sourceIds: ['nhs-sciatica']
	},
	{
		id: 'sitting',
		heading: 'Sitting',
		text: 'Break up sitting: get up every 30 minutes. The app’s sitting breaks do this. No source was found for a particular cushion or for avoiding hard seats: try what is comfortable.',
		sourceIds: ['nhs-sit-less']
	},
	{
		id: 'when-to-get-help',
		heading: 'When to get help',
		text: 'The daily check-in asks about the warning signs that need a doctor; Today keeps any you answer yes to in view until you have been assessed.',
		sourceIds: ['nhs-sciatica', 'nhs-back-pain']
	}
];
