import * as v from 'valibot';
import { addDays, isLocalDate, type LocalDate } from './time';

// The doctor's questions the daily check-in cannot answer (care-content.md sections 6 and 6a),
// kept as the person gave them, in one settings record so a backup carries them. Every answer may
// be left out: the visit summary then says "not recorded".

export const VISIT_ANSWERS_KEY = 'visitAnswers';

/** When the pain started: a date, or about so many weeks or months before the day of the answer. */
export type PainStart =
	| { readonly kind: 'date'; readonly on: LocalDate }
	| {
			readonly kind: 'about';
			readonly amount: number;
			readonly unit: 'weeks' | 'months';
			/** The day the person answered, so "about 6 weeks ago" keeps its meaning later. */
			readonly answeredOn: LocalDate;
	  };

export type YesNoUnsure = 'yes' | 'no' | 'unsure';

/** The causes the ePainAssist article lists, with a general accident and a knock. */
export const INJURY_KINDS = ['accident', 'fall', 'twist', 'blow', 'deep-wound'] as const;

/**
 * Injuries that can break a bone (care-content.md section 5, "Injury"): an answer naming one asks
 * the injury warning signs and shows their advice, instead of only being kept for the doctor.
 */
export const INJURY_KINDS_ASKING_SIGNS = ['accident', 'fall', 'blow'] as const;

export function asksInjurySigns(
	injury: 'yes' | 'no' | '' | null,
	kinds: readonly string[]
): boolean {
	return (
		injury === 'yes' &&
		kinds.some((k) => (INJURY_KINDS_ASKING_SIGNS as readonly string[]).includes(k))
	);
}
export type InjuryKind = (typeof INJURY_KINDS)[number];

export const INJURY_LABELS: Readonly<Record<InjuryKind, string>> = {
	accident: 'an accident (such as a car accident)',
	fall: 'a fall',
	twist: 'twisting the hip too hard or too fast',
	blow: 'a knock or blow to the buttock',
	'deep-wound': 'a deep wound'
};

export interface VisitAnswers {
	readonly painStart: PainStart | null;
	readonly onset: 'sudden' | 'gradual' | null;
	/** Did the pain start after an injury; the kinds and the person's words when yes. */
	readonly injury: 'yes' | 'no' | null;
	readonly injuryKinds: readonly InjuryKind[];
	readonly injuryNote: string;
	/** Hours a usual working day is spent sitting. */
	readonly sittingHoursAtWork: number | null;
	readonly sport: 'yes' | 'no' | null;
	readonly runningOrStairs: 'yes' | 'no' | null;
	readonly heavyLifting: 'yes' | 'no' | null;
	/** The person's exercise routine, in their words. */
	readonly exerciseRoutine: string;
	readonly familyWeakness: YesNoUnsure | null;
	readonly familyNote: string;
	readonly tried: string;
	readonly helps: string;
	readonly worsens: string;
	/** ISO instant of the last save; null for answers made by a migration from older data. */
	readonly answeredAt: string | null;
	/** Today's card was put aside ("Not now"); ISO instant. */
	readonly cardDismissedAt: string | null;
}

export const NO_VISIT_ANSWERS: VisitAnswers = {
	painStart: null,
	onset: null,
	injury: null,
	injuryKinds: [],
	injuryNote: '',
	sittingHoursAtWork: null,
	sport: null,
	runningOrStairs: null,
	heavyLifting: null,
	exerciseRoutine: '',
	familyWeakness: null,
	familyNote: '',
	tried: '',
	helps: '',
	worsens: '',
	answeredAt: null,
	cardDismissedAt: null
};

/** The longest answer kept in words: a paragraph, enough for a doctor and for one printed page. */
export const ANSWER_MAX_CHARACTERS = 500;

const words = (label: string) =>
	v.pipe(
		v.string(`${label} must be text.`),
		v.maxLength(
			ANSWER_MAX_CHARACTERS,
			`${label} can be at most ${ANSWER_MAX_CHARACTERS} characters.`
		)
	);
