import type { Exercise, WalkRules } from './care';
import type { DayRecord, SymptomName } from './history';
import { longDateText } from './local-time';

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

/** How one day with a check-in counts for progression. */
export type DayVerdict =
	| { readonly kind: 'comfortable' }
	| { readonly kind: 'held'; readonly why: string }
	| { readonly kind: 'step-back'; readonly why: string };

const median = (values: readonly number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Each day's verdict, oldest first; null for a day without a check-in (no pain recorded). Reads
 * the days before each day for the usual pain and the symptoms of the previous check-in.
 */
export function dayVerdicts(days: readonly DayRecord[]): (DayVerdict | null)[] {
	const rule = PROGRESSION_RULE;
	const pains: number[] = [];
	let previousSymptoms: readonly SymptomName[] = [];
	return days.map((day) => {
		if (day.pain === null) return null;
		const usual = pains.length > 0 ? median(pains.slice(-rule.usualOfCheckIns)) : null;
		const spreading = day.symptoms.filter((s) => !previousSymptoms.includes(s));
		pains.push(day.pain);
		previousSymptoms = day.symptoms;
		const on = longDateText(day.date);
		if (day.pain >= rule.stepBackPain)
			return { kind: 'step-back', why: `pain was ${day.pain}/10 on ${on}` };
		if (spreading.length > 0)
			return {
				kind: 'step-back',
				why: `${spreading.map((s) => SYMPTOM_WORDS[s]).join(' and ')} came on ${on}`
			};
		if (usual !== null && day.pain > usual + rule.maxAboveUsual)
			return {
				kind: 'held',
				why: `pain was ${day.pain}/10 on ${on}, above your usual ${usual}/10`
			};
		if (day.flare) return { kind: 'held', why: `you marked ${on} a bad day` };
		return { kind: 'comfortable' };
	});
}

/** Where a dose stands after the days read: steps above its start, and why it held or fell. */
export interface Progress {
	readonly steps: number;
	/** One line when the last check-in held the dose or stepped it back; null when it grows. */
	readonly note: string | null;
}

/** The exercise ids done on a day, and `walk` if a walk was. */
function keysDone(day: DayRecord): Set<string> {
	const keys = new Set<string>();
	for (const d of day.done) {
		if (d.measure === 'walk') keys.add(WALK_KEY);
		for (const id of d.exerciseIds) keys.add(id);
	}
	return keys;
}

/**
 * Progression of each key (an exercise id, or `walk`) over the days (oldest first), capped at
 * `maxSteps`. A comfortable day counts for a key only if the key was done that day; a held day
 * breaks the row; a step-back day takes every key back one step (not below its start).
 */
export function progressionOf(
	days: readonly DayRecord[],
	keys: readonly string[],
	maxSteps: (key: string) => number
): Map<string, Progress> {
	const steps = new Map(keys.map((k) => [k, 0]));
	const row = new Map(keys.map((k) => [k, 0]));
	const verdicts = dayVerdicts(days);
	let last: DayVerdict | null = null;
	days.forEach((day, i) => {
		const verdict = verdicts[i];
		if (!verdict) return;
		last = verdict;
		if (verdict.kind !== 'comfortable') {
			for (const key of keys) {
				row.set(key, 0);
				if (verdict.kind === 'step-back') steps.set(key, Math.max(0, steps.get(key)! - 1));
			}
			return;
		}
		const done = keysDone(day);
		for (const key of keys) {
			if (!done.has(key)) continue;
			const count = row.get(key)! + 1;
			if (count < PROGRESSION_RULE.comfortableDaysPerStep) {
				row.set(key, count);
				continue;
			}
			row.set(key, 0);
			steps.set(key, Math.min(maxSteps(key), steps.get(key)! + 1));
		}
	});
	const lastVerdict = last as DayVerdict | null;
	const note =
		lastVerdict === null || lastVerdict.kind === 'comfortable'
			? null
			: lastVerdict.kind === 'held'
				? `Held at this dose (the app's rule): ${lastVerdict.why}.`
				: `Stepped back one step (the app's rule): ${lastVerdict.why}.`;
	return new Map(keys.map((k) => [k, { steps: steps.get(k)!, note }]));
}

/** Repetitions for each exercise (progressing ones from their start, capped), and why one held. */
export function repsFor(
	exercises: readonly Exercise[],
	days: readonly DayRecord[],
	flare: boolean
): { readonly reps: Map<Exercise['id'], number>; readonly note: string | null } {
	const growing = flare ? [] : exercises.filter((e) => e.reps.progresses);
	const progress = progressionOf(
		days,
		growing.map((e) => e.id),
		(id) => {
			const e = growing.find((g) => g.id === id)!;
			return e.reps.max - e.reps.start;
		}
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
	flare: boolean
): { readonly minutes: number; readonly note: string | null } {
	if (flare) return { minutes: rules.startMinutes, note: null };
	const maxSteps = Math.floor((rules.maxMinutes - rules.startMinutes) / rules.stepMinutes);
	const progress = progressionOf(days, [WALK_KEY], () => maxSteps).get(WALK_KEY)!;
	return {
		minutes: Math.min(rules.maxMinutes, rules.startMinutes + rules.stepMinutes * progress.steps),
		note: progress.note
	};
}
