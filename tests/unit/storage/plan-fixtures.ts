import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { planDay, type DayPlan } from '$lib/domain/plan';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import type { CheckIn, DailyEntry } from '$lib/domain/records';
import { addDays } from '$lib/domain/time';

// Records as a person's days make them: plans, check-ins and entries, without any storage.

export function makePlan(date: string): DayPlan {
	return planDay(DEFAULT_PROFILE, date, [], {
		now: new Date('2020-01-01T00:00:00Z'),
		timeZone: 'Europe/Berlin',
		catalogue: CARE_CATALOGUE
	});
}

export function makeCheckIn(
	plan: DayPlan,
	index: number,
	overrides: Partial<CheckIn> = {}
): CheckIn {
	const item = plan.items[index % plan.items.length]!;
	return {
		itemId: item.id,
		date: plan.date,
		measure: item.measure,
		status: 'done',
		at: `${plan.date}T${item.start}:00.000Z`,
		reason: null,
		snoozedUntil: null,
		exerciseIds: item.exercises.map((e) => e.exerciseId),
		...overrides
	};
}

export function makeEntry(date: string, overrides: Partial<DailyEntry> = {}): DailyEntry {
	return {
		date,
		pain: 4,
		sittingToleranceMinutes: 30,
		symptoms: {
			numbness: false,
			tingling: true,
			belowKnee: false,
			coughSneezeStrain: false,
			side: 'right'
		},
		redFlags: { 'bladder-bowel': false, 'saddle-numbness': false },
		flare: false,
		weightKg: null,
		medicine: '',
		notes: 'Sat through a long meeting, "bad" after.',
		updatedAt: `${date}T20:00:00.000Z`,
		...overrides
	};
}

/** Days of realistic data: a plan, a few check-ins and an entry a day. */
export function makeDays(first: string, days: number) {
	const plans: DayPlan[] = [];
	const checkIns: CheckIn[] = [];
	const entries: DailyEntry[] = [];
	for (let i = 0; i < days; i++) {
		const plan = makePlan(addDays(first, i));
		plans.push(plan);
		for (let k = 0; k < Math.min(plan.items.length, 4); k++) {
			checkIns.push(makeCheckIn(plan, k, k === 3 ? { status: 'skipped', reason: 'At work' } : {}));
		}
		entries.push(makeEntry(plan.date, { pain: (i * 3) % 11 }));
	}
	return { plans, checkIns, entries };
}
