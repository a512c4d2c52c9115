import { describe, expect, it } from 'vitest';
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
