import { describe, expect, it } from 'vitest';
import { SCREENING_QUESTIONS } from '$lib/domain/care';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { ProfileDraft } from '$lib/state/profile-draft.svelte';

// What set-up and Settings say about a pain start date (issue 16 point 3).

describe('the pain start date', () => {
	it.each([
		['2026-06-14', true],
		['2026-06-15', true],
		['2026-06-16', false],
		['2027-01-01', false],
		['', true]
	])('%s on 15 June is accepted: %s', (date, accepted) => {
		const draft = ProfileDraft.from(DEFAULT_PROFILE);
		draft.painStartedOn = date;
		const result = draft.result('2026-06-15');
		expect(result.ok).toBe(accepted);
		if (!result.ok)
			expect(result.issues).toContainEqual({
				field: 'painStartedOn',
				message: 'The pain cannot start after today; pick today or an earlier day.'
			});
	});

	it('reports a future date beside the other problems, not instead of them', () => {
		const draft = ProfileDraft.from(DEFAULT_PROFILE);
		draft.painStartedOn = '2026-07-01';
		draft.sleepTime = '05:00';
		const result = draft.result('2026-06-15');
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues.map((i) => i.field)).toEqual(
				expect.arrayContaining(['painStartedOn', 'sleepTime'])
			);
	});
});

// A clinical answer is never pre-filled, and none is taken as "no" until it is given (issue 25
// point 8): the plan depends on each of them.
describe('questions the plan depends on', () => {
	/** A new set-up draft with every question answered, as the person would. */
	function answered(): ProfileDraft {
		const draft = new ProfileDraft();
		draft.sits = false;
		draft.affectedSide = 'left';
		draft.flareToday = false;
		for (const q of SCREENING_QUESTIONS) draft.screening[q] = false;
		return draft;
	}

	it('a new draft has no side, no flare answer, no sitting answer and no safety answers', () => {
		const draft = new ProfileDraft();
		expect(draft.affectedSide).toBeUndefined();
		expect(draft.sits).toBeUndefined();
		expect(draft.flareToday).toBeUndefined();
		expect(draft.screening).toEqual({});
		expect(draft.compressClinicianApproved).toBeUndefined();
	});

	it('with every question answered, the profile has those answers', () => {
		const result = answered().result('2026-06-15');
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.profile.affectedSide).toBe('left');
	});

	it.each<[string, (d: ProfileDraft) => void, string, string]>([
		[
			'the side',
			(d) => (d.affectedSide = undefined),
			'affectedSide',
			'Please choose which side hurts: left, right or both.'
		],
		[
			'long spells of sitting',
			(d) => (d.sits = undefined),
			'sits',
			'Please say whether you sit for long spells.'
		],
		[
			'a flare today',
			(d) => (d.flareToday = undefined),
			'flareToday',
			'Please say whether today is a flare.'
		],
		...SCREENING_QUESTIONS.map((q): [string, (d: ProfileDraft) => void, string, string] => [
			`the safety question ${q}`,
			(d) => delete d.screening[q],
			`screening.${q}`,
			'Please answer every safety question.'
		]),
		[
			'whether a clinician approved compresses, after a numbness yes',
			(d) => (d.screening.numbness = true),
			'screening.compressClinicianApproved',
			'Please say whether a doctor, nurse or physiotherapist has told you that cold or heat packs are safe for you.'
		]
	])('%s unanswered is refused, once, with its field', (_, unanswer, field, message) => {
		const draft = answered();
		unanswer(draft);
		const result = draft.result('2026-06-15');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues).toEqual([{ field, message }]);
	});

	it('an existing profile shows its stored answers, the side included', () => {
		const draft = ProfileDraft.from({ ...DEFAULT_PROFILE, affectedSide: 'both' });
		expect(draft.affectedSide).toBe('both');
		expect(draft.sits).toBe(false);
		expect(draft.flareToday).toBe(false);
		expect(draft.screening.numbness).toBe(false);
		expect(draft.result('2026-06-15').ok).toBe(true);
	});

	it('the clinician question, never asked, opens unanswered when a numbness yes is given in Settings', () => {
		const draft = ProfileDraft.from(DEFAULT_PROFILE);
		expect(draft.compressClinicianApproved).toBeUndefined();
		draft.screening.numbness = true;
		const result = draft.result('2026-06-15');
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues.map((i) => i.field)).toEqual(['screening.compressClinicianApproved']);
	});

	it('the clinician answer given before is kept', () => {
		const screening = { ...DEFAULT_PROFILE.screening, diabetes: true };
		expect(ProfileDraft.from({ ...DEFAULT_PROFILE, screening }).compressClinicianApproved).toBe(
			false
		);
		expect(
			ProfileDraft.from({
				...DEFAULT_PROFILE,
				screening: { ...screening, compressClinicianApproved: true }
			}).compressClinicianApproved
		).toBe(true);
	});
});
