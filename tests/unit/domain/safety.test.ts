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
			name: 'reported in the same instant the answers were saved (they took it into account)',
			history: [reportOn('2026-06-10', REVIEWED)],
			yes: false
		},
		{
			name: 'reported on the day planned (the day is planned again after the check-in)',
			history: [reportOn('2026-06-15', '2026-06-15T07:00:00.000Z')],
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
		// ... but a check-in that reported none is no report.
		expect(numbnessReportedSinceReview(profile, [reportOn('2026-01-02', null)], '2026-06-15')).toBe(
			false
		);
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

describe('each safety answer: what it takes off, and the words it adds (care-content.md section 1)', () => {
	const rule = (q: string) => CARE_CATALOGUE.safetyRules.find((r) => r.question === q)!;
	const label = (q: string) =>
		rule(q).designChoice
			? `${rule(q).message} The app’s choice, not a published rule: ${rule(q).designChoice}`
			: rule(q).message;
	const APPROVED = 'You told us a clinician approved compresses for you: follow what they advised.';
	const BOTH = ['cold-compress', 'warm-compress'];
	type Q =
		| 'numbness'
		| 'poorCirculation'
		| 'diabetes'
		| 'raynauds'
		| 'coldHives'
		| 'wound'
		| 'sedatingMedication';

	it.each<{
		q: Q | null;
		approved: boolean;
		kinds: string[];
		notes: string[];
		cautions: string[];
		bedtime: string[];
	}>([
		{ q: null, approved: false, kinds: BOTH, notes: [], cautions: [], bedtime: [] },
		{ q: null, approved: true, kinds: BOTH, notes: [], cautions: [], bedtime: [] },
		...(['numbness', 'poorCirculation', 'diabetes'] as const).flatMap((q) => [
			{ q, approved: false, kinds: [], notes: [label(q)], cautions: [], bedtime: [] },
			{ q, approved: true, kinds: BOTH, notes: [], cautions: [APPROVED], bedtime: [] }
		]),
		...(['raynauds', 'coldHives'] as const).flatMap((q) =>
			[false, true].map((approved) => ({
				q,
				approved,
				kinds: ['warm-compress'],
				notes: [label(q)],
				cautions: [],
				bedtime: []
			}))
		),
		{ q: 'wound', approved: false, kinds: [], notes: [label('wound')], cautions: [], bedtime: [] },
		{ q: 'wound', approved: true, kinds: [], notes: [label('wound')], cautions: [], bedtime: [] },
		{
			q: 'sedatingMedication',
			approved: true, // an approval lifts nothing here, and is not mentioned
			kinds: BOTH,
			notes: [],
			cautions: [label('sedatingMedication')],
			bedtime: ['warm-compress']
		},
		{
			q: 'sedatingMedication',
			approved: false,
			kinds: BOTH,
			notes: [],
			cautions: [label('sedatingMedication')],
			bedtime: ['warm-compress']
		}
	])('$q (clinician approved: $approved)', ({ q, approved, kinds, notes, cautions, bedtime }) => {
		const profile = makeProfile({
			compressPreference: 'alternate',
			screening: { ...(q ? { [q]: true } : {}), compressClinicianApproved: approved }
		});
		const plan = compressPlanFor(profile, 'recovery', CARE_CATALOGUE);
		// Alternating: every kind the answers allow is on the plan.
		expect(plan).toEqual({ kinds, allowed: kinds, notes, cautions, notAtBedtime: bedtime });
	});

	it.each([
		{ phase: 'flare' as const, raynauds: false, kinds: ['cold-compress'] },
		{ phase: 'recovery' as const, raynauds: false, kinds: ['warm-compress'] },
		// Cold is the flare-day choice; without it, heat is offered instead.
		{ phase: 'flare' as const, raynauds: true, kinds: ['warm-compress'] },
		{ phase: 'recovery' as const, raynauds: true, kinds: ['warm-compress'] }
	])('guided, $phase day, Raynaud’s $raynauds: $kinds', ({ phase, raynauds, kinds }) => {
		const profile = makeProfile({ compressPreference: 'guided', screening: { raynauds } });
		expect(compressPlanFor(profile, phase, CARE_CATALOGUE).kinds).toEqual(kinds);
	});

	it('guided, with heat ruled out on a recovery day: cold is offered instead', () => {
		const noHeat = {
			...CARE_CATALOGUE,
			safetyRules: CARE_CATALOGUE.safetyRules.map((r) =>
				r.question === 'raynauds' ? { ...r, removes: ['warm-compress'] as const } : r
			)
		};
		const profile = makeProfile({ compressPreference: 'guided', screening: { raynauds: true } });
		expect(compressPlanFor(profile, 'recovery', noHeat).kinds).toEqual(['cold-compress']);
	});

	it.each([
		{ preference: 'cold' as const, kinds: ['cold-compress'] },
		{ preference: 'warm' as const, kinds: ['warm-compress'] },
		{ preference: 'none' as const, kinds: [] }
	])('a set preference ($preference) is kept when allowed', ({ preference, kinds }) => {
		const profile = makeProfile({ compressPreference: preference });
		expect(compressPlanFor(profile, 'flare', CARE_CATALOGUE).kinds).toEqual(kinds);
	});
});
