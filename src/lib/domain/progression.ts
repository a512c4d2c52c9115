import type { Exercise, WalkRules } from './care';
import type { DayRecord, SymptomName } from './history';
import { BRITISH_STYLE, longDateText } from './formats';

/**
 * Progression reads only this many days back (design choice): enough to reach every cap, and after
 * a long break an exercise starts gently again, as a new exercise does.
 */
export const PROGRESSION_WINDOW_DAYS = 90;

/**
 * The app's progression rule (care-content.md section 2a, the app's choice built on the pain
 * traffic light and the step-back rows): a comfortable day has check-in pain of 5/10 or less, no
 * more than 1 point above the median of the previous 7 check-ins, and no spreading symptom; doses
 * grow one step after 3 comfortable days in a row; pain of 6/10 or more, or a spreading symptom,
 * steps them back one step and growth waits for 3 new comfortable days; a day without a check-in
 * neither grows nor steps back a dose.
 */
// Pain above the comfortable maximum is at the step-back level (a test keeps the two adjacent).
export const PROGRESSION_RULE = {
	comfortableMaxPain: 5,
	maxAboveUsual: 1,
	usualOfCheckIns: 7,
	stepBackPain: 6,
	comfortableDaysPerStep: 3
} as const;

/** The rule in one line, where the app shows a dose (labelled as the app's choice). */
export const PROGRESSION_RULE_TEXT = `Doses grow one step after ${PROGRESSION_RULE.comfortableDaysPerStep} comfortable days in a row (pain ${PROGRESSION_RULE.comfortableMaxPain}/10 or less, not more than ${PROGRESSION_RULE.maxAboveUsual} above your usual, no spreading symptoms) and step back after pain of ${PROGRESSION_RULE.stepBackPain}/10 or more or spreading symptoms.`;

/** What a walk is keyed by among the exercise ids. */
const WALK_KEY = 'walk';

const SYMPTOM_WORDS: Readonly<Record<SymptomName, string>> = {
	belowKnee: 'pain below the knee',
	tingling: 'tingling',
	numbness: 'numbness'
};

/** How one day with a check-in counts for progression, with what decided it. */
export type DayVerdict =
	| { readonly kind: 'comfortable' }
	| {
			readonly kind: 'held' | 'step-back';
			readonly day: DayRecord;
			/** The median of the previous check-ins' pain, when one decided it. */
			readonly usual: number | null;
			/** Symptoms the previous check-in did not have, when they decided it. */
			readonly spreading: readonly SymptomName[];
	  };

/**
 * The pains of the last few check-ins, kept as counts per score (0-10): the median is a walk over
 * 11 counts, with no sorting or allocation per day (a year's plan asks it about 30,000 times).
 */
class RecentPains {
	readonly #counts = new Array<number>(11).fill(0);
	readonly #order: number[] = [];
	constructor(private readonly size: number) {}

	get empty(): boolean {
		return this.#order.length === 0;
	}

	add(pain: number): void {
		const score = Math.min(10, Math.max(0, Math.round(pain))); // stored pain is 0-10 whole numbers
		this.#order.push(score);
		this.#counts[score] = this.#counts[score]! + 1;
		if (this.#order.length > this.size) {
			const oldest = this.#order.shift()!;
			this.#counts[oldest] = this.#counts[oldest]! - 1;
		}
	}

	/** The median of the pains kept (the mean of the two middle ones for an even count). */
	median(): number {
		const n = this.#order.length;
		const nth = (k: number) => {
			let seen = 0;
			for (let score = 0; score <= 10; score++) {
				seen += this.#counts[score]!;
				if (seen > k) return score;
			}
			return 10;
		};
		return n % 2 === 1 ? nth((n - 1) / 2) : (nth(n / 2 - 1) + nth(n / 2)) / 2;
	}
}

/**
 * Each day's verdict, oldest first; null for a day without a check-in (no pain recorded). Reads
 * the days before each day for the usual pain and the symptoms of the previous check-in. Words are
 * made only for the verdict shown (`verdictWords`): this runs for every day of every plan.
 */
export function dayVerdicts(days: readonly DayRecord[]): (DayVerdict | null)[] {
	const rule = PROGRESSION_RULE;
	const recent = new RecentPains(rule.usualOfCheckIns);
	let previousSymptoms: readonly SymptomName[] = [];
	return days.map((day): DayVerdict | null => {
		if (day.pain === null) return null;
		const usual = recent.empty ? null : recent.median();
		const spreading = day.symptoms.filter((s) => !previousSymptoms.includes(s));
		recent.add(day.pain);
		previousSymptoms = day.symptoms;
		if (day.pain >= rule.stepBackPain)
			return { kind: 'step-back', day, usual: null, spreading: [] };
		if (spreading.length > 0) return { kind: 'step-back', day, usual: null, spreading };
		if (usual !== null && day.pain > usual + rule.maxAboveUsual)
			return { kind: 'held', day, usual, spreading: [] };
		if (day.flare) return { kind: 'held', day, usual: null, spreading: [] };
		return { kind: 'comfortable' };
	});
}

