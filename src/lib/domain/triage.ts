import type { CareCatalogue, RedFlagId, TriageAdvice, TriageLevel } from './care';
import type { DayRecord } from './history';
import { daysBetween, type LocalDate } from './time';
import { painTrend } from './trends';

/** Home care past this many days without improvement is a reason to book a visit (NHS: 4-6 weeks). */
export const HOME_CARE_DAYS_BEFORE_VISIT = 42;

export interface TriageInput {
	/** Red-flag answers; unanswered questions are absent. */
	readonly answers: Partial<Record<RedFlagId, boolean>>;
	/** Oldest first. */
	readonly history: readonly DayRecord[];
	readonly painStartedOn: LocalDate | null;
	readonly today: LocalDate;
}

export interface TriageResult {
	readonly level: TriageLevel;
	/** Why, in plain words: the questions answered yes, the trend, the duration. */
	readonly reasons: readonly string[];
	readonly advice: TriageAdvice | null;
}

const RANK: Readonly<Record<TriageLevel, number>> = {
	none: 0,
	routine: 1,
	'same-day': 2,
	emergency: 3
};

/** The most urgent level the answers and the recorded trend call for. */
export function triage(input: TriageInput, catalogue: CareCatalogue): TriageResult {
	let level: TriageLevel = 'none';
	const reasons: { level: TriageLevel; text: string }[] = [];
	const raise = (to: TriageLevel, text: string) => {
		reasons.push({ level: to, text });
		if (RANK[to] > RANK[level]) level = to;
	};

	for (const flag of catalogue.redFlags) {
		if (input.answers[flag.id] === true) raise(flag.level, flag.question);
	}
	if (painTrend(input.history, input.today).direction === 'worse') {
		raise('routine', 'Your pain has been getting worse over the last 7 days.');
	}
	const weeks = `${HOME_CARE_DAYS_BEFORE_VISIT / 7} weeks`;
	if (input.painStartedOn !== null) {
		if (daysBetween(input.painStartedOn, input.today) > HOME_CARE_DAYS_BEFORE_VISIT)
			raise('routine', `Your pain has lasted more than ${weeks}.`);
	} else {
		// No start date given: count from the first check-in that recorded pain, in the history read.
		const first = input.history.find((r) => r.pain !== null && r.date <= input.today);
		if (first && daysBetween(first.date, input.today) > HOME_CARE_DAYS_BEFORE_VISIT)
			raise('routine', `You have recorded pain here for more than ${weeks}.`);
	}

	reasons.sort((a, b) => RANK[b.level] - RANK[a.level]);
	return {
		level,
		reasons: reasons.map((r) => r.text),
		advice: level === 'none' ? null : catalogue.triageAdvice[level]
	};
}