const yesNo = v.nullable(v.picklist(['yes', 'no'], 'Must be yes or no.'));
const isoInstant = v.nullable(
	v.pipe(
		v.string(),
		v.maxLength(40),
		v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time (ISO 8601)')
	)
);
const localDate = (message: string) => v.pipe(v.string(message), v.check(isLocalDate, message));

const PainStartSchema = v.variant('kind', [
	v.object({ kind: v.literal('date'), on: localDate('The start must be a real date.') }),
	v.object({
		kind: v.literal('about'),
		amount: v.pipe(
			v.number('How long ago must be a number.'),
			v.integer('How long ago must be a whole number.'),
			v.minValue(1, 'How long ago must be at least 1.'),
			v.maxValue(120, 'How long ago can be at most 120.')
		),
		unit: v.picklist(['weeks', 'months'], 'Choose weeks or months.'),
		answeredOn: localDate('The day of the answer must be a real date.')
	})
]);

export const VisitAnswersSchema = v.object({
	painStart: v.nullable(PainStartSchema),
	onset: v.nullable(v.picklist(['sudden', 'gradual'], 'Must be sudden or gradual.')),
	injury: yesNo,
	injuryKinds: v.pipe(
		v.array(v.picklist(INJURY_KINDS, 'is not a known kind of injury')),
		v.maxLength(INJURY_KINDS.length)
	),
	injuryNote: words('What happened'),
	sittingHoursAtWork: v.nullable(
		v.pipe(
			v.number('Hours sitting must be a number.'),
			v.minValue(0, 'Hours sitting must be 0 to 24.'),
			v.maxValue(24, 'Hours sitting must be 0 to 24.')
		)
	),
	sport: yesNo,
	runningOrStairs: yesNo,
	heavyLifting: yesNo,
	exerciseRoutine: words('Your exercise routine'),
	familyWeakness: v.nullable(v.picklist(['yes', 'no', 'unsure'], 'Must be yes, no or not sure.')),
	familyNote: words('Who in the family'),
	tried: words('What you have tried'),
	helps: words('What helps'),
	worsens: words('What makes it worse'),
	answeredAt: isoInstant,
	cardDismissedAt: isoInstant
});

export type VisitAnswersCheck =
	| { readonly ok: true; readonly answers: VisitAnswers }
	| { readonly ok: false; readonly issues: readonly { field: string; message: string }[] };

/** Checks answers from the form; a start in the future is refused (it cannot be a start). */
export function checkVisitAnswers(input: unknown, today: LocalDate): VisitAnswersCheck {
	const result = v.safeParse(VisitAnswersSchema, input);
	if (!result.success)
		return {
			ok: false,
			issues: result.issues.map((i) => ({
				field: v.getDotPath(i) ?? '',
				message: i.message
			}))
		};
	const start = result.output.painStart;
	if (start?.kind === 'date' && start.on > today)
		return {
			ok: false,
			issues: [{ field: 'painStart.on', message: 'The start cannot be after today.' }]
		};
	return { ok: true, answers: result.output };
}

/** The day the pain started, exact or estimated (a month counted as 30 days). */
export function painStartDate(start: PainStart): LocalDate {
	if (start.kind === 'date') return start.on;
	return addDays(start.answeredOn, -(start.amount * (start.unit === 'weeks' ? 7 : 30)));
}

/** Whether the person has answered any question (an empty form saved counts as not answered). */
export function hasAnyAnswer(answers: VisitAnswers): boolean {
	return (
		answers.painStart !== null ||
		answers.onset !== null ||
		answers.injury !== null ||
		answers.sittingHoursAtWork !== null ||
		answers.sport !== null ||
		answers.runningOrStairs !== null ||
		answers.heavyLifting !== null ||
		answers.familyWeakness !== null ||
		[answers.exerciseRoutine, answers.tried, answers.helps, answers.worsens].some(
			(s) => s.trim() !== ''
		)
	);
}

/** Today offers the questions to someone who set up before them, until answered or put aside. */
export function offersVisitQuestions(answers: VisitAnswers | null): boolean {
	return answers === null || (answers.answeredAt === null && answers.cardDismissedAt === null);
}
