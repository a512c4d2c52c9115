import { describe, expect, it } from 'vitest';
import type { SkinEvent } from '$lib/domain/skin-events';
import { buildVisitSummary } from '$lib/domain/visit-summary';
import * as words from '../../../src/routes/visit-summary/wording';
import { makeVisitInput } from '../fixtures/builders';
import { makeCheckIn, makePlan } from '../storage/plan-fixtures';

// Issue 24 (point 1): the summary's "Cold and heat" part in words, the same on screen and shared.

const TODAY = '2026-11-29';

const event = (date: string, answer: SkinEvent['answer']): SkinEvent => ({
	at: `${date}T09:05:00.000Z`,
	date,
	measure: answer === 'cold-injury' ? 'cold-compress' : 'warm-compress',
	itemId: `${date}-c`,
	answer
});

describe('the visit summary: cold and heat in words', () => {
	it('sessions per compress, the checks, and each sign with its date and what was seen', () => {
		const plan = makePlan('2026-11-10');
		const index = plan.items.findIndex((i) => i.measure.endsWith('compress'));
		const name = words.measureName(plan.items[index]!.measure);
		const s = buildVisitSummary(
			makeVisitInput({
				plans: [plan],
				checkIns: [makeCheckIn(plan, index, { status: 'done' })],
				skinEvents: [
					event('2026-11-10', 'fine'),
					event('2026-11-12', 'cold-injury'),
					event('2026-11-14', 'erythema-ab-igne')
				]
			})
		);
		const lines = words.coldHeatLines(s, TODAY);
		expect(lines).toEqual([
			`${name}: 1 session done.`,
			'Skin checks during sessions: 1 looked fine, 2 showed a sign.',
			'12 November, cold compress: White, grey-yellow or blue, hard or waxy, or staying numb (the session was ended).',
			'14 November, warm compress: A lacy, net-like red-brown patch (the session was ended).'
		]);
		const text = words.summaryAsText(s, { today: TODAY, appVersion: '1', unit: 'kg' });
		expect(text).toContain(['COLD AND HEAT', ...lines].join('\n'));
	});

	it('nothing to say: no part, in the shared text either', () => {
		const s = buildVisitSummary(makeVisitInput());
		expect(words.coldHeatLines(s, TODAY)).toEqual([]);
		expect(words.summaryAsText(s, { today: TODAY, appVersion: '1', unit: 'kg' })).not.toContain(
			'COLD AND HEAT'
		);
	});
});
