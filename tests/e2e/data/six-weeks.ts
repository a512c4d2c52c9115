import { CARE_CATALOGUE } from '../../../src/lib/content/care-rules';
import { planDay, type DayPlan } from '../../../src/lib/domain/plan';
import { DEFAULT_PROFILE, type Profile } from '../../../src/lib/domain/profile';
import type { CheckIn, DailyEntry, Symptoms } from '../../../src/lib/domain/records';
import { addDays } from '../../../src/lib/domain/time';

// Six weeks of a person's records, as a backup file that version 4 of the app wrote (before the
// doctor's questions and the medicine line): restoring it also runs migration 5. Made by code,
// not stored: the plans come from the real planner, so the file always reads as current data.

export const LAST_DAY = '2026-11-29';
export const DAYS = 42;
export const FIRST_DAY = addDays(LAST_DAY, -(DAYS - 1)); // 2026-10-19, before the autumn clock change
export const PAIN_STARTED = '2026-10-12';

export const profile: Profile = {
	...DEFAULT_PROFILE,
	painStartedOn: PAIN_STARTED,
	affectedSide: 'right',
	weight: {
		unit: 'kg',
		heightCm: 175,
		weightKg: 84,
		goalsOff: false,
		goalKg: null,
		weighInDay: 1
	}
};

/** One day of the diary; `i` counts from the first day. Pain eases from 6 to 3 over six weeks. */
/** A daily entry as a version-4 backup holds it: no medicine line, no cough/sneeze symptom. */
type Version4Entry = Omit<DailyEntry, 'medicine' | 'symptoms'> & {
	symptoms: Omit<Symptoms, 'coughSneezeStrain'>;
};

export function entryOf(i: number): Version4Entry {
	const date = addDays(FIRST_DAY, i);
	const week = Math.floor(i / 7);
	return {
		date,
		pain: Math.max(3, 6 - Math.floor(week / 2)) + (i % 7 === 3 ? 1 : 0),
		sittingToleranceMinutes: 15 + week * 5,
		symptoms: {
			numbness: i === 2 || i === 9,
			tingling: i % 5 === 0,
			belowKnee: week < 3 && i % 3 === 0,
			side: 'right'
		},
		redFlags: i === 17 ? { 'foot-drop': true } : {},
		flare: i === 3 || i === 4,
		weightKg: i % 7 === 0 ? 84 - week * 0.4 : null,
		notes: i === 10 ? 'Long drive to Leeds, could not sit after an hour.' : '',
		updatedAt: `${date}T19:00:00.000Z`
	};
}

export function plansAndCheckIns(): { plans: DayPlan[]; checkIns: CheckIn[] } {
	const plans: DayPlan[] = [];
	const checkIns: CheckIn[] = [];
	for (let i = 0; i < DAYS; i++) {
		const date = addDays(FIRST_DAY, i);
		const plan = planDay(profile, date, [], {
			now: new Date(`${date}T05:00:00Z`),
			timeZone: 'Europe/Berlin',
			catalogue: CARE_CATALOGUE
		});
		plans.push(plan);
		plan.items.forEach((item, n) => {
			if (item.kind !== 'timed') return;
			const skipped = (i + n) % 4 === 0;
			checkIns.push({
				itemId: item.id,
				date,
				measure: item.measure,
				status: skipped ? 'skipped' : 'done',
				at: `${date}T18:00:00.000Z`,
				reason: skipped ? (n % 2 === 0 ? 'At work' : null) : null,
				snoozedUntil: null,
				exerciseIds: skipped ? [] : item.exercises.map((e) => e.exerciseId)
			});
		});
	}
	return { plans, checkIns };
}

export function sixWeekBackup(): string {
	const { plans, checkIns } = plansAndCheckIns();
	return JSON.stringify({
		app: 'deep-gluteal-care',
		kind: 'backup',
		schemaVersion: 4,
		appVersion: '0.9.0',
		exportedAt: `${LAST_DAY}T17:00:00.000Z`,
		data: {
			profile: { key: 'current', profile, updatedAt: `${FIRST_DAY}T07:00:00.000Z` },
			settings: [
				{
					key: 'warningSigns',
					value: {
						signs: [
							{
								id: 'foot-drop',
								level: 'same-day',
								answeredOn: addDays(FIRST_DAY, 17),
								answeredAt: `${addDays(FIRST_DAY, 17)}T19:00:00.000Z`,
								from: 'check-in',
								resolvedAt: `${addDays(FIRST_DAY, 18)}T10:00:00.000Z`,
								resolution: 'assessed'
							}
						],
						setUp: null
					},
					updatedAt: `${addDays(FIRST_DAY, 18)}T10:00:00.000Z`
				}
			],
			dayPlans: plans,
			checkIns,
			dailyEntries: Array.from({ length: DAYS }, (_, i) => entryOf(i))
		}
	});
}
