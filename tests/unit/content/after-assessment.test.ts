import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from '$lib/content/red-flags';

// care-content.md section 5, "After an assessment (design choice)": the signs it names ask "Is this
// new or worse since you were assessed?"; bladder or bowel, saddle numbness or tingling, sexual
// function, chest pain, injuries, fever and cancer history with new pain never do.
describe('which signs ask whether they are new since an assessment', () => {
	it('exactly the signs the reference names', () => {
		expect(RED_FLAGS.filter((f) => f.askIfNewSinceAssessed).map((f) => f.id)).toEqual([
			'both-legs',
			'foot-drop',
			'walking-unsteady',
			'weight-loss',
			'night-pain',
			'upper-back',
			'back-shape'
		]);
	});

	it.each([
		'saddle-numbness',
		'bladder-bowel',
		'sexual-function',
		'chest-pain',
		'after-accident',
		'minor-fall-at-risk',
		'minor-injury',
		'fever',
		'fever-or-infection',
		'infection-risk',
		'cancer-history',
		'weight-loss-or-cancer'
	])('%s always gets its full advice', (id) => {
		expect(RED_FLAGS.find((f) => f.id === id)?.askIfNewSinceAssessed).toBeUndefined();
	});
});
