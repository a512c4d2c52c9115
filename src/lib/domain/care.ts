import type { CareMeasureId, CareMeasure } from './measures';
import type { Source } from './sources';

export const EXERCISE_IDS = [
	'figure-four',
	'knee-to-opposite-shoulder',
	'seated-piriformis',
	'knee-to-chest',
	'nerve-glide',
	'hamstring',
	'pelvic-tilt',
	'glute-bridge',
	'walking',
	'belly-breathing',
	'muscle-relaxation'
] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** Which sides an exercise is done on: each side, or only the painful side(s). */
export type ExerciseSides = 'each' | 'affected' | 'none';

/** A side-view line drawing, in a 160 x 100 viewBox, drawn by one component in one style. */
export interface ExercisePicture {
	/** Text alternative: what the picture shows. */
	readonly title: string;
	readonly head: readonly [x: number, y: number];
	/** Still body parts: polylines as [x, y] points. */
	readonly body: readonly (readonly (readonly [number, number])[])[];
	/** The limb that moves (the painful side), drawn in the accent colour. */
	readonly moving: readonly (readonly [number, number])[];
	/** The direction of the movement. */
	readonly arrow: {
		readonly from: readonly [number, number];
		readonly to: readonly [number, number];
	};
	/** Props such as a chair or pillow, as polylines. */
	readonly props?: readonly (readonly (readonly [number, number])[])[];
	readonly floorY: number;
}

export interface RepetitionDose {
	readonly start: number;
	readonly max: number;
	/** Whether reps grow with comfortable days (new exercises: start at 5, +1-2 every few days). */
	readonly progresses: boolean;
}

export interface Exercise {
	readonly id: ExerciseId;
	readonly measure: Extract<CareMeasureId, 'stretch' | 'walk' | 'rest'>;
	readonly name: string;
	readonly position: 'lying' | 'seated' | 'standing';
	/** 2-4 plain steps; the guide shows them one at a time. */
	readonly steps: readonly string[];
	/** Seconds to hold each repetition; null for movements that are not held. */
	readonly holdSeconds: number | null;
	/** Seconds one repetition takes, hold included. */
	readonly secondsPerRep: number;
	readonly reps: RepetitionDose;
	readonly sides: ExerciseSides;
	readonly maxSessionsPerDay: number;
	/** Whole-activity minutes for walks and relaxation; null for stretches (timed by reps). */
	readonly minutes: number | null;
	/** Offered on flare days (design choice: the lying stretches with the least load). */
	readonly gentle: boolean;
	readonly stopRules: readonly string[];
	readonly cautions: readonly string[];
	/** Values in this exercise that are the app's choice, not a published rule. */
	readonly designChoices: readonly string[];
	readonly sourceIds: readonly Source['id'][];
	readonly picture: ExercisePicture;
}

export const SCREENING_QUESTIONS = [
	'numbness',
	'poorCirculation',
	'diabetes',
	'raynauds',
	'coldHives',
	'wound',
	'sedatingMedication'
] as const;

export type ScreeningQuestion = (typeof SCREENING_QUESTIONS)[number];

/** What a "yes" to a screening question does to the compress measures. */
export interface SafetyRule {
	readonly question: ScreeningQuestion;
	/** The question as asked at set-up. */
	readonly asked: string;
	/** Measures taken off the plan. */
	readonly removes: readonly Extract<CareMeasureId, 'cold-compress' | 'warm-compress'>[];
	/** Measures kept away from the last hour before sleep. */
	readonly notAtBedtime: readonly Extract<CareMeasureId, 'cold-compress' | 'warm-compress'>[];
	/** Whether the person's confirmation that a clinician approved compresses lifts the removal. */
	readonly clinicianApprovalLifts: boolean;
	/** Shown on the plan, with the affected item or in place of it. */
	readonly message: string;
	readonly designChoice?: string;
	readonly sourceIds: readonly Source['id'][];
}

/**
 * Numbness reported in a daily check-in that the safety questions do not know of yet: compresses
 * come off the plan until the person answers those questions again (care-content.md section 5,
 * "Book a visit": the compress rule of section 1 applies to the numb area).
 */
export interface ReportedNumbnessRule {
	/** Shown on the plan while compresses are off for this reason. */
	readonly message: string;
	readonly designChoice: string;
	readonly sourceIds: readonly Source['id'][];
}

/** Something to do in a sitting break; one naming an exercise is offered as that exercise is. */
export interface SittingBreakSuggestion {
	readonly text: string;
	readonly exercise?: ExerciseId;
}

/** The rows of the skin check (care-content.md section 1a). */
export const SKIN_CHECK_IDS = [
	'red-or-burning',
	'fading',
	'cold-injury',
	'lasting-numbness',
	'burn',
	'erythema-ab-igne'
] as const;
export type SkinCheckId = (typeof SKIN_CHECK_IDS)[number];

