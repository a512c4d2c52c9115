import type {
	CareCatalogue,
	CompressRules,
	RedFlag,
	ReportedNumbnessRule,
	SafetyRule,
	TriageAdvice,
	TriageLevel,
	WalkRules
} from '$lib/domain/care';
import { EXERCISES } from './exercises';
import { CARE_MEASURES } from './measures';
import { SITTING_BREAK_SUGGESTIONS } from './sitting-breaks';

const both = ['cold-compress', 'warm-compress'] as const;

/** Screening answers and what a "yes" does (care-content.md section 1, "Cautions"). */
export const SAFETY_RULES: readonly SafetyRule[] = [
	{
		question: 'numbness',
		asked: 'Is the skin of your buttock or leg numb, or does it have less feeling than usual?',
		removes: both,
		notAtBedtime: [],
		clinicianApprovalLifts: true,
		message:
			'Cold or heat on numb skin can injure it without you feeling it, so compresses stay off your plan unless a clinician has approved them for you.',
		sourceIds: ['physio-texts', 'nhs-sciatica']
	},
	{
		question: 'poorCirculation',
		asked: 'Do you have poor circulation or peripheral vascular disease?',
		removes: both,
		notAtBedtime: [],
		clinicianApprovalLifts: true,
		message:
			'With poor circulation, cold and heat need a clinician’s go-ahead, so compresses stay off your plan unless a clinician has approved them.',
		designChoice: 'Handled like numbness: off unless a clinician approved it.',
		sourceIds: ['physio-texts']
	},
	{
		question: 'diabetes',
		asked: 'Do you have diabetes?',
		removes: both,
		notAtBedtime: [],
		clinicianApprovalLifts: true,
		message:
			'Diabetes can reduce skin feeling and circulation, so compresses stay off your plan unless a clinician has approved them.',
		designChoice: 'Handled like numbness: off unless a clinician approved it.',
		sourceIds: ['physio-texts']
	},
	{
		question: 'raynauds',
		asked: 'Do you have Raynaud’s (fingers or toes that turn white or blue in the cold)?',
		removes: ['cold-compress'],
		notAtBedtime: [],
		clinicianApprovalLifts: false,
		message: 'With Raynaud’s, cold compresses are left out; warm compresses can still be used.',
		sourceIds: ['physio-texts']
	},
	{
		question: 'coldHives',
		asked: 'Do you get hives (an itchy rash) from cold?',
		removes: ['cold-compress'],
		notAtBedtime: [],
		clinicianApprovalLifts: false,
		message: 'With cold hives, cold compresses are left out; warm compresses can still be used.',
		sourceIds: ['physio-texts']
	},
	{
		question: 'wound',
		asked: 'Is there an open or infected wound on the sore area?',
		removes: both,
		notAtBedtime: [],
		clinicianApprovalLifts: false,
		message:
			'Never put cold or heat on an open or infected wound: compresses stay off while it heals.',
		sourceIds: ['physio-texts', 'nhs-sprains']
	},
	{
		question: 'sedatingMedication',
		asked: 'Do you take sleeping tablets or strong pain medicine?',
		removes: [],
		notAtBedtime: ['warm-compress'],
		clinicianApprovalLifts: false,
		message:
			'These medicines can make you fall asleep on a heat pack: use a timer, stay sitting up, and no warm compress in the hour before bed.',
		designChoice: 'No warm compress in the last hour before your sleep time.',
		sourceIds: ['physio-texts', 'fda-cpsc-1995']
	}
];

export const COMPRESS_RULES: CompressRules = {
	minMinutes: 15,
	maxMinutes: 20,
	intervalMinutes: 180,
	minIntervalMinutes: 120,
	coldDaysOfFlare: 3,
	maxRecoverySessions: 3,
	bedtimeBufferMinutes: 60
};

export const WALK_RULES: WalkRules = {
	startMinutes: 10,
	stepMinutes: 2,
	maxMinutes: 30,
	comfortableDaysPerStep: 3
};

