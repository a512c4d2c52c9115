// Measured by bench/figures/history.mjs: 3 years of daily records (~30,000 check-ins) in IndexedDB
// (fake-indexeddb in Node: slower than a browser's IndexedDB, so the figures are pessimistic).
import 'fake-indexeddb/auto';
import { CARE_CATALOGUE } from '../src/lib/content/care-rules';
import { summarizeHistory } from '../src/lib/domain/history-summary';
import { planDay } from '../src/lib/domain/plan';
import { DEFAULT_PROFILE, type Profile } from '../src/lib/domain/profile';
import type { CheckIn, DailyEntry } from '../src/lib/domain/records';
import { addDays } from '../src/lib/domain/time';
import { AppDatabase } from '../src/lib/storage/database';
import * as migrations from '../src/lib/storage/migrations';
import { IdbHistoryReader } from '../src/lib/storage/history-reader';

const FIRST = '2024-01-01';
const DAYS = 3 * 365;
const worker: Profile = {
	...DEFAULT_PROFILE,
	sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00' }]
};

export async function seed(): Promise<{ database: AppDatabase; checkIns: number; today: string }> {
	const database = new AppDatabase(`bench-${Date.now()}`, {
		loadMigrations: async () => migrations
	});
	const db = await database.connection();
	let checkIns = 0;
	for (let i = 0; i < DAYS; i++) {
		const date = addDays(FIRST, i);
		const plan = planDay(worker, date, [], {
			now: new Date('2020-01-01T00:00:00Z'),
			timeZone: 'UTC',
			catalogue: CARE_CATALOGUE
		});
		const tx = db.transaction(['dayPlans', 'checkIns', 'dailyEntries'], 'readwrite');
		void tx.objectStore('dayPlans').put(plan);
		for (const item of plan.items) {
			const checkIn: CheckIn = {
				itemId: item.id,
				date,
				measure: item.measure,
				status: (i + item.startMinutes) % 5 === 0 ? 'skipped' : 'done',
				at: `${date}T${item.start}:00.000Z`,
				reason: null,
				snoozedUntil: null,
				exerciseIds: item.exercises.map((e) => e.exerciseId)
			};
			void tx.objectStore('checkIns').put(checkIn);
			checkIns += 1;
		}
		const entry: DailyEntry = {
			date,
			pain: (i * 7) % 11,
			sittingToleranceMinutes: 30,
			symptoms: { numbness: false, tingling: i % 3 === 0, belowKnee: false, side: 'right' },
			redFlags: {},
			flare: i % 20 === 0,
			weightKg: null,
			notes: '',
			updatedAt: `${date}T21:00:00.000Z`
		};
		void tx.objectStore('dailyEntries').put(entry);
		await tx.done;
	}
	return { database, checkIns, today: addDays(FIRST, DAYS - 1) };
}

export async function measure(database: AppDatabase, today: string) {
	// What Progress needs for its first render: the last 90 days and their summaries.
	let started = performance.now();
	const recent = await new IdbHistoryReader(database).dayRecords(addDays(today, -89), today);
	const recentSummary = summarizeHistory(recent, today);
	const firstRenderMs = performance.now() - started;

	// Every day of the 3 years, summarised (not on the first-render path).
	started = performance.now();
	const all = await new IdbHistoryReader(database).dayRecords(FIRST, today);
	const summary = summarizeHistory(all, today);
	const allMs = performance.now() - started;
	return { firstRenderMs, allMs, days: recentSummary.days.length + summary.days.length };
}
