import type { CareCatalogue } from './care';
import type { DayRecord } from './history';
import type { Phase, Profile } from './profile';
import type { LocalDate } from './time';

export type CompressMeasureId = 'cold-compress' | 'warm-compress';

export interface CompressPlan {
	/** Which compress each session uses, in turn; empty when none is on the plan. */
	readonly kinds: readonly CompressMeasureId[];
	/** Kinds the safety answers (and numbness reported since) allow, whatever the preference. */
	readonly allowed: readonly CompressMeasureId[];
	/** Kinds kept out of the last stretch of the day before sleep. */
	readonly notAtBedtime: readonly CompressMeasureId[];
	/** Plain-words notes for the plan: why a compress is missing or changed. */
	readonly notes: readonly string[];
	/** Cautions added to every compress item. */
	readonly cautions: readonly string[];
}

/**
 * Whether a check-in on or before `date` reported numbness after the person last answered the
 * safety questions, and those answers do not already say numbness (then their own rule applies).
 */
export function numbnessReportedSinceReview(
	profile: Profile,
	history: readonly DayRecord[],
	date: LocalDate
): boolean {
	if (profile.screening.numbness) return false;
	const reviewed = profile.screeningReviewedAt ?? null;
	return history.some(
		(r) =>
			r.date <= date &&
			r.numbnessReportedAt !== null &&
			(reviewed === null || r.numbnessReportedAt > reviewed)
	);
}

/** A rule's words, with the app's own choice in it said as such (care-content.md's design choices). */
export function labelled(message: string, designChoice: string | undefined): string {
	return designChoice
		? `${message} The app’s choice, not a published rule: ${designChoice}`
		: message;
}

/**
 * Applies the screening answers, numbness reported since they were given, and the preference to
 * the compress measures for one day.
 */
export function compressPlanFor(
	profile: Profile,
	phase: Phase,
	catalogue: CareCatalogue,
	numbnessReported = false
): CompressPlan {
	const allowed = new Set<CompressMeasureId>(['cold-compress', 'warm-compress']);
	const notAtBedtime = new Set<CompressMeasureId>();
	const notes: string[] = [];
	const cautions: string[] = [];
	const approved = profile.screening.compressClinicianApproved;

	for (const rule of catalogue.safetyRules) {
		if (!profile.screening[rule.question]) continue;
		const lifted = rule.clinicianApprovalLifts && approved;
		if (rule.removes.length > 0 && !lifted) {
			for (const measure of rule.removes) allowed.delete(measure);
			notes.push(labelled(rule.message, rule.designChoice));
		}
		if (rule.removes.length > 0 && lifted) {
			cautions.push(
				'You told us a clinician approved compresses for you: follow what they advised.'
			);
		}
		for (const measure of rule.notAtBedtime) notAtBedtime.add(measure);
		if (rule.notAtBedtime.length > 0) cautions.push(labelled(rule.message, rule.designChoice));
	}

	// Reported numbness is not lifted by an earlier clinician approval: that approval was given
	// without knowing of it.
	if (numbnessReported) {
		allowed.clear();
		notes.push(
			labelled(catalogue.reportedNumbness.message, catalogue.reportedNumbness.designChoice)
		);
	}

	const preferred: CompressMeasureId = phase === 'flare' ? 'cold-compress' : 'warm-compress';
	const other: CompressMeasureId =
		preferred === 'cold-compress' ? 'warm-compress' : 'cold-compress';
	let kinds: CompressMeasureId[];
	switch (profile.compressPreference) {
		case 'none':
			kinds = [];
			break;
		case 'guided':
			kinds = allowed.has(preferred) ? [preferred] : allowed.has(other) ? [other] : [];
			break;
		case 'cold':
			kinds = allowed.has('cold-compress') ? ['cold-compress'] : [];
			break;
		case 'warm':
			kinds = allowed.has('warm-compress') ? ['warm-compress'] : [];
			break;
		case 'alternate':
			kinds = (['cold-compress', 'warm-compress'] as const).filter((k) => allowed.has(k));
			break;
	}
	return {
		kinds,
		allowed: [...allowed],
		notAtBedtime: [...notAtBedtime],
		notes: [...new Set(notes)],
		cautions: [...new Set(cautions)]
	};
}