/** care-content.md section 5, worded as yes/no questions. */
export const RED_FLAGS: readonly RedFlag[] = [
	{
		id: 'bladder-bowel',
		level: 'emergency',
		question:
			'Have you lost control of your bladder or bowels, found it hard to start peeing, or not noticed that you need to go?',
		sourceIds: ['nhs-sciatica', 'nhs-back-pain']
	},
	{
		id: 'saddle-numbness',
		level: 'emergency',
		question:
			'Is there numbness around or under your genitals, or around your back passage (anus)?',
		sourceIds: ['nhs-sciatica', 'nhs-back-pain']
	},
	{
		id: 'both-legs',
		level: 'emergency',
		question:
			'Do you have sciatica in both legs, or severe or worsening weakness or numbness in both legs?',
		sourceIds: ['nhs-sciatica', 'nhs-back-pain']
	},
	{
		id: 'after-accident',
		level: 'emergency',
		question: 'Did the pain start after a serious accident or fall?',
		sourceIds: ['nhs-back-pain']
	},
	{
		id: 'chest-pain',
		level: 'emergency',
		question: 'Do you have chest pain?',
		sourceIds: ['nhs-back-pain']
	},
	{
		id: 'fever-or-infection',
		level: 'same-day',
		question:
			'Do you have a fever, a possible infection, or a weakened immune system (for example from medicine)?',
		sourceIds: ['nhs-back-pain', 'aafp-2012', 'nhs-lothian-refhelp']
	},
	{
		id: 'weight-loss-or-cancer',
		level: 'same-day',
		question: 'Have you lost weight without trying, or have you ever had cancer?',
		sourceIds: ['nhs-back-pain', 'aafp-2012', 'nhs-lothian-refhelp']
	},
	{
		id: 'foot-drop',
		level: 'same-day',
		question:
			'Is it hard to control your foot (it drags or slaps down), or is your leg getting weaker?',
		sourceIds: ['seed-article', 'aafp-2012', 'nhs-lothian-refhelp']
	},
	{
		id: 'night-pain',
		level: 'same-day',
		question: 'Is the pain not easing with rest, or worse at night?',
		sourceIds: ['nhs-back-pain', 'aafp-2012']
	},
	{
		id: 'numbness-buttock-leg',
		level: 'routine',
		question: 'Do you have numbness in your buttock, thigh or leg?',
		sourceIds: ['seed-article', 'nhs-sciatica']
	},
	{
		id: 'stopping-activities',
		level: 'routine',
		question: 'Is the pain stopping you from doing your normal activities?',
		sourceIds: ['seed-article', 'nhs-sciatica']
	}
];

export const TRIAGE_ADVICE: Readonly<Record<Exclude<TriageLevel, 'none'>, TriageAdvice>> = {
	emergency: {
		level: 'emergency',
		heading: 'Get urgent help now',
		action:
			'These can be signs of a serious problem with the nerves at the base of the spine that needs treating straight away. Go to an emergency department or call your local emergency number now.'
	},
	'same-day': {
		level: 'same-day',
		heading: 'Contact a doctor today',
		action:
			'This needs a doctor’s assessment today. Call your doctor’s surgery or an urgent advice line today.'
	},
	routine: {
		level: 'routine',
		heading: 'Book a visit with your doctor',
		action:
			'This is not an emergency, but a doctor or physiotherapist should check it. Book an appointment. Sciatica usually improves in 4 to 6 weeks; if yours has not, or it is getting worse, that is a reason to go.'
	}
};

/** Numbness reported in a daily check-in (care-content.md sections 1 and 5). */
export const REPORTED_NUMBNESS: ReportedNumbnessRule = {
	message:
		'You reported numbness in a daily check-in. Cold or heat on numb skin can injure it without you feeling it, so compresses are off your plan until you answer the safety questions again in Settings.',
	designChoice:
		'Off until the safety questions are answered again: there the person says whether the numbness stays and whether a clinician approved compresses.',
	sourceIds: ['physio-texts', 'nhs-sciatica', 'seed-article']
};

/** Everything the care engine reads, in one object it receives as a parameter. */
export const CARE_CATALOGUE: CareCatalogue = {
	measures: CARE_MEASURES,
	exercises: EXERCISES,
	safetyRules: SAFETY_RULES,
	reportedNumbness: REPORTED_NUMBNESS,
	compress: COMPRESS_RULES,
	walk: WALK_RULES,
	sittingBreakMinutes: { default: 30, min: 20, max: 60 },
	sittingBreakSuggestions: SITTING_BREAK_SUGGESTIONS,
	redFlags: RED_FLAGS,
	triageAdvice: TRIAGE_ADVICE
};
