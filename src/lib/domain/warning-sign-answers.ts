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
}

/** A yes the person said is not new or worse since the sign was assessed. */
export interface KnownSign {
	readonly id: RedFlagId;
	readonly level: WarningLevel;
	/** When that assessment was recorded (ISO 8601). */
	readonly assessedAt: string;
}

/**
 * The record after a set of answers. A yes opens a sign unless one for it is open already (then it
 * keeps its first date, and takes the new level if that is more urgent). A no takes back only the
 * yes given in the same place on the same day: a later day's no does not clear an earlier yes,
 * since only an assessment deals with it.
 */
export function withAnswers(
	record: WarningSignRecord,
	answers: Partial<Record<RedFlagId, boolean>>,
	levels: readonly { readonly id: RedFlagId; readonly level: WarningLevel }[],
	context: AnswerContext,
	known: readonly KnownSign[] = []
): WarningSignRecord {
	const at = context.now.toISOString();
	const takenBack = new Set(signsTakenBack(record, answers, context.from, context.date));
	let signs = record.signs.map((sign) => {
		if (sign.resolvedAt !== null) return sign;
		if (takenBack.has(sign)) return { ...sign, resolvedAt: at, resolution: 'withdrawn' as const };
		const now = levels.find((l) => l.id === sign.id);
		if (now && LEVEL_RANK[now.level] > LEVEL_RANK[sign.level]) return { ...sign, level: now.level };
		return sign;
	});
	for (const { id, level } of levels) {
		if (answers[id] !== true || signs.some((s) => s.id === id && s.resolvedAt === null)) continue;
		signs.push({
			id,
			level,
			answeredOn: context.date,
			answeredAt: at,
			from: context.from,
			resolvedAt: null,
			resolution: null
		});
	}
	// Known and assessed: recorded as already dealt with (once per place and day), so it raises no
	// alarm and holds nothing, and the visit summary shows it with the assessment's date.
	for (const { id, level, assessedAt } of known) {
		const again = signs.some(
			(s) =>
				s.id === id &&
				s.resolution === 'known' &&
				s.from === context.from &&
				s.answeredOn === context.date
		);
		if (again) continue;
		signs.push({
			id,
			level,
			answeredOn: context.date,
			answeredAt: at,
			from: context.from,
			resolvedAt: at,
			resolution: 'known',
			assessedAt
		});
	}
	signs = trimResolved(signs);
	return {
		signs,
		setUp: context.from === 'set-up' ? { answeredAt: at, answers: { ...answers } } : record.setUp
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
