import * as v from 'valibot';
import { SCREENING_QUESTIONS, type ExerciseId } from './care';
import {
	isLocalDate,
	isWallTime,
	wallTimeToMinutes,
	type IsoWeekday,
	type LocalDate,
	type WallTime
} from './time';

export type Side = 'left' | 'right' | 'both';
export type Phase = 'flare' | 'recovery';
/** `guided` follows the sources: cold in the first days of a flare, warm after. */
export type CompressPreference = 'guided' | 'cold' | 'warm' | 'alternate' | 'none';

export interface SittingBlock {
	readonly weekdays: readonly IsoWeekday[];
	readonly start: WallTime;
	readonly end: WallTime;
}

export type Screening = Readonly<Record<(typeof SCREENING_QUESTIONS)[number], boolean>> & {
	/** The person confirms a clinician approved cold or heat despite a screening answer. */
	readonly compressClinicianApproved: boolean;
};

export interface WeightSettings {
	readonly unit: 'kg' | 'lb';
	readonly heightCm: number;
	readonly weightKg: number;
	/** No goal is offered in pregnancy or with an eating-disorder history (design choice). */
	readonly goalsOff: boolean;
	readonly goalKg: number | null;
	readonly weighInDay: IsoWeekday;
}

export interface Profile {
	readonly wakeTime: WallTime;
	readonly sleepTime: WallTime;
	readonly sittingBlocks: readonly SittingBlock[];
	readonly affectedSide: Side;
	readonly phase: Phase;
	/** First day of the current flare; flare rules (cold first) apply for its first days. */
	readonly flareStartedOn: LocalDate | null;
	/** When home care for this episode began; past 6 weeks the app suggests a visit. */
	readonly painStartedOn: LocalDate | null;
	readonly compressPreference: CompressPreference;
	readonly compressMinutes: number;
	readonly stretchIds: readonly ExerciseId[];
	readonly stretchSessionsPerDay: 1 | 2 | 3;
	readonly sittingBreakMinutes: number;
	readonly screening: Screening;
	/**
	 * When the person last answered the safety questions (set-up or Settings, ISO instant). A
	 * check-in after it that reports numbness keeps compresses off until they answer them again.
	 */
	readonly screeningReviewedAt: string | null;
	readonly weight: WeightSettings | null;
}

export const STRETCH_IDS = [
	'figure-four',
	'knee-to-opposite-shoulder',
	'seated-piriformis',
	'knee-to-chest',
	'nerve-glide',
	'hamstring',
	'pelvic-tilt',
	'glute-bridge'
] as const satisfies readonly ExerciseId[];

/** Stretches a new plan starts with: the nerve glide rather than the hamstring stretch. */
export const DEFAULT_STRETCH_IDS: readonly ExerciseId[] = [
	'figure-four',
	'knee-to-opposite-shoulder',
	'nerve-glide',
	'pelvic-tilt',
	'glute-bridge'
];

export const DEFAULT_PROFILE: Profile = {
	wakeTime: '07:00',
	sleepTime: '23:00',
	sittingBlocks: [],
	affectedSide: 'right',
	phase: 'recovery',
	flareStartedOn: null,
	painStartedOn: null,
	compressPreference: 'guided',
	compressMinutes: 15,
	stretchIds: DEFAULT_STRETCH_IDS,
	stretchSessionsPerDay: 2,
	sittingBreakMinutes: 30,
	screening: {
		numbness: false,
		poorCirculation: false,
		diabetes: false,
		raynauds: false,
		coldHives: false,
		wound: false,
		sedatingMedication: false,
		compressClinicianApproved: false
	},
	screeningReviewedAt: null,
	weight: null
};

const MIN_AWAKE_MINUTES = 6 * 60;
/** The longest waking day a plan is made for (the app's choice: at least 4 hours for the night). */
export const MAX_AWAKE_MINUTES = 20 * 60;
const MIN_BMI = 18.5;

const wallTime = (label: string) =>
	v.pipe(
		v.string(`${label} must be a time like 07:30.`),
		v.check(isWallTime, `${label} must be a time between 00:00 and 23:59, like 07:30.`)
	);
const localDate = (label: string) =>
	v.nullable(
		v.pipe(v.string(), v.check(isLocalDate, `${label} must be a real date (YYYY-MM-DD).`))
	);
const weekday = v.picklist(
	[1, 2, 3, 4, 5, 6, 7] as const,
	'Weekdays are numbered 1 (Monday) to 7 (Sunday).'
);

/**
 * Minutes between two wall times, or null when either is invalid. Cross-field checks run even when a
 * field already failed (valibot keeps validating), so they must not assume valid input.
 */
function minutesBetween(from: string, to: string): number | null {
	return isWallTime(from) && isWallTime(to)
		? wallTimeToMinutes(to) - wallTimeToMinutes(from)
		: null;
}

/** Minutes awake from wake-up to sleep, across midnight when sleep comes after it; null if invalid. */
function awakeMinutes(wake: string, sleep: string): number | null {
	const between = minutesBetween(wake, sleep);
	return between === null ? null : (between + 24 * 60) % (24 * 60);
}

export const bmi = (weightKg: number, heightCm: number) => weightKg / (heightCm / 100) ** 2;

const SittingBlockSchema = v.pipe(
	v.object({
		weekdays: v.pipe(
			v.array(weekday),
			v.minLength(1, 'Choose at least one day for these sitting hours.')
		),
		start: wallTime('Sitting start'),
		end: wallTime('Sitting end')
	}),
	v.forward(
		v.check(
			(b) => (minutesBetween(b.start, b.end) ?? 1) > 0,
			'Sitting hours must end after they start.'
		),
		['end']
	)
);

