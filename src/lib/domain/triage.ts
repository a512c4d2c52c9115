import type {
	CareCatalogue,
	RedFlag,
	RedFlagId,
	TriageAdvice,
	TriageLevel,
	WarningLevel
} from './care';
import type { DayRecord } from './history';
import { labelled } from './safety';
import { daysBetween, type LocalDate } from './time';
import { painTrend } from './trends';
import { LEVEL_RANK } from './warning-sign-answers';

/** Home care past this many days without improvement is a reason to book a visit (NHS: 4-6 weeks). */
export const HOME_CARE_DAYS_BEFORE_VISIT = 42;

const HOME_CARE_WEEKS = `${HOME_CARE_DAYS_BEFORE_VISIT / 7} weeks`;

/** The NHS gives "a few weeks", not a number: the 6 weeks is the app's choice, said where shown. */
export const HOME_CARE_VISIT_CHOICE = `A visit is suggested after ${HOME_CARE_WEEKS} of pain: the NHS says to see a GP if sciatica has not improved after a few weeks of home treatment, and that it usually gets better in 4 to 6 weeks.`;

/** Why the records call for a visit when the pain has gone on past the app's limit. */
export const LASTED_TOO_LONG = {
	sinceStart: labelled(
		`Your pain has lasted more than ${HOME_CARE_WEEKS}.`,
		HOME_CARE_VISIT_CHOICE
	),
	sinceFirstCheckIn: labelled(
		`You have recorded pain here for more than ${HOME_CARE_WEEKS}.`,
		HOME_CARE_VISIT_CHOICE
	)
} as const;

export interface TriageInput {
	/** Red-flag answers; unanswered questions are absent. */
	readonly answers: Partial<Record<RedFlagId, boolean>>;
	/** Signs answered yes earlier and not yet dealt with: a leg sign now can make them urgent. */
	readonly stillOpen?: readonly RedFlagId[];
	/** Oldest first. */
	readonly history: readonly DayRecord[];
	readonly painStartedOn: LocalDate | null;
	readonly today: LocalDate;
}

/** One warning sign answered yes, with the level it calls for among the other answers. */
export interface SignAdvice {
	readonly flag: RedFlag;
	readonly level: WarningLevel;
}

export interface TriageResult {
	/** The most urgent level of all. */
	readonly level: TriageLevel;
	/** What to do at that level. */
	readonly advice: TriageAdvice | null;
	/** The signs answered yes, most urgent first. */
	readonly signs: readonly SignAdvice[];
	/** Reasons to book a visit drawn from the records (the pain trend, how long it has lasted). */
	readonly fromRecords: readonly string[];
}

/** The more urgent of two levels. */
export function moreUrgent(a: TriageLevel, b: TriageLevel): TriageLevel {
	return LEVEL_RANK[b] > LEVEL_RANK[a] ? b : a;
}

/**
 * The signs answered yes, each at its own level, or at emergency when a sign it names as making
 * it an emergency is answered yes too, now or still open from an earlier day (care-content.md
 * section 5: "E if new leg weakness, numbness, walking difficulty or bladder/bowel change"). A sign
 * still open and not answered yes now is listed only when the answers make it an emergency. Most
 * urgent first; signs of one level keep the catalogue's order.
 */
export function answeredSigns(
	answers: Partial<Record<RedFlagId, boolean>>,
	catalogue: CareCatalogue,
	stillOpen: readonly RedFlagId[] = []
): SignAdvice[] {
	const yes = (id: RedFlagId) => answers[id] === true || stillOpen.includes(id);
	const signs = catalogue.redFlags
		.filter((flag) => yes(flag.id))
		.map((flag) => ({
			flag,
			level: flag.emergencyWith?.some(yes) ? ('emergency' as const) : flag.level
		}))
		.filter(({ flag, level }) => answers[flag.id] === true || level !== flag.level);
	return signs.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
}

/** The most urgent level the answers and the recorded trend call for. */
export function triage(input: TriageInput, catalogue: CareCatalogue): TriageResult {
	const signs = answeredSigns(input.answers, catalogue, input.stillOpen);
	const fromRecords: string[] = [];
	if (painTrend(input.history, input.today).direction === 'worse') {
		fromRecords.push('Your pain has been getting worse over the last 7 days.');
	}
	if (input.painStartedOn !== null) {
		if (daysBetween(input.painStartedOn, input.today) > HOME_CARE_DAYS_BEFORE_VISIT)
			fromRecords.push(LASTED_TOO_LONG.sinceStart);
	} else {
		// No start date given: count from the first check-in that recorded pain, in the history read
		// (a later one cannot be more than 6 weeks before today).
		const first = input.history.find((r) => r.pain !== null);
		if (first && daysBetween(first.date, input.today) > HOME_CARE_DAYS_BEFORE_VISIT)
			fromRecords.push(LASTED_TOO_LONG.sinceFirstCheckIn);
	}
	let level: TriageLevel = fromRecords.length > 0 ? 'routine' : 'none';
	for (const sign of signs) level = moreUrgent(level, sign.level);
	return {
		level,
		advice: level === 'none' ? null : catalogue.triageAdvice[level],
		signs,
		fromRecords
	};
}
