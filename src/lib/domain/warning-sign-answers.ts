import type { RedFlagId, WarningLevel } from './care';
import type { LocalDate } from './time';
import type { TriageLevel } from './care';
import {
	signsTakenBack,
	type WarningResolution,
	type WarningSign,
	type WarningSignRecord,
	type WarningSource
} from './warning-signs';

// Changes to the kept warning signs: loaded with the planning engine, when the person answers or
// deals with a sign (Today's first screen only reads them).

export const LEVEL_RANK: Readonly<Record<TriageLevel, number>> = {
	none: 0,
	routine: 1,
	'same-day': 2,
	emergency: 3
};

/** Resolved signs kept as a trace; older ones go (the daily entries keep every day's answers). */
export const RESOLVED_SIGNS_KEPT = 200;

export interface AnswerContext {
	readonly from: WarningSource;
	readonly date: LocalDate;
	readonly now: Date;
	/**
	 * Yes answers the person says are new or worse since the sign was assessed: they open the sign
	 * again even where it was dealt with that day.
	 */
	readonly newSinceAssessed?: readonly RedFlagId[];
}

/** A yes the person said is not new or worse since the sign was assessed. */
export interface KnownSign {
	readonly id: RedFlagId;
	readonly level: WarningLevel;
	/** When that assessment was recorded (ISO 8601). */
	readonly assessedAt: string;
}

/**
 * The record after a set of answers; it never holds two records of one sign for one day (issue
 * 25). A yes opens a sign unless one for it is open already (then it keeps its first date, and
 * takes the new level if that is more urgent). Where that day already has a record of the sign,
 * the yes takes its place and opens it again, except that a yes saved again in the place it was
 * given, after it was assessed or dismissed that day, is the same answer and stays dealt with
 * (the app's choice: a check-in edited after the visit does not sound the alarm again; the form
 * still shows the advice), unless it is now more urgent or the person says it is new or worse
 * since the assessment. A no takes back only the yes given in the same place on the same day: a
 * later day's no does not clear an earlier yes, since only an assessment deals with it.
 */
export function withAnswers(
	record: WarningSignRecord,
	answers: Partial<Record<RedFlagId, boolean>>,
	levels: readonly { readonly id: RedFlagId; readonly level: WarningLevel }[],
	context: AnswerContext,
	known: readonly KnownSign[] = []
): WarningSignRecord {
	const at = context.now.toISOString();
	const { from, date } = context;
	const worse = new Set(context.newSinceAssessed ?? []);
	const takenBack = new Set(signsTakenBack(record, answers, from, date));
	let signs = record.signs.map((sign) => {
		if (sign.resolvedAt !== null) return sign;
		if (takenBack.has(sign)) return { ...sign, resolvedAt: at, resolution: 'withdrawn' as const };
		const now = levels.find((l) => l.id === sign.id);
		if (now && LEVEL_RANK[now.level] > LEVEL_RANK[sign.level]) return { ...sign, level: now.level };
		return sign;
	});
	const answer = (id: RedFlagId, level: WarningLevel): WarningSign => ({
		id,
		level,
		answeredOn: date,
		answeredAt: at,
		from,
		resolvedAt: null,
		resolution: null
	});
	/**
	 * Whether a new answer to a sign is kept: true when the day has no record of it, or its record
	 * gives way (taken out: the new answer goes last, as the record is oldest first); false when
	 * that day's record stands.
	 */
	const givesWay = (id: RedFlagId, stands: (s: WarningSign) => boolean): boolean => {
		const i = signs.findIndex((s) => s.id === id && s.answeredOn === date);
		if (i < 0) return true;
		if (stands(signs[i]!)) return false;
		signs.splice(i, 1);
		return true;
	};
	for (const { id, level } of levels) {
		if (answers[id] !== true || signs.some((s) => s.id === id && s.resolvedAt === null)) continue;
		const opens = givesWay(
			id,
			(s) =>
				(s.resolution === 'assessed' || s.resolution === 'dismissed') &&
				s.from === from &&
				!worse.has(id) &&
				LEVEL_RANK[level] <= LEVEL_RANK[s.level]
		);
		if (opens) signs.push(answer(id, level));
	}
	// Known and assessed: recorded as already dealt with (once a day), so it raises no alarm and
	// holds nothing, and the visit summary shows it with the assessment's date. A yes taken back
	// that day becomes the known answer; any other record of that day stands (an open sign is dealt
	// with only by the person, on Today).
	for (const { id, level, assessedAt } of known) {
		if (!givesWay(id, (s) => s.resolution !== 'withdrawn')) continue;
		signs.push({ ...answer(id, level), resolvedAt: at, resolution: 'known', assessedAt });
	}
	signs = trimResolved(signs);
	return {
		signs,
		setUp: from === 'set-up' ? { answeredAt: at, answers: { ...answers } } : record.setUp
	};
}

/**
 * Marks the open signs named as dealt with. A yes taken back as a mistake is taken back where it
 * was given too (set-up's answers here; a check-in's in its daily entry, by the caller), so saving
 * that form again does not bring it back.
 */
export function withResolved(
	record: WarningSignRecord,
	ids: readonly RedFlagId[],
	resolution: WarningResolution,
	now: Date
): WarningSignRecord {
	const at = now.toISOString();
	const signs = record.signs.map((s) =>
		s.resolvedAt === null && ids.includes(s.id) ? { ...s, resolvedAt: at, resolution } : s
	);
	const fromSetUp = record.signs.filter(
		(s) => s.resolvedAt === null && ids.includes(s.id) && s.from === 'set-up'
	);
	const setUp =
		resolution === 'withdrawn' && record.setUp && fromSetUp.length > 0
			? {
					...record.setUp,
					answers: {
						...record.setUp.answers,
						...Object.fromEntries(fromSetUp.map((s) => [s.id, false]))
					}
				}
			: record.setUp;
	return { ...record, signs: trimResolved(signs), setUp };
}

/** The check-in answers a withdrawal takes back, by the date they were given. */
export function checkInAnswersTakenBack(
	record: WarningSignRecord,
	ids: readonly RedFlagId[]
): Map<LocalDate, RedFlagId[]> {
	const byDate = new Map<LocalDate, RedFlagId[]>();
	for (const s of record.signs)
		if (s.resolvedAt === null && ids.includes(s.id) && s.from === 'check-in')
			byDate.set(s.answeredOn, [...(byDate.get(s.answeredOn) ?? []), s.id]);
	return byDate;
}

/** Keeps the newest `RESOLVED_SIGNS_KEPT` resolved signs (the record is oldest first). */
export function trimResolved(signs: WarningSign[]): WarningSign[] {
	const resolved = signs.filter((s) => s.resolvedAt !== null).length;
	let drop = resolved - RESOLVED_SIGNS_KEPT;
	if (drop <= 0) return signs;
	return signs.filter((s) => s.resolvedAt === null || drop-- <= 0);
}