const WeightSchema = v.pipe(
	v.object({
		unit: v.picklist(['kg', 'lb'], 'Unit must be kg or lb.'),
		heightCm: v.pipe(
			v.number('Height must be a number.'),
			v.minValue(100, 'Height must be at least 100 cm.'),
			v.maxValue(250, 'Height must be at most 250 cm.')
		),
		weightKg: v.pipe(
			v.number('Weight must be a number.'),
			v.minValue(25, 'Weight must be at least 25 kg.'),
			v.maxValue(400, 'Weight must be at most 400 kg.')
		),
		goalsOff: v.boolean(),
		goalKg: v.nullable(
			v.pipe(
				v.number('Goal must be a number.'),
				v.minValue(25, 'Goal must be at least 25 kg.'),
				v.maxValue(400, 'Goal must be at most 400 kg.')
			)
		),
		weighInDay: weekday
	}),
	v.forward(
		v.check(
			(w) => !(w.goalsOff && w.goalKg !== null),
			'No weight goal is set in pregnancy or with an eating-disorder history.'
		),
		['goalKg']
	),
	v.forward(
		v.check(
			(w) => w.goalKg === null || !(w.heightCm >= 100) || bmi(w.goalKg, w.heightCm) >= MIN_BMI,
			`A goal below a BMI of ${MIN_BMI} (underweight) is not offered.`
		),
		['goalKg']
	)
);

export const ProfileSchema = v.pipe(
	v.object({
		wakeTime: wallTime('Wake-up time'),
		sleepTime: wallTime('Sleep time'),
		sittingBlocks: v.pipe(
			v.array(SittingBlockSchema),
			v.maxLength(14, 'At most 14 blocks of sitting hours.')
		),
		affectedSide: v.picklist(['left', 'right', 'both'], 'Side must be left, right or both.'),
		phase: v.picklist(['flare', 'recovery'], 'Phase must be flare or recovery.'),
		flareStartedOn: localDate('Flare start'),
		painStartedOn: localDate('Pain start'),
		compressPreference: v.picklist(
			['guided', 'cold', 'warm', 'alternate', 'none'],
			'Unknown compress preference.'
		),
		compressMinutes: v.pipe(
			v.number(),
			v.integer(),
			v.minValue(15, 'A compress session lasts 15 to 20 minutes.'),
			v.maxValue(20, 'A compress session is never longer than 20 minutes.')
		),
		stretchIds: v.pipe(
			v.array(v.picklist(STRETCH_IDS, (issue) => `Unknown exercise: ${String(issue.input)}.`)),
			v.check((ids) => new Set(ids).size === ids.length, 'Each stretch can be chosen once.'),
			v.check(
				(ids) => !(ids.includes('hamstring') && ids.includes('nerve-glide')),
				'Choose the hamstring stretch or the nerve glide, not both.'
			)
		),
		stretchSessionsPerDay: v.picklist(
			[1, 2, 3] as const,
			'Stretch sessions a day must be 1, 2 or 3.'
		),
		sittingBreakMinutes: v.pipe(
			v.number(),
			v.integer(),
			v.minValue(20, 'Sitting breaks can be every 20 to 60 minutes.'),
			v.maxValue(60, 'Sitting breaks can be every 20 to 60 minutes.')
		),
		screening: v.object({
			numbness: v.boolean(),
			poorCirculation: v.boolean(),
			diabetes: v.boolean(),
			raynauds: v.boolean(),
			coldHives: v.boolean(),
			wound: v.boolean(),
			sedatingMedication: v.boolean(),
			compressClinicianApproved: v.boolean()
		}),
		// Profiles stored before this field existed have none: as if never reviewed.
		screeningReviewedAt: v.optional(
			v.nullable(
				v.pipe(
					v.string(),
					v.maxLength(40),
					v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time (ISO 8601)')
				)
			),
			null
		),
		weight: v.nullable(WeightSchema)
	}),
	// A sleep time after midnight ends the waking day the next morning (wake 07:00, sleep 00:30).
	v.forward(
		v.check(
			(p) => (awakeMinutes(p.wakeTime, p.sleepTime) ?? 1) > 0,
			'Sleep time and wake-up time cannot be the same.'
		),
		['sleepTime']
	),
	v.forward(
		v.check(
			(p) => (awakeMinutes(p.wakeTime, p.sleepTime) || MIN_AWAKE_MINUTES) >= MIN_AWAKE_MINUTES,
			'Your waking day must be at least 6 hours to fit a plan.'
		),
		['sleepTime']
	),
	v.forward(
		v.check(
			(p) => (awakeMinutes(p.wakeTime, p.sleepTime) ?? 0) <= MAX_AWAKE_MINUTES,
			`From wake-up to sleep can be at most ${MAX_AWAKE_MINUTES / 60} hours (the app’s choice, to leave time for the night). A sleep time after midnight is fine: enter it as it is, like 00:30.`
		),
		['sleepTime']
	)
);

export interface FieldIssue {
	/** Dotted path of the field, e.g. `sleepTime` or `weight.goalKg`. */
	readonly field: string;
	readonly message: string;
}

export type ProfileResult =
	| { readonly ok: true; readonly profile: Profile }
	| { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Validates anything claiming to be a profile; each refusal names its field. */
export function parseProfile(input: unknown): ProfileResult {
	const result = v.safeParse(ProfileSchema, input);
	if (result.success) return { ok: true, profile: result.output as Profile };
	return {
		ok: false,
		issues: result.issues.map((issue) => ({
			field: (issue.path ?? []).map((item) => String(item.key)).join('.') || '(profile)',
			message: issue.message
		}))
	};
}
