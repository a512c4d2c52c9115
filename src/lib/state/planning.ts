import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { HISTORY_DAYS } from '$lib/domain/day';
import type { DayRecord } from '$lib/domain/history';
import { summarizeHistory, type HistorySummary } from '$lib/domain/history-summary';
import { planDay, regenerateDay, type DayPlan } from '$lib/domain/plan';
import type { Profile } from '$lib/domain/profile';
import type { CheckIn, DailyEntry } from '$lib/domain/records';
import { addDays, type LocalDate } from '$lib/domain/time';
import {
	checkInAnswersTakenBack,
	withAnswers,
	withResolved
} from '$lib/domain/warning-sign-answers';
import {
	lastAssessedAt,
	openWarningSigns,
	type WarningSignRecord,
	type WarningSource
} from '$lib/domain/warning-signs';
import type { RedFlagId } from '$lib/domain/care';
import { answeredSigns, triage, type TriageResult } from '$lib/domain/triage';

// What makes a plan, triages or summarises history, with the care content it reads. Loaded on
// first use (src/lib/app/ declares the boundary): a day whose plan is stored opens without it.

/** Where planning stands: the device's time and zone, and whether a warning sign limits the day. */
export interface PlanningClock {
	readonly now: Date;
	readonly timeZone: string;
	readonly flareOnly?: boolean;
	/** When the person set the app up: on that day the plan starts then. */
	readonly setUpAt?: string | null;
}

/**
 * Today's plan made again after a change (profile, bad day, flare answer): the items done, skipped
 * or missed stay as they were; a plan of another day (or none) is made afresh.
 */
function replanDay(
	profile: Profile,
	date: LocalDate,
	previous: DayPlan | null,
	checkIns: Readonly<Record<string, CheckIn>>,
	history: readonly DayRecord[],
	clock: PlanningClock
): DayPlan {
	const context = { ...clock, catalogue: CARE_CATALOGUE };
	if (!previous || previous.date !== date) return planDay(profile, date, history, context);
	return regenerateDay(previous, checkIns, profile, history, context);
}

/** Red flags and the pain trend, for the urgent screen (answers) and Progress (none). */
function triageOf(
	answers: DailyEntry['redFlags'],
	history: readonly DayRecord[],
	painStartedOn: LocalDate | null,
	today: LocalDate,
	stillOpen: readonly RedFlagId[] = []
): TriageResult {
	return triage({ answers, history, painStartedOn, today, stillOpen }, CARE_CATALOGUE);
}

/** What Progress shows: the window's records, their summary and the trend. */
export interface ProgressView {
	readonly summary: HistorySummary;
	readonly records: DayRecord[];
	readonly triage: TriageResult;
}

export const planning = {
	catalogue: CARE_CATALOGUE,
	planDay: (profile: Profile, date: LocalDate, history: DayRecord[], clock: PlanningClock) =>
		planDay(profile, date, history, { ...clock, catalogue: CARE_CATALOGUE }),
	replanDay,
	triageOf,
	/**
	 * The answers kept as warning signs, each at the level the content gives it among them and the
	 * signs still open (an open same-day sign becomes an emergency with a leg sign on a later day).
	 */
	answerWarnings: (
		record: WarningSignRecord,
		answers: DailyEntry['redFlags'],
		from: WarningSource,
		date: LocalDate,
		now: Date,
		notNewSinceAssessed: readonly RedFlagId[] = []
	): WarningSignRecord => {
		// A yes the person says is not new or worse since its assessment raises no alarm and makes
		// nothing else urgent (care-content.md section 5, "After an assessment").
		const known = notNewSinceAssessed.flatMap((id) => {
			const flag = CARE_CATALOGUE.redFlags.find((f) => f.id === id);
			const assessedAt = lastAssessedAt(record, id);
			return answers[id] === true && flag?.askIfNewSinceAssessed && assessedAt
				? [{ id, level: flag.level, assessedAt }]
				: [];
		});
		const alarm = Object.fromEntries(
			Object.entries(answers).filter(([id]) => !known.some((k) => k.id === id))
		) as DailyEntry['redFlags'];
		const levels = answeredSigns(
			alarm,
			CARE_CATALOGUE,
			openWarningSigns(record).map((s) => s.id)
		).map(({ flag, level }) => ({ id: flag.id, level }));
		// Any other yes to a sign that asks, once assessed, is new or worse (the check-in asks and
		// waits for the answer; elsewhere a yes is taken as new): it opens the sign again.
		const newSinceAssessed = levels
			.map((l) => l.id)
			.filter(
				(id) =>
					CARE_CATALOGUE.redFlags.find((f) => f.id === id)?.askIfNewSinceAssessed &&
					lastAssessedAt(record, id) !== null
			);
		return withAnswers(record, alarm, levels, { from, date, now, newSinceAssessed }, known);
	},
	withResolved,
	checkInAnswersTakenBack,
	progress: (
		records: DayRecord[],
		painStartedOn: LocalDate | null,
		today: LocalDate
	): ProgressView => ({
		records,
		summary: summarizeHistory(records, today),
		triage: triageOf({}, records, painStartedOn, today)
	}),
	addDays,
	/** The first day of the history window that ends on `to`. */
	historyFrom: (to: LocalDate): LocalDate => addDays(to, -HISTORY_DAYS)
};

export type Planning = typeof planning;
