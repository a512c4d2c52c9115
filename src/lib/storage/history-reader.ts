import { dayRecordFrom } from '$lib/domain/day-record';
import type { DayRecord } from '$lib/domain/history';
import type { HistoryReader, RangeReader, RangeRecords } from '$lib/domain/ports';
import type { CheckIn } from '$lib/domain/records';
import type { LocalDate } from '$lib/domain/time';
import type { AppDatabase } from './database';

/**
 * The day records of an inclusive date range, built from plans, check-ins and daily entries read
 * in one transaction. Oldest first; a day with nothing stored has no record.
 */
export class IdbHistoryReader implements HistoryReader, RangeReader {
	constructor(private readonly database: AppDatabase) {}

	dayRecords(from: LocalDate, to: LocalDate): Promise<DayRecord[]> {
		return readDayRecords(this.database, from, to);
	}

	rangeRecords(from: LocalDate, to: LocalDate): Promise<RangeRecords> {
		return readRange(this.database, from, to);
	}
}

async function readRange(database: AppDatabase, from: LocalDate, to: LocalDate) {
	const db = await database.connection();
	const range = IDBKeyRange.bound(from, to);
	const tx = db.transaction(['dayPlans', 'checkIns', 'dailyEntries'], 'readonly');
	const [plans, checkIns, entries] = await Promise.all([
		tx.objectStore('dayPlans').getAll(range),
		tx.objectStore('checkIns').index('by-date').getAll(range),
		tx.objectStore('dailyEntries').getAll(range)
	]);
	await tx.done;
	return { plans, checkIns, entries };
}

async function readDayRecords(
	database: AppDatabase,
	from: LocalDate,
	to: LocalDate
): Promise<DayRecord[]> {
	const { plans, checkIns, entries } = await readRange(database, from, to);

	const plansByDate = new Map(plans.map((p) => [p.date, p]));
	const entriesByDate = new Map(entries.map((e) => [e.date, e]));
	const checkInsByDate = new Map<LocalDate, CheckIn[]>();
	for (const c of checkIns) {
		const list = checkInsByDate.get(c.date);
		if (list) list.push(c);
		else checkInsByDate.set(c.date, [c]);
	}
	const dates = [
		...new Set([...plansByDate.keys(), ...entriesByDate.keys(), ...checkInsByDate.keys()])
	].sort();
	return dates.map((date) =>
		dayRecordFrom(
			date,
			plansByDate.get(date) ?? null,
			checkInsByDate.get(date) ?? [],
			entriesByDate.get(date) ?? null
		)
	);
}
