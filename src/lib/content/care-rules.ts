import type {
	CareCatalogue,
	CompressRules,
	ReportedNumbnessRule,
	SafetyRule,
	WalkRules
} from '$lib/domain/care';
import { EXERCISES } from './exercises';
import { CARE_MEASURES } from './measures';
import { RED_FLAGS, TRIAGE_ADVICE } from './red-flags';
import { SITTING_BREAK_SUGGESTIONS } from './sitting-breaks';

export { RED_FLAGS, TRIAGE_ADVICE };

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
	maxMinutes: 30
};

/** Numbness reported in a daily check-in (care-content.md sections 1 and 5). */
export const REPORTED_NUMBNESS: ReportedNumbnessRule = {
	message:
		'You reported numbness in a daily check-in. Cold or heat on numb skin can injure it without you feeling it, so compresses are off your plan until you answer the safety questions again in Settings.',
	designChoice:
		'Off until you answer the safety questions again: there you say whether the numbness stays and whether a clinician approved compresses.',
	sourceIds: ['physio-texts', 'nhs-sciatica', 'seed-article']
};

/** care-content.md section 5: what an open same-day sign does to the plan (the app's choice). */
export const WARNING_SIGN_HOLD = {
	flareOnly:
		'A warning sign you answered needs a doctor today, so the plan keeps only the flare-day measures until you record that you were assessed.',
	designChoice:
		'Only the flare-day measures while a same-day warning sign is open, until you record that you were assessed.'
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
	warningSignHold: WARNING_SIGN_HOLD,
	triageAdvice: TRIAGE_ADVICE
};
