// Measured by bench/figures/plan.mjs: planning 365 consecutive days for a typical profile.
import { CARE_CATALOGUE } from '../src/lib/content/care-rules';
import type { DayRecord } from '../src/lib/domain/history';
import { planDay } from '../src/lib/domain/plan';
import { DEFAULT_PROFILE, type Profile } from '../src/lib/domain/profile';
import { addDays } from '../src/lib/domain/time';

const typicalProfile: Profile = {
	...DEFAULT_PROFILE,
	sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
	weight: { unit: 'kg', heightCm: 172, weightKg: 88, goalsOff: false, goalKg: 82, weighInDay: 1 }
};

/** Plans a year day by day, feeding each day's result back as history, as the app would. */
export function planYear(timeZone: string): { ms: number; items: number } {
	const history: DayRecord[] = [];
	let ms = 0;
	let items = 0;
	for (let i = 0; i < 365; i++) {
		const date = addDays('2026-01-01', i);
		const context = { now: new Date(`${date}T00:00:00Z`), timeZone, catalogue: CARE_CATALOGUE };
		// Only planning is timed; building the next day's history is the bench's own work.
		const started = performance.now();
		const plan = planDay(typicalProfile, date, history, context);
		ms += performance.now() - started;
		items += plan.items.length;
		history.push({
			date,
			pain: 3 + (i % 3),
			flare: i % 29 === 0,
			done: plan.items
				.filter((_, k) => k % 2 === 0)
				.map((item) => ({
					measure: item.measure,
					exerciseIds: item.exercises.map((e) => e.exerciseId)
				})),
			planned: plan.items.filter((item) => item.kind === 'timed').length,
			skippedWithReason: 0,
			symptoms: [],
			numbnessReportedAt: null,
			redFlags: []
		});
	}
	return { ms, items };
}
