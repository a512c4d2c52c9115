import { trimResolved } from './warning-sign-answers';
import { oneRecordPerSignAndDay, type WarningSign, type WarningSignRecord } from './warning-signs';

// A merge restore meets two warning-sign records, each written on its own device. Keeping the
// newer record whole could drop a sign still open on the other side, so the signs are merged one
// by one: an open sign is never lost, and neither is the trace of one dealt with.

/** One answer: when, the sign, the day and where. Sorted, the record's order: oldest first. */
const answerKey = (s: WarningSign) => `${s.answeredAt}|${s.id}|${s.answeredOn}|${s.from}`;

/**
 * The union of both records' signs, one record per sign and day as everywhere
 * (`oneRecordPerSignAndDay`): the same answer dealt with on one side is dealt with (on both, the
 * later resolution is kept); another answer open on either side that day, and given after any
 * assessment of it, keeps the sign open until it is dealt with here; the level is the most urgent
 * either side gave. The set-up answers are the newer of the two. The resolved signs kept are
 * capped as everywhere (the oldest go first); open signs are never dropped.
 */
export function mergeWarningSigns(
	onDevice: WarningSignRecord,
	incoming: WarningSignRecord
): WarningSignRecord {
	const union = [...onDevice.signs, ...incoming.signs]
		.map((sign) => ({ key: answerKey(sign), sign }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(({ sign }) => sign);
	const signs = trimResolved(oneRecordPerSignAndDay(union));
	const a = onDevice.setUp;
	const b = incoming.setUp;
	// Ties keep what is on the device, as every other merged record does.
	const setUp = a === null ? b : b === null || b.answeredAt <= a.answeredAt ? a : b;
	return { signs, setUp };
}
