import type { WarningLevel } from './care';
import { trimResolved } from './warning-sign-answers';
import type { WarningSign, WarningSignRecord } from './warning-signs';

// A merge restore meets two warning-sign records, each written on its own device. Keeping the
// newer record whole could drop a sign still open on the other side, so the signs are merged one
// by one: an open sign is never lost, and neither is the trace of one dealt with.

/** One answer: when, the sign, the day and where. Sorted, the record's order: oldest first. */
const answerKey = (s: WarningSign) => `${s.answeredAt}|${s.id}|${s.answeredOn}|${s.from}`;

const URGENCY: readonly WarningLevel[] = ['routine', 'same-day', 'emergency'];
/** Open before any resolution, then by when and how it was dealt with. */
const resolutionOf = (s: WarningSign) =>
	s.resolvedAt === null ? '' : `${s.resolvedAt}${s.resolution}`;

/**
 * The same answer as kept on two devices. Dealt with on one, it is dealt with: the answer was the
 * same, so the resolution applies to it. Dealt with on both, the later resolution is kept (at one
 * instant, an order that does not depend on which side is which). The level is the more urgent of
 * the two (an open sign takes a later answer's more urgent level).
 */
function sameAnswer(a: WarningSign, b: WarningSign): WarningSign {
	const level = URGENCY[Math.max(URGENCY.indexOf(a.level), URGENCY.indexOf(b.level))]!;
	const kept = resolutionOf(b) > resolutionOf(a) ? b : a;
	return { ...kept, level };
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
	const signs = trimResolved([...byKey.keys()].sort().map((key) => byKey.get(key)!));
	const a = onDevice.setUp;
	const b = incoming.setUp;
	// Ties keep what is on the device, as every other merged record does.
	const setUp = a === null ? b : b === null || b.answeredAt <= a.answeredAt ? a : b;
	return { signs, setUp };
}
