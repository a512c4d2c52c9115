import { CARE_CATALOGUE } from '$lib/content/care-rules';
import type { DayRecord } from '$lib/domain/history';
import { summarizeHistory, type HistorySummary } from '$lib/domain/history-summary';
import type { DailyEntry } from '$lib/domain/records';
import { addDays, type LocalDate } from '$lib/domain/time';
import { triage, type TriageResult } from '$lib/domain/triage';
import type { AppDatabase } from '$lib/storage/database';
import { readDayRecords } from '$lib/storage/history-reader';

// Everything needed to make a plan, triage or summarise history, loaded on first use: a day whose
// plan is already stored opens without it.
export { CARE_CATALOGUE } from '$lib/content/care-rules';
export { planDay, regenerateDay } from '$lib/domain/plan';

/** Days of history the plan generator and Progress read (the progression window). */
export const HISTORY_DAYS = 90;

export function readHistory(database: AppDatabase, to: LocalDate): Promise<DayRecord[]> {
	return readDayRecords(database, addDays(to, -HISTORY_DAYS), to);
}

export interface TriageFacts {
	readonly database: AppDatabase;
	readonly today: LocalDate;
	readonly painStartedOn: LocalDate | null;
}

/** Red flags and trend for today, for the urgent screen. */
export async function triageToday(
	facts: TriageFacts,
	answers: DailyEntry['redFlags']
): Promise<TriageResult> {
	const history = await readHistory(facts.database, facts.today);
	const { today, painStartedOn } = facts;
	return triage({ answers, history, painStartedOn, today }, CARE_CATALOGUE);
}

/** What Progress shows: the window's records, their summary and the trend's triage. */
export async function historySummary(facts: TriageFacts): Promise<{
	summary: HistorySummary;
	records: DayRecord[];
	triage: TriageResult;
}> {
	const records = await readHistory(facts.database, facts.today);
	const { today, painStartedOn } = facts;
	return {
		records,
		summary: summarizeHistory(records, today),
		triage: triage({ answers: {}, history: records, painStartedOn, today }, CARE_CATALOGUE)
	};
}
