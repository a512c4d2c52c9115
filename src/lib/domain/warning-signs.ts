import type { RedFlagId, WarningLevel } from './care';
import type { LocalDate } from './time';

// Warning signs answered yes stay on Today until the person deals with them (care-content.md
// section 5): an emergency pauses the plan, a same-day sign keeps only the flare-day measures, a
// book-a-visit sign keeps a quieter note. Kept in one settings record, so backups carry it.

export const WARNING_SIGNS_KEY = 'warningSigns';

/** Where a sign was answered: set-up, a daily check-in, or the doctor's questions (an injury). */
export type WarningSource = 'set-up' | 'check-in' | 'visit-questions';

/** How a sign stopped being shown: the person was assessed, took the answer back, (for a
 * book-a-visit note only) dismissed it, or said it is known and not new or worse since an
 * assessment (then it is recorded already dealt with, and never shown as an alarm). */
export type WarningResolution = 'assessed' | 'withdrawn' | 'dismissed' | 'known';

/** One "yes" to a warning sign. */
export interface WarningSign {
	readonly id: RedFlagId;
	/** The level it called for when answered, among that day's other answers. */
	readonly level: WarningLevel;
	readonly answeredOn: LocalDate;
	/** ISO 8601. */
	readonly answeredAt: string;
	readonly from: WarningSource;
	/** ISO 8601; null while it is still shown. */
	readonly resolvedAt: string | null;
	readonly resolution: WarningResolution | null;
	/** For a known sign: when the assessment it was known from was recorded (ISO 8601). */
	readonly assessedAt?: string;
}

export interface WarningSignRecord {
	/** Oldest first; resolved ones stay as the trace of what was done. */
	readonly signs: readonly WarningSign[];
	/** Every set-up answer, yes and no, for the visit summary. */
	readonly setUp: {
		readonly answeredAt: string;
		readonly answers: Partial<Record<RedFlagId, boolean>>;
	} | null;
}

export const NO_WARNING_SIGNS: WarningSignRecord = { signs: [], setUp: null };

const URGENT_FIRST: readonly string[] = ['emergency', 'same-day', 'routine'];

/** What open signs do to today's plan. */
export type PlanHold = 'paused' | 'flare-only' | 'none';

/** The signs still shown, most urgent first, then oldest first. */
export function openWarningSigns(record: WarningSignRecord): WarningSign[] {
	return record.signs
		.filter((s) => s.resolvedAt === null)
		.sort((a, b) => URGENT_FIRST.indexOf(a.level) - URGENT_FIRST.indexOf(b.level));
}

/**
 * The open signs a set of answers would take back: a no given in the same place on the same day as
 * the yes (a later day's no leaves the sign open; only an assessment deals with it).
 */
export function signsTakenBack(
	record: WarningSignRecord,
	answers: Partial<Record<RedFlagId, boolean>>,
	from: WarningSource,
	date: LocalDate
): WarningSign[] {
	return record.signs.filter(
		(s) =>
			s.resolvedAt === null && answers[s.id] === false && s.from === from && s.answeredOn === date
	);
}

/** When an assessment was last recorded for a sign (ISO 8601), or null if never. */
export function lastAssessedAt(record: WarningSignRecord, id: RedFlagId): string | null {
	let latest: string | null = null;
	for (const s of record.signs)
		if (
			s.id === id &&
			s.resolution === 'assessed' &&
			s.resolvedAt &&
			(!latest || s.resolvedAt > latest)
		)
			latest = s.resolvedAt;
	return latest;
}

/** The signs answered "not new or worse since the assessment" in one place on one day. */
export function knownOn(
	record: WarningSignRecord,
	from: WarningSource,
	date: LocalDate
): RedFlagId[] {
	const ids = record.signs
		.filter((s) => s.resolution === 'known' && s.from === from && s.answeredOn === date)
		.map((s) => s.id);
	return [...new Set(ids)];
}

/** A hold lifted this soon after its yes is said plainly to be early (issue 24: the app's choice). */
export const EARLY_ASSESSMENT_MINUTES = 30;

/**
 * Minutes between an emergency or same-day yes and `at`, when fewer than EARLY_ASSESSMENT_MINUTES:
 * "I have been assessed" that soon may mean the person was not seen. Null otherwise.
 */