/** Why a day held or stepped back a dose, in words. */
export function verdictWords(verdict: Exclude<DayVerdict, { kind: 'comfortable' }>): string {
	const { day, usual, spreading } = verdict;
	// Plan notes are stored with the plan, made before any screen: in the app's own English.
	const on = longDateText(day.date, BRITISH_STYLE);
	if (spreading.length > 0)
		return `${spreading.map((s) => SYMPTOM_WORDS[s]).join(' and ')} came on ${on}`;
	if (usual !== null) return `pain was ${day.pain}/10 on ${on}, above your usual ${usual}/10`;
	if (verdict.kind === 'held') return `you marked ${on} a bad day`;
	return `pain was ${day.pain}/10 on ${on}`;
}

/** Where a dose stands after the days read: steps above its start, and why it held or fell. */
export interface Progress {
	readonly steps: number;
	/** One line when the last check-in held the dose or stepped it back; null when it grows. */
	readonly note: string | null;
}

/** Whether a key (an exercise id, or `walk`) was done on a day. */
function wasDone(day: DayRecord, key: string): boolean {
	for (const d of day.done) {
		if (key === WALK_KEY ? d.measure === 'walk' : d.exerciseIds.includes(key as never)) return true;
	}
	return false;
}

/**
 * Progression of each key (an exercise id, or `walk`) over the days (oldest first), capped at
 * `maxSteps`. A comfortable day counts for a key only if the key was done that day; a held day
 * breaks the row; a step-back day takes every key back one step (not below its start). Arrays by
 * key index, no allocation per day: a year's plan runs this over 90 days 365 times.
 */
export function progressionOf(
	days: readonly DayRecord[],
	keys: readonly string[],
	maxSteps: (key: string) => number,
	verdicts: readonly (DayVerdict | null)[] = dayVerdicts(days)
): Map<string, Progress> {
	const steps = keys.map(() => 0);
	const row = keys.map(() => 0);
	const caps = keys.map(maxSteps);
	let last: DayVerdict | null = null;
	for (let i = 0; i < days.length; i++) {
		const verdict = verdicts[i];
		if (!verdict) continue;
		last = verdict;
		for (let k = 0; k < keys.length; k++) {
			if (verdict.kind !== 'comfortable') {
				row[k] = 0;
				if (verdict.kind === 'step-back') steps[k] = Math.max(0, steps[k]! - 1);
			} else if (wasDone(days[i]!, keys[k]!)) {
				row[k] = row[k]! + 1;
				if (row[k]! < PROGRESSION_RULE.comfortableDaysPerStep) continue;
				row[k] = 0;
				steps[k] = Math.min(caps[k]!, steps[k]! + 1);
			}
		}
	}
	const lastVerdict = last as DayVerdict | null;
	const note =
		lastVerdict === null || lastVerdict.kind === 'comfortable'
			? null
			: lastVerdict.kind === 'held'
				? `Held at this dose (the app's rule): ${verdictWords(lastVerdict)}.`
				: `Stepped back one step (the app's rule): ${verdictWords(lastVerdict)}.`;
	return new Map(keys.map((k, i) => [k, { steps: steps[i]!, note }]));
}

/** Repetitions for each exercise (progressing ones from their start, capped), and why one held. */
export function repsFor(
	exercises: readonly Exercise[],
	days: readonly DayRecord[],
	flare: boolean,
	verdicts?: readonly (DayVerdict | null)[]
): { readonly reps: Map<Exercise['id'], number>; readonly note: string | null } {
	const growing = flare ? [] : exercises.filter((e) => e.reps.progresses);
	const progress = progressionOf(
		days,
		growing.map((e) => e.id),
		(id) => {
			const e = growing.find((g) => g.id === id)!;
			return e.reps.max - e.reps.start;
		},
		verdicts
	);
	return {
		reps: new Map(
			exercises.map((e) => [
				e.id,
				Math.min(e.reps.max, e.reps.start + (progress.get(e.id)?.steps ?? 0))
			])
		),
		note: growing.length > 0 ? (progress.get(growing[0]!.id)?.note ?? null) : null
	};
}

/** The walk's minutes (from its start, in steps, capped), and why it held or stepped back. */
export function walkMinutesFor(
	rules: WalkRules,
	days: readonly DayRecord[],
	flare: boolean,
	verdicts?: readonly (DayVerdict | null)[]
): { readonly minutes: number; readonly note: string | null } {
	if (flare) return { minutes: rules.startMinutes, note: null };
	const maxSteps = Math.floor((rules.maxMinutes - rules.startMinutes) / rules.stepMinutes);
	const progress = progressionOf(days, [WALK_KEY], () => maxSteps, verdicts).get(WALK_KEY)!;
	return {
		minutes: Math.min(rules.maxMinutes, rules.startMinutes + rules.stepMinutes * progress.steps),
		note: progress.note
	};
}