/** One check of the skin after cold or heat: what to look for, and what to do. */
export interface SkinCheck {
	readonly id: SkinCheckId;
	readonly kinds: readonly Extract<CareMeasureId, 'cold-compress' | 'warm-compress'>[];
	/** The answer's words when this can be seen while the pack is on (the check during a session). */
	readonly sign?: string;
	readonly lookFor: string;
	readonly action: string;
	/** The action outside the UK, where it names a UK service ("A&E"). */
	readonly actionOutsideUk?: string;
	readonly designChoice?: string;
	readonly sourceIds: readonly Source['id'][];
}

/** The compress timing rules of care-content.md section 1. */
export interface CompressRules {
	readonly minMinutes: number;
	readonly maxMinutes: number;
	/** Soft spacing target between session starts while awake ("every 2-3 h"). */
	readonly intervalMinutes: number;
	/** Hard floor between session starts. */
	readonly minIntervalMinutes: number;
	/** Days from the start of a flare in which cold is the usual choice. */
	readonly coldDaysOfFlare: number;
	/** At most this many sessions on a recovery day (design choice). */
	readonly maxRecoverySessions: number;
	/** Minutes before sleep kept free of heat when a sedating medicine is taken (design choice). */
	readonly bedtimeBufferMinutes: number;
}

export interface WalkRules {
	readonly startMinutes: number;
	readonly stepMinutes: number;
	readonly maxMinutes: number;
}

export type TriageLevel = 'emergency' | 'same-day' | 'routine' | 'none';

export const RED_FLAG_IDS = [
	'bladder-bowel',
	'saddle-numbness',
	'both-legs',
	'after-accident',
	'chest-pain',
	'fever-or-infection',
	'weight-loss-or-cancer',
	'foot-drop',
	'night-pain',
	'numbness-buttock-leg',
	'stopping-activities',
	'sexual-function',
	'walking-unsteady',
	'minor-fall-at-risk',
	'minor-injury',
	'cancer-history',
	'fever',
	'infection-risk',
	'weight-loss',
	'upper-back',
	'back-shape',
	'back-pain-straining'
] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export type WarningLevel = Exclude<TriageLevel, 'none'>;

/** Which kind of problem a sign may point to: signs of one kind share their reason. */
export type RedFlagKind =
	| 'spine-nerves'
	| 'one-leg'
	| 'injury'
	| 'cancer'
	| 'infection'
	| 'general'
	| 'straining'
	| 'chest'
	| 'visit';

export interface RedFlag {
	readonly id: RedFlagId;
	readonly level: WarningLevel;
	readonly kind: RedFlagKind;
	/** A yes/no question, asked once at set-up and, after a "yes" to the daily question, in a check-in. */
	readonly question: string;
	/** A few words for the check-in's list of signs. */
	readonly label: string;
	/** Why it matters, in plain words: this sign's own reason, never another kind's. */
	readonly reason: string;
	/**
	 * After an assessment recorded for this sign, a later yes is first asked whether it is new or
	 * worse since (care-content.md section 5, "After an assessment"); never for bladder, bowel,
	 * saddle, sexual-function, chest, injury, fever or cancer signs.
	 */
	readonly askIfNewSinceAssessed?: true;
	/** Emergency instead when any of these is answered yes too (care-content.md section 5). */
	readonly emergencyWith?: readonly RedFlagId[];
	/** Where the level or wording is the app's choice, the rule in one line. */
	readonly designChoice?: string;
	/** No longer asked (replaced by finer questions); kept so stored answers still mean something. */
	readonly retired?: boolean;
	readonly sourceIds: readonly Source['id'][];
}

export interface TriageAdvice {
	readonly level: WarningLevel;
	readonly heading: string;
	readonly action: string;
}

/** Everything the plan generator and triage read from the content: passed in, never imported. */
export interface CareCatalogue {
	readonly measures: Readonly<Record<CareMeasureId, CareMeasure>>;
	readonly exercises: Readonly<Record<ExerciseId, Exercise>>;
	readonly safetyRules: readonly SafetyRule[];
	/** A check-in reported numbness after the safety questions were last answered. */
	readonly reportedNumbness: ReportedNumbnessRule;
	readonly compress: CompressRules;
	readonly walk: WalkRules;
	readonly sittingBreakMinutes: {
		readonly default: number;
		readonly min: number;
		readonly max: number;
	};
	readonly sittingBreakSuggestions: readonly SittingBreakSuggestion[];
	readonly redFlags: readonly RedFlag[];
	/** What an open same-day warning sign does to the plan, in words for its notes. */
	readonly warningSignHold: { readonly flareOnly: string; readonly designChoice: string };
	readonly triageAdvice: Readonly<Record<WarningLevel, TriageAdvice>>;
}
