import type { DayRecord } from './history';
import type { LocalDate } from './time';
import {
	currentStreak,
	dayCompletion,
	measuresOnLowerPainDays,
	painTrend,
	type MeasureOnLowerPainDays,
	type PainTrend
} from './trends';

export interface HistoryDay {
	readonly date: LocalDate;
	readonly pain: number | null;
	readonly completion: number | null;
	readonly flare: boolean;
	readonly weightKg: number | null;
	/** Sitting tolerance that day, in minutes. */
	readonly sittingMinutes: number | null;
}

export interface HistorySummary {
	readonly days: readonly HistoryDay[];
	readonly streak: number;
	readonly trend: PainTrend;
	readonly lowerPainDays: readonly MeasureOnLowerPainDays[];
	readonly daysRecorded: number;
}

/** Everything Progress shows, derived from raw day records (never stored as truth). */
export function summarizeHistory(records: readonly DayRecord[], today: LocalDate): HistorySummary {
	return {
		days: records.map((r) => ({
			date: r.date,
			pain: r.pain,
			completion: dayCompletion(r),
			flare: r.flare,
			weightKg: r.weightKg ?? null,
			sittingMinutes: r.sittingMinutes ?? null
		})),
		streak: currentStreak(records, today),
		trend: painTrend(records, today),
		lowerPainDays: measuresOnLowerPainDays(records),
		daysRecorded: records.length
	};
}
