import type { RedFlagId, WarningLevel } from './care';
import { dayRecordFrom } from './day-record';
import type { CareMeasureId } from './measures';
import { CARE_MEASURE_IDS } from './measures';
import type { DayPlan } from './plan';
import type { Side } from './profile';
import type { CheckIn, DailyEntry } from './records';
import { addDays, daysBetween, type LocalDate } from './time';
import { measuresOnLowerPainDays, type MeasureOnLowerPainDays } from './trends';
import type { DateRange } from './visit-range';
import {
	painStartDate,
	type InjuryKind,
	type VisitAnswers,
	type YesNoUnsure
} from './visit-answers';
import type { WarningResolution, WarningSignRecord } from './warning-signs';
import type { CompressKind, SkinEvent } from './skin-events';

// The visit summary (issue 17; care-content.md sections 6 and 6a): the article's questions answered
// from what the person recorded over a date range. Pure: the records in, the figures out; the
// screen words them. Nothing here is stored: it is made again from the raw records each time.

export interface VisitSummaryInput {
	readonly range: DateRange;
	readonly answers: VisitAnswers | null;
	/** The plan's own start date (set-up), used when the question was not answered. */
	readonly profilePainStartedOn: LocalDate | null;
	readonly weightModuleOn: boolean;
	readonly entries: readonly DailyEntry[];
	readonly checkIns: readonly CheckIn[];
	readonly plans: readonly DayPlan[];
	readonly warningSigns: WarningSignRecord;
	/** Every skin check answered during a compress (section 6a: "cold/heat: any skin event"). */
	readonly skinEvents: readonly SkinEvent[];
	/** The days whose check-in note the person chose to include. */
	readonly includedNotes: readonly LocalDate[];
}

export interface PainStartAnswer {
	readonly date: LocalDate;
	/** "About N weeks/months ago": the date is worked out from it. */
	readonly estimate: {
		readonly amount: number;
		readonly unit: 'weeks' | 'months';
		readonly answeredOn: LocalDate;
	} | null;
	readonly onset: 'sudden' | 'gradual' | null;
}

export interface DayValue {
	readonly date: LocalDate;
	readonly value: number | null;
}

export interface PainFigures {
	readonly daysRecorded: number;
	/** Lowest, highest and mean (one decimal) of the days recorded; null with none. */
	readonly best: number | null;
	readonly worst: number | null;
	readonly average: number | null;
	/** The last pain recorded in the range. */
	readonly latest: DayValue | null;
	/** One point a day over the whole range, null where nothing was recorded. */
	readonly daily: readonly DayValue[];
}

export interface SittingFigures {
	readonly daysRecorded: number;
	/** Minutes: the median day, the shortest, the longest. */
	readonly typical: number | null;
	readonly shortest: number | null;
	readonly longest: number | null;
	/** Mean minutes over the range's first and last 7 days (ranges of 14 days or more). */
	readonly firstWeek: number | null;
	readonly lastWeek: number | null;
	readonly daily: readonly DayValue[];
}

export interface SymptomFigures {
	readonly daysRecorded: number;
	readonly belowKnee: number;
	readonly numbness: number;
	readonly tingling: number;
	/** Days buttock or leg pain was worse on coughing, sneezing or straining (recorded, no alarm). */
	readonly coughSneezeStrain: number;
	/** The sides check-ins named, most named first. */
	readonly sides: readonly Side[];
	/** The last day pain below the knee was recorded. */
	readonly lastBelowKnee: LocalDate | null;
}

export interface SignInSummary {
	readonly id: RedFlagId;
	readonly level: WarningLevel;
	readonly answeredOn: LocalDate;
	/** null: still open, not yet dealt with. */
	readonly resolution: WarningResolution | null;
	readonly resolvedOn: LocalDate | null;
	/** For a sign answered as known and not new since an assessment: that assessment's date. */
	readonly assessedOn?: LocalDate;
}

export interface MeasureFigures {
	readonly measure: CareMeasureId;
	/** Days the plan held it, and days at least one was done. */
	readonly daysPlanned: number;
	readonly daysDone: number;
	readonly itemsPlanned: number;
	readonly itemsDone: number;
	readonly skipped: number;
	/** The reasons given, each once, most given first. */
	readonly reasons: readonly { readonly reason: string; readonly times: number }[];
	readonly skippedWithoutReason: number;
}

