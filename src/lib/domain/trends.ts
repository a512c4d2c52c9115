import type { DayRecord } from './history';
import { CARE_MEASURE_IDS, type CareMeasureId } from './measures';
import { addDays, daysBetween, type LocalDate } from './time';

export interface PainTrend {
	readonly direction: 'worse' | 'better' | 'steady' | 'unknown';
	/** Least-squares slope, pain points per day. */
	readonly slopePerDay: number;
	readonly points: number;
}

/** Slope (points/day) at or above which 7 days of pain count as worsening: about 2 points a week (design choice). */
export const WORSENING_SLOPE = 0.3;
const MIN_TREND_POINTS = 4;

/** The pain trend over the 7 days ending on `today`. */
export function painTrend(history: readonly DayRecord[], today: LocalDate): PainTrend {
	const from = addDays(today, -6);
	const points = history
		.filter((r) => r.pain !== null && r.date >= from && r.date <= today)
		.map((r) => ({ x: daysBetween(from, r.date), y: r.pain as number }));
	if (points.length < MIN_TREND_POINTS)
		return { direction: 'unknown', slopePerDay: 0, points: points.length };
	const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
	const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
	const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
	const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) / sxx;
	const direction =
		slope >= WORSENING_SLOPE ? 'worse' : slope <= -WORSENING_SLOPE ? 'better' : 'steady';
	return { direction, slopePerDay: Math.round(slope * 100) / 100, points: points.length };
}

const timedDone = (r: DayRecord) => r.done.filter((d) => d.measure !== 'sitting-break').length;

/** Share of the day's timed items done, 0-1; null when nothing was planned. */
export function dayCompletion(record: DayRecord): number | null {
	if (record.planned <= 0) return null;
	return Math.min(1, timedDone(record) / record.planned);
}

/** A day is kept when every timed item was done or skipped with a reason. */
function isKept(record: DayRecord): boolean {
	return record.planned > 0 && timedDone(record) + record.skippedWithReason >= record.planned;
}

/**
 * Consecutive kept days ending today. Today, still under way, and declared flare days never break the
 * streak (a flare day counts only if kept); a day with nothing kept does.
 */
export function currentStreak(history: readonly DayRecord[], today: LocalDate): number {
	const byDate = new Map(history.map((r) => [r.date, r]));
	const todayRecord = byDate.get(today);
	let streak = todayRecord && isKept(todayRecord) ? 1 : 0;
	for (let date = addDays(today, -1); ; date = addDays(date, -1)) {
		const record = byDate.get(date);
		if (!record) break;
		if (isKept(record)) streak += 1;
		else if (!record.flare) break;
	}
	return streak;
}

export interface MeasureOnLowerPainDays {
	readonly measure: CareMeasureId;
	/** Lower-pain days on which it was done, of all lower-pain days. */
	readonly lowerPainDaysDone: number;
	readonly lowerPainDays: number;
	readonly otherDaysDone: number;
	readonly otherDays: number;
}

/**
 * "On days with lower pain you had done ...": for each measure, how often it was done on days with
 * pain below the median of the recorded days, and on the other days. Sorted by the difference.
 */
export function measuresOnLowerPainDays(history: readonly DayRecord[]): MeasureOnLowerPainDays[] {
	const scored = history.filter((r) => r.pain !== null);
	if (scored.length < 4) return [];
	const sorted = scored.map((r) => r.pain as number).sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	const lower = scored.filter((r) => (r.pain as number) < median);
	const other = scored.filter((r) => (r.pain as number) >= median);
	if (lower.length === 0 || other.length === 0) return [];
	const doneOn = (days: DayRecord[], m: CareMeasureId) =>
		days.filter((d) => d.done.some((x) => x.measure === m)).length;
	return CARE_MEASURE_IDS.map((measure) => ({
		measure,
		lowerPainDaysDone: doneOn(lower, measure),
		lowerPainDays: lower.length,
		otherDaysDone: doneOn(other, measure),
		otherDays: other.length
	}))
		.filter((m) => m.lowerPainDaysDone + m.otherDaysDone > 0)
		.sort(
			(a, b) =>
				b.lowerPainDaysDone / b.lowerPainDays -
					b.otherDaysDone / b.otherDays -
					(a.lowerPainDaysDone / a.lowerPainDays - a.otherDaysDone / a.otherDays) ||
				(a.measure < b.measure ? -1 : 1)
		);
}
