import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { compressPlanFor, numbnessReportedSinceReview } from '$lib/domain/safety';
import { makeDay, makeProfile } from '../fixtures/builders';

// Numbness reported in a daily check-in (care-content.md section 5, "Book a visit": the compress
// rule of section 1 applies to the numb area).

const REVIEWED = '2026-06-10T08:00:00.000Z';
const reportOn = (date: string, at: string | null) => makeDay({ date, numbnessReportedAt: at });

describe('numbness reported since the safety questions were answered', () => {
	it.each([
		{ name: 'no check-in reported it', history: [reportOn('2026-06-12', null)], yes: false },
		{
			name: 'reported after the answers',
			history: [reportOn('2026-06-12', '2026-06-12T19:00:00.000Z')],
			yes: true
		},
		{
			name: 'reported before the answers (they took it into account)',
			history: [reportOn('2026-06-09', '2026-06-09T19:00:00.000Z')],
			yes: false
		},
		{
			name: 'reported the same day, after answering in the morning',
			history: [reportOn('2026-06-10', '2026-06-10T19:00:00.000Z')],
			yes: true
		},
		{
			name: 'reported on a later day than the one planned',
			history: [reportOn('2026-06-20', '2026-06-20T19:00:00.000Z')],
			yes: false
		}
	])('$name: $yes', ({ history, yes }) => {
		const profile = makeProfile({ screeningReviewedAt: REVIEWED });
		expect(numbnessReportedSinceReview(profile, history, '2026-06-15')).toBe(yes);
	});

	it('counts any report when the questions were never answered again (older profiles)', () => {
		const profile = makeProfile({ screeningReviewedAt: null });
		const history = [reportOn('2026-01-02', '2026-01-02T19:00:00.000Z')];
		expect(numbnessReportedSinceReview(profile, history, '2026-06-15')).toBe(true);
	});

	it('leaves it to the numbness answer itself when that already says yes', () => {
		const profile = makeProfile({ screening: { numbness: true }, screeningReviewedAt: REVIEWED });
		const history = [reportOn('2026-06-12', '2026-06-12T19:00:00.000Z')];
		expect(numbnessReportedSinceReview(profile, history, '2026-06-15')).toBe(false);
	});
});

describe('compresses with numbness reported', () => {
	it.each(['guided', 'cold', 'warm', 'alternate'] as const)(
		'%s: none, whatever a clinician approved, and the plan says why',
		(compressPreference) => {
			const profile = makeProfile({
				compressPreference,
				screening: { compressClinicianApproved: true }
			});
			const plan = compressPlanFor(profile, 'recovery', CARE_CATALOGUE, true);
			expect(plan.kinds).toEqual([]);
			const rule = CARE_CATALOGUE.reportedNumbness;
			expect(plan.notes).toContain(
				`${rule.message} The app’s choice, not a published rule: ${rule.designChoice}`
			);
			expect(CARE_CATALOGUE.reportedNumbness.message).toMatch(/Settings/);
		}
	);

	it('without a report, the preference decides as before', () => {
		const plan = compressPlanFor(
			makeProfile({ compressPreference: 'alternate' }),
			'flare',
			CARE_CATALOGUE
		);
		expect(plan.kinds).toEqual(['cold-compress', 'warm-compress']);
		expect(plan.notes).toEqual([]);
	});
});
