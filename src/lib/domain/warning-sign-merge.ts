import { LEVEL_RANK, trimResolved } from './warning-sign-answers';
import type { WarningSign, WarningSignRecord } from './warning-signs';

// A merge restore meets two warning-sign records, each written on its own device. Keeping the
// newer record whole could drop a sign still open on the other side, so the signs are merged one
// by one: an open sign is never lost, and neither is the trace of one dealt with.

/** One answer: the sign, the day and the instant it was answered, and where. */
const answerKey = (s: WarningSign) => `${s.id}|${s.answeredOn}|${s.answeredAt}|${s.from}`;

/** Oldest answer first, as the record keeps them; the key orders answers given at one instant. */
function byAnswer(a: WarningSign, b: WarningSign): number {
	const x = `${a.answeredAt}|${answerKey(a)}`;
	const y = `${b.answeredAt}|${answerKey(b)}`;
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The same answer as kept on two devices. Dealt with on one, it is dealt with: the answer was the
 * same, so the resolution applies to it. Dealt with on both, the later resolution is kept. The
 * level is the more urgent of the two (an open sign takes a later, more urgent level).
 */
function sameAnswer(a: WarningSign, b: WarningSign): WarningSign {
	const level = LEVEL_RANK[b.level] > LEVEL_RANK[a.level] ? b.level : a.level;
	let kept: WarningSign;
	if (a.resolvedAt === null) kept = b;
	else if (b.resolvedAt === null) kept = a;
	else if (a.resolvedAt !== b.resolvedAt) kept = a.resolvedAt > b.resolvedAt ? a : b;
	// Same instant, different resolutions: an order that does not depend on which side is which.
	else kept = String(a.resolution) >= String(b.resolution) ? a : b;
	return kept.level === level ? kept : { ...kept, level };
}

/**
 * The union of both records' signs, one per answer (sign, day, instant, source): an answer on one
 * side only is kept as it is, whether open or dealt with; an answer on both sides is kept once
 * (see `sameAnswer`). Two different answers to one sign both stay, so a sign open on either side
 * stays open until it is dealt with here. The set-up answers are the newer of the two. The resolved
 * signs kept are capped as everywhere (the oldest go first); open signs are never dropped.
 */
export function mergeWarningSigns(
	onDevice: WarningSignRecord,
	incoming: WarningSignRecord
): WarningSignRecord {
	const byKey = new Map<string, WarningSign>();
	for (const sign of [...onDevice.signs, ...incoming.signs]) {
		const key = answerKey(sign);
		const seen = byKey.get(key);
		byKey.set(key, seen ? sameAnswer(seen, sign) : sign);
	}
	const signs = trimResolved([...byKey.values()].sort(byAnswer));
	const a = onDevice.setUp;
	const b = incoming.setUp;
	// Ties keep what is on the device, as every other merged record does.
	const setUp = a === null ? b : b === null || b.answeredAt <= a.answeredAt ? a : b;
	return { signs, setUp };
}