/** Section 6a's "cold/heat: sessions used, any skin event". */
export interface ColdHeatFigures {
	/** Sessions done in the range, per compress the plan held. */
	readonly sessions: readonly { readonly measure: CompressKind; readonly done: number }[];
	/** Skin checks answered "looks fine" in the range. */
	readonly checksFine: number;
	/** Each sign seen at a skin check, oldest first. */
	readonly signs: readonly SkinEvent[];
}

export interface WeightFigures {
	readonly first: { readonly date: LocalDate; readonly kg: number };
	readonly last: { readonly date: LocalDate; readonly kg: number };
	readonly changeKg: number;
	readonly daysRecorded: number;
}

export interface VisitSummary {
	readonly range: DateRange;
	readonly days: number;
	readonly daysCheckedIn: number;
	readonly painStart: PainStartAnswer | null;
	readonly injury: {
		readonly answer: 'yes' | 'no' | null;
		readonly kinds: readonly InjuryKind[];
		readonly note: string;
	};
	readonly activity: {
		readonly sittingHoursAtWork: number | null;
		readonly sport: 'yes' | 'no' | null;
		readonly runningOrStairs: 'yes' | 'no' | null;
		readonly heavyLifting: 'yes' | 'no' | null;
		readonly routine: string;
	};
	readonly family: { readonly answer: YesNoUnsure | null; readonly note: string };
	readonly tried: string;
	readonly helps: string;
	readonly worsens: string;
	readonly pain: PainFigures;
	readonly sitting: SittingFigures;
	readonly symptoms: SymptomFigures;
	readonly warningSigns: readonly SignInSummary[];
	readonly measures: readonly MeasureFigures[];
	/** null when no compress was planned and no skin check answered in the range. */
	readonly coldHeat: ColdHeatFigures | null;
	readonly flareDays: readonly LocalDate[];
	/** Measures done more often on lower-pain days: an association, never a cause. */
	readonly lowerPainDays: readonly MeasureOnLowerPainDays[];
	/** null when the weight module is off; `daysRecorded` 0 when on with no weight in the range. */
	readonly weight: WeightFigures | { readonly daysRecorded: 0 } | null;
	readonly medicine: readonly { readonly date: LocalDate; readonly text: string }[];
	readonly notes: readonly { readonly date: LocalDate; readonly text: string }[];
}

const inRange = (date: LocalDate, { from, to }: DateRange) => date >= from && date <= to;
const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: readonly number[]) =>
	values.length === 0 ? null : round1(values.reduce((s, x) => s + x, 0) / values.length);
