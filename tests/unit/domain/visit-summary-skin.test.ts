import { describe, expect, it } from 'vitest';
import type { SkinEvent } from '$lib/domain/skin-events';
import { buildVisitSummary } from '$lib/domain/visit-summary';
import { makeVisitInput } from '../fixtures/builders';
import { makeCheckIn, makePlan } from '../storage/plan-fixtures';

// Issue 24 (point 1; care-content.md section 6a, "cold/heat: sessions used, any skin event"): the
// summary's cold-and-heat part counts the compress sessions done and lists each sign seen.

const event = (at: string, answer: SkinEvent['answer'], date = at.slice(0, 10)): SkinEvent => ({
	at,
	date,
	measure: answer === 'cold-injury' ? 'cold-compress' : 'warm-compress',
	itemId: `${date}-warm`,
	answer
});

describe('the visit summary: cold and heat', () => {
	it('counts the compress sessions done, the checks that looked fine, and lists each sign seen', () => {
		const plans = ['2026-11-10', '2026-11-11'].map(makePlan);
		const compressAt = (p: (typeof plans)[number]) =>
			p.items.findIndex((i) => i.measure.endsWith('compress'));
		const measure = plans[0]!.items[compressAt(plans[0]!)]!.measure;
		expect(measure).toMatch(/compress$/);
		const checkIns = plans.map((p) => makeCheckIn(p, compressAt(p), { status: 'done' }));
		const skinEvents = [
			event('2026-11-12T09:05:00.000Z', 'burn'),
			event('2026-11-10T09:05:00.000Z', 'fine'),
			event('2026-11-01T09:05:00.000Z', 'erythema-ab-igne'), // before the range
			event('2026-11-11T09:05:00.000Z', 'fine'),
			event('2026-11-30T09:05:00.000Z', 'cold-injury') // after it
		];
		const s = buildVisitSummary(makeVisitInput({ plans, checkIns, skinEvents }));
		expect(s.coldHeat).toEqual({
			sessions: [{ measure, done: 2 }],
			checksFine: 2,
			signs: [skinEvents[0]]
		});
	});

	it('a skin event on a day with no plan still shows', () => {
		const s = buildVisitSummary(
			makeVisitInput({ skinEvents: [event('2026-11-20T18:00:00.000Z', 'cold-injury')] })
		);
		expect(s.coldHeat).toMatchObject({ sessions: [], checksFine: 0 });
		expect(s.coldHeat?.signs.map((e) => e.answer)).toEqual(['cold-injury']);
	});

	it('no compress planned and no skin check: no part at all', () => {
		expect(buildVisitSummary(makeVisitInput()).coldHeat).toBeNull();
	});
});