export function minutesSinceUrgentYes(sign: WarningSign, at: Date): number | null {
	if (sign.level === 'routine') return null;
	const minutes = Math.floor((at.getTime() - Date.parse(sign.answeredAt)) / 60_000);
	return minutes >= 0 && minutes < EARLY_ASSESSMENT_MINUTES ? minutes : null;
}

export function planHoldOf(record: WarningSignRecord): PlanHold {
	const open = record.signs.filter((s) => s.resolvedAt === null);
	if (open.some((s) => s.level === 'emergency')) return 'paused';
	if (open.some((s) => s.level === 'same-day')) return 'flare-only';
	return 'none';
}

const RANK: Readonly<Record<WarningLevel, number>> = { routine: 0, 'same-day': 1, emergency: 2 };
const answerOf = (s: WarningSign) => `${s.answeredAt}|${s.from}`;
const resolutionOf = (s: WarningSign) =>
	`${s.resolvedAt}|${s.resolution}|${s.answeredAt}|${s.from}|${s.assessedAt ?? ''}`;

/** Whether a resolution deals with an open answer: its own, or any the sign was assessed after. */
const covers = (resolved: WarningSign, open: WarningSign) =>
	answerOf(resolved) === answerOf(open) ||
	((resolved.resolution === 'assessed' || resolved.resolution === 'dismissed') &&
		resolved.resolvedAt! >= open.answeredAt);

/** The record of one sign on one day kept (see `oneRecordPerSignAndDay`), and as what. */
function oneOf(group: readonly WarningSign[]): [kept: WarningSign, as: WarningSign] {
	const resolved = group.filter((s) => s.resolvedAt !== null);
	const open = group.filter((s) => s.resolvedAt === null && !resolved.some((r) => covers(r, s)));
	// Ties cannot depend on the order the records come in.
	const kept =
		open.length > 0
			? open.reduce((a, b) => (answerOf(b) < answerOf(a) ? b : a))
			: resolved.reduce((a, b) => (resolutionOf(b) > resolutionOf(a) ? b : a));
	const level = group.reduce<WarningLevel>(
		(l, s) => (RANK[s.level] > RANK[l] ? s.level : l),
		'routine'
	);
	return [kept, kept.level === level ? kept : { ...kept, level }];
}

/**
 * At most one record of a sign for a day (issue 25: a sign kept twice for one day broke the lists
 * that show it). The records of one sign and day become one, at the most urgent level among them:
 * - an open answer not dealt with (by a resolution of that very answer, or an assessment or a
 *   dismissal recorded after it) keeps the sign open: a repair or a merge never decides that a yes
 *   was dealt with. The earliest such answer is kept, as a second yes keeps the first date;
 * - otherwise the latest resolution is kept.
 * The record stands where the record it keeps stood; every other record is left as it is.
 */
export function oneRecordPerSignAndDay(signs: readonly WarningSign[]): WarningSign[] {
	const groups = new Map<string, WarningSign[]>();
	for (const s of signs) {
		const key = `${s.id}|${s.answeredOn}`;
		const group = groups.get(key);
		if (group) group.push(s);
		else groups.set(key, [s]);
	}
	if (groups.size === signs.length) return [...signs];
	const kept = new Map<WarningSign, WarningSign>();
	for (const group of groups.values()) {
		const [record, as] = oneOf(group);
		kept.set(record, as);
	}
	return signs.flatMap((s) => {
		const one = kept.get(s);
		if (!one) return [];
		kept.delete(s); // the very same record twice is one record too
		return [one];
	});
}

/**
 * The stored record as the app can use it. A backup's is checked in full before it lands, and the
 * app writes the rest; this still drops a sign Today could not show, so one bad sign hides no other
 * (a sign the content does not know is left out where it is shown), and keeps one record of a sign
 * for a day, so a record stored before that rule cannot break a list.
 */
export function warningSignsFrom(stored: unknown): WarningSignRecord {
	const { signs, setUp } = (stored ?? {}) as Partial<WarningSignRecord>;
	return {
		signs: Array.isArray(signs)
			? oneRecordPerSignAndDay(
					signs.filter((s: Partial<WarningSign> | null) =>
						URGENT_FIRST.includes(s?.level as string)
					)
				)
			: [],
		setUp: setUp ?? null
	};
}