function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? sorted[middle]!
		: round1((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Every date of the range, oldest first (local dates: a DST change adds or loses no day). */
export function datesOf({ from, to }: DateRange): LocalDate[] {
	const dates: LocalDate[] = [];
	for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
	return dates;
}

function painStartOf(input: VisitSummaryInput): PainStartAnswer | null {
	const start = input.answers?.painStart ?? null;
	const onset = input.answers?.onset ?? null;
	if (start !== null)
		return {
			date: painStartDate(start),
			estimate:
				start.kind === 'about'
					? { amount: start.amount, unit: start.unit, answeredOn: start.answeredOn }
					: null,
			onset
		};
	if (input.profilePainStartedOn !== null)
		return { date: input.profilePainStartedOn, estimate: null, onset };
	return null;
}

function dailyValues(
	dates: readonly LocalDate[],
	entries: ReadonlyMap<LocalDate, DailyEntry>,
	read: (entry: DailyEntry) => number | null
): DayValue[] {
	return dates.map((date) => {
		const entry = entries.get(date);
		return { date, value: entry ? read(entry) : null };
	});
}

const recorded = (days: readonly DayValue[]) =>
	days.filter((d): d is { date: LocalDate; value: number } => d.value !== null);

function painFigures(daily: readonly DayValue[]): PainFigures {
	const days = recorded(daily);
	const values = days.map((d) => d.value);
	return {
		daysRecorded: days.length,
		best: values.length ? Math.min(...values) : null,
		worst: values.length ? Math.max(...values) : null,
		average: mean(values),
		latest: days.at(-1) ?? null,
		daily
	};
}

function sittingFigures(daily: readonly DayValue[], range: DateRange): SittingFigures {
	const days = recorded(daily);
	const values = days.map((d) => d.value);
	const compares = daysBetween(range.from, range.to) + 1 >= 14;
	const firstWeekEnd = addDays(range.from, 6);
	const lastWeekStart = addDays(range.to, -6);
	return {
		daysRecorded: days.length,
		typical: median(values),
		shortest: values.length ? Math.min(...values) : null,
		longest: values.length ? Math.max(...values) : null,
		firstWeek: compares
			? mean(days.filter((d) => d.date <= firstWeekEnd).map((d) => d.value))
			: null,
		lastWeek: compares
			? mean(days.filter((d) => d.date >= lastWeekStart).map((d) => d.value))
			: null,
		daily
	};
}

function symptomFigures(entries: readonly DailyEntry[]): SymptomFigures {
	const count = (pick: (e: DailyEntry) => boolean) => entries.filter(pick).length;
	const sideCounts = new Map<Side, number>();
	for (const e of entries) {
		const side = e.symptoms.side;
		const any =
			e.symptoms.belowKnee ||
			e.symptoms.numbness ||
			e.symptoms.tingling ||
			e.symptoms.coughSneezeStrain ||
			(e.pain ?? 0) > 0;
		if (side && any) sideCounts.set(side, (sideCounts.get(side) ?? 0) + 1);
	}
	return {
		daysRecorded: entries.length,
		belowKnee: count((e) => e.symptoms.belowKnee),
		numbness: count((e) => e.symptoms.numbness),
		tingling: count((e) => e.symptoms.tingling),
		coughSneezeStrain: count((e) => e.symptoms.coughSneezeStrain),
		sides: [...sideCounts].sort((a, b) => b[1] - a[1]).map(([side]) => side),
		lastBelowKnee: entries.filter((e) => e.symptoms.belowKnee).at(-1)?.date ?? null
	};
}

/** Signs answered in the range, and any still open from before it. */
function signsOf(record: WarningSignRecord, range: DateRange): SignInSummary[] {
	return record.signs
		.filter(
			(s) => (s.resolvedAt === null && s.answeredOn <= range.to) || inRange(s.answeredOn, range)
		)
		.map((s) => ({
			id: s.id,
			level: s.level,
			answeredOn: s.answeredOn,
			resolution: s.resolvedAt === null ? null : s.resolution,
			// The instant's own date (UTC); the day a sign was dealt with, near enough for a doctor.
			resolvedOn: s.resolvedAt === null ? null : s.resolvedAt.slice(0, 10),
			...(s.assessedAt ? { assessedOn: s.assessedAt.slice(0, 10) } : {})
		}))
		.sort((a, b) => (a.answeredOn < b.answeredOn ? -1 : a.answeredOn > b.answeredOn ? 1 : 0));
}

function measureFigures(plans: readonly DayPlan[], checkIns: readonly CheckIn[]): MeasureFigures[] {
	const byItem = new Map(checkIns.map((c) => [c.itemId, c]));
	return CARE_MEASURE_IDS.flatMap((measure) => {
		let daysPlanned = 0;
		let daysDone = 0;
		let itemsPlanned = 0;
		let itemsDone = 0;
		let skipped = 0;
		let skippedWithoutReason = 0;
		const reasons = new Map<string, number>();
		for (const plan of plans) {
			const items = plan.items.filter((i) => i.measure === measure);
			if (items.length === 0) continue;
			daysPlanned += 1;
			itemsPlanned += items.length;
			let doneToday = false;
			for (const item of items) {
				const word = byItem.get(item.id);
				if (word?.status === 'done') {
					itemsDone += 1;
					doneToday = true;
				} else if (word?.status === 'skipped') {
					skipped += 1;
					const reason = word.reason?.trim() ?? '';
					if (reason === '') skippedWithoutReason += 1;
					else reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
				}
			}
			if (doneToday) daysDone += 1;
		}
		if (daysPlanned === 0) return [];
		return [
			{
				measure,
				daysPlanned,
				daysDone,
				itemsPlanned,
				itemsDone,
				skipped,
				skippedWithoutReason,
				reasons: [...reasons]
					.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
					.map(([reason, times]) => ({ reason, times }))
			}
		];
	});
}

const COMPRESSES: readonly CompressKind[] = ['cold-compress', 'warm-compress'];

function coldHeatFigures(
	measures: readonly MeasureFigures[],
	events: readonly SkinEvent[],
	range: DateRange
): ColdHeatFigures | null {
	const inside = events
		.filter((e) => inRange(e.date, range))
		.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	const sessions = COMPRESSES.flatMap((measure) => {
		const figures = measures.find((m) => m.measure === measure);
		return figures ? [{ measure, done: figures.itemsDone }] : [];
	});
	if (sessions.length === 0 && inside.length === 0) return null;
	return {
		sessions,
		checksFine: inside.filter((e) => e.answer === 'fine').length,
		signs: inside.filter((e) => e.answer !== 'fine')
	};
}

function weightFigures(entries: readonly DailyEntry[]): VisitSummary['weight'] {
	const weighed = entries.filter((e) => e.weightKg !== null);
	const first = weighed[0];
	const last = weighed.at(-1);
	if (!first || !last) return { daysRecorded: 0 };
	return {
		first: { date: first.date, kg: first.weightKg! },
		last: { date: last.date, kg: last.weightKg! },
		changeKg: round1(last.weightKg! - first.weightKg!),
		daysRecorded: weighed.length
	};
}

export function buildVisitSummary(input: VisitSummaryInput): VisitSummary {
	const { range, answers } = input;
	const dates = datesOf(range);
	const entries = input.entries
		.filter((e) => inRange(e.date, range))
		.sort((a, b) => (a.date < b.date ? -1 : 1));
	const entryByDate = new Map(entries.map((e) => [e.date, e]));
	const plans = input.plans.filter((p) => inRange(p.date, range));
	const checkIns = input.checkIns.filter((c) => inRange(c.date, range));
	const planByDate = new Map(plans.map((p) => [p.date, p]));
	const records = dates
		.filter((d) => planByDate.has(d) || entryByDate.has(d))
		.map((d) =>
			dayRecordFrom(
				d,
				planByDate.get(d) ?? null,
				checkIns.filter((c) => c.date === d),
				entryByDate.get(d) ?? null
			)
		);
	const included = new Set(input.includedNotes);
	const measures = measureFigures(plans, checkIns);
	return {
		range,
		days: dates.length,
		daysCheckedIn: entries.length,
		painStart: painStartOf(input),
		injury: {
			answer: answers?.injury ?? null,
			kinds: answers?.injury === 'yes' ? answers.injuryKinds : [],
			note: answers?.injury === 'yes' ? answers.injuryNote.trim() : ''
		},
		activity: {
			sittingHoursAtWork: answers?.sittingHoursAtWork ?? null,
			sport: answers?.sport ?? null,
			runningOrStairs: answers?.runningOrStairs ?? null,
			heavyLifting: answers?.heavyLifting ?? null,
			routine: answers?.exerciseRoutine.trim() ?? ''
		},
		family: {
			answer: answers?.familyWeakness ?? null,
			note: answers?.familyWeakness === 'yes' ? answers.familyNote.trim() : ''
		},
		tried: answers?.tried.trim() ?? '',
		helps: answers?.helps.trim() ?? '',
		worsens: answers?.worsens.trim() ?? '',
		pain: painFigures(dailyValues(dates, entryByDate, (e) => e.pain)),
		sitting: sittingFigures(
			dailyValues(dates, entryByDate, (e) => e.sittingToleranceMinutes),
			range
		),
		symptoms: symptomFigures(entries),
		warningSigns: signsOf(input.warningSigns, range),
		measures,
		coldHeat: coldHeatFigures(measures, input.skinEvents, range),
		flareDays: entries.filter((e) => e.flare).map((e) => e.date),
		lowerPainDays: measuresOnLowerPainDays(records).filter(
			(m) => m.lowerPainDaysDone / m.lowerPainDays > m.otherDaysDone / m.otherDays
		),
		weight: input.weightModuleOn ? weightFigures(entries) : null,
		medicine: entries
			.filter((e) => e.medicine.trim() !== '')
			.map((e) => ({ date: e.date, text: e.medicine.trim() })),
		notes: entries
			.filter((e) => included.has(e.date) && e.notes.trim() !== '')
			.map((e) => ({ date: e.date, text: e.notes.trim() }))
	};
}
