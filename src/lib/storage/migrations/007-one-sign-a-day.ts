import type { Migration } from './migration';

/**
 * Version 7 (issue 25): at most one record of a warning sign for a day. Before, a check-in saved
 * again after "I have booked or had the visit", or edited Yes → No → Yes, kept a second record of
 * the sign for that day, and the visit summary stopped loading for good. The records of one sign
 * and day become one, at the most urgent level among them:
 * - an open answer not dealt with (by a resolution of that very answer, or an assessment or a
 *   dismissal recorded at or after it) keeps the sign open, as the earliest such answer: the repair
 *   never decides that a yes was dealt with;
 * - otherwise the latest resolution is kept.
 * The record kept stands where it stood; every other record is left as it is. Frozen here: the
 * rule the app writes by may change, this step may not. Whatever does not read as a record of
 * signs is left for validation (a backup) or the app's defensive read (the database).
 */

interface StoredSign {
	readonly id?: unknown;
	readonly level?: unknown;
	readonly answeredOn?: unknown;
	readonly answeredAt?: unknown;
	readonly from?: unknown;
	readonly resolvedAt?: unknown;
	readonly resolution?: unknown;
	readonly assessedAt?: unknown;
}

const RANK: Readonly<Record<string, number>> = { routine: 0, 'same-day': 1, emergency: 2 };
const answerOf = (s: StoredSign) => `${String(s.answeredAt)}|${String(s.from)}`;
const resolutionOf = (s: StoredSign) =>
	[s.resolvedAt, s.resolution, s.answeredAt, s.from, s.assessedAt ?? ''].map(String).join('|');
const isOpen = (s: StoredSign) => s.resolvedAt === null;
const covers = (resolved: StoredSign, open: StoredSign) =>
	answerOf(resolved) === answerOf(open) ||
	((resolved.resolution === 'assessed' || resolved.resolution === 'dismissed') &&
		String(resolved.resolvedAt) >= String(open.answeredAt));

function oneOf(group: readonly StoredSign[]): [kept: StoredSign, as: StoredSign] {
	const resolved = group.filter((s) => !isOpen(s));
	const open = group.filter((s) => isOpen(s) && !resolved.some((r) => covers(r, s)));
	const kept =
		open.length > 0
			? open.reduce((a, b) => (answerOf(b) < answerOf(a) ? b : a))
			: resolved.reduce((a, b) => (resolutionOf(b) > resolutionOf(a) ? b : a));
	const level = group.reduce<string>(
		(l, s) => ((RANK[String(s.level)] ?? -1) > (RANK[l] ?? -1) ? String(s.level) : l),
		String(kept.level)
	);
	return [kept, kept.level === level ? kept : { ...kept, level }];
}

/** The signs with one record per sign and day; the same list when it already has that. */
function oneRecordADay(signs: readonly unknown[]): readonly unknown[] {
	const groups = new Map<string, StoredSign[]>();
	for (const s of signs) {
		if (typeof s !== 'object' || s === null) continue;
		const { id, answeredOn } = s as StoredSign;
		const key = `${String(id)}|${String(answeredOn)}`;
		groups.set(key, [...(groups.get(key) ?? []), s as StoredSign]);
	}
	if ([...groups.values()].every((g) => g.length === 1)) return signs;
	const kept = new Map<unknown, StoredSign>();
	for (const group of groups.values()) {
		const [record, as] = oneOf(group);
		kept.set(record, as);
	}
	return signs.flatMap((s) => {
		if (typeof s !== 'object' || s === null) return [s];
		const one = kept.get(s);
		if (!one) return [];
		kept.delete(s);
		return [one];
	});
}

export const oneSignADay: Migration = {
	version: 7,
	name: 'settings: one record of a warning sign for a day',
	records: {
		settings(record) {
			if (typeof record !== 'object' || record === null) return record;
			const { key, value } = record as { key?: unknown; value?: unknown };
			if (key !== 'warningSigns' || typeof value !== 'object' || value === null) return record;
			const signs = (value as { signs?: unknown }).signs;
			if (!Array.isArray(signs)) return record;
			const one = oneRecordADay(signs);
			return one === signs ? record : { ...record, value: { ...value, signs: one } };
		}
	}
};
