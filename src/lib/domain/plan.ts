import type { CareCatalogue, Exercise, ExerciseId } from './care';
import { recordsBefore, type DayRecord } from './history';
import { itemId } from './item-id';
import { dayEndMinutes, minutesToWallTime, wakingDayOf } from './local-time';
import type { CareMeasureId } from './measures';
import type { Phase, Profile } from './profile';
import type { CheckInStatus } from './records';
import { dayVerdicts, PROGRESSION_WINDOW_DAYS, repsFor, walkMinutesFor } from './progression';
import {
	compressPlanFor,
	labelled,
	numbnessReportedSinceReview,
	type CompressMeasureId
} from './safety';
import { sittingBreakSuggestions } from './sitting-breaks';
import {
	addDays,
	daysBetween,
	isoWeekday,
	MINUTES_PER_DAY,
	skippedWallMinutes,
	wallClockAt,
	wallTimeToMinutes,
	type LocalDate,
	type WallTime
} from './time';

/** Minutes after its start that an unticked item counts as missed (the app's choice). */
export const MISSED_AFTER_MINUTES = 15;

export interface PlannedExercise {
	readonly exerciseId: ExerciseId;
	readonly name: string;
	readonly reps: number;
	readonly holdSeconds: number | null;
	/** Which side(s) to do it on, in words; null when it has no side. */
	readonly sides: string | null;
}

export interface PlanItem {
	/** Stable within a date: `${date}:${measure}:${n}`. Check-ins refer to it. */
	readonly id: string;
	readonly measure: CareMeasureId;
	/** `timed` items never overlap; `prompt`s (sitting breaks) may sit inside a work block. */
	readonly kind: 'timed' | 'prompt';
	readonly title: string;
	readonly start: WallTime;
	readonly startMinutes: number;
	readonly durationMinutes: number;
	readonly instructions: readonly string[];
	readonly exercises: readonly PlannedExercise[];
	readonly cautions: readonly string[];
}

export interface DayPlan {
	readonly date: LocalDate;
	readonly phase: Phase;
	/** Day number of the current flare (1 = its first day), or null. */
	readonly flareDay: number | null;
	/** The person declared this day a bad day. */
	readonly badDay: boolean;
	readonly items: readonly PlanItem[];
	/** Safety answers that changed the plan, and items that did not fit, in plain words. */
	readonly notes: readonly string[];
	/** Instant the plan was made (from `now`), ISO 8601. */
	readonly generatedAt: string;
	/** Made with only the flare-day measures while a same-day warning sign is open. */
	readonly warningHold?: boolean;
	/**
	 * On the day the person set the app up: when they did (the day's wall clock). Items the whole
	 * day held before then are not owed, so the plan leaves them out.
	 */
	readonly startsAt?: WallTime;
}

export interface PlanContext {
	readonly now: Date;
	readonly timeZone: string;
	readonly catalogue: CareCatalogue;
	/** A same-day warning sign is open: only the flare-day measures until it is assessed. */
	readonly flareOnly?: boolean;
	/** When the person set the app up (ISO 8601): on that waking day nothing before it is owed. */
	readonly setUpAt?: string | null;
}

/** Minutes kept free between timed items, to move from one to the next (design choice). */
export const BUFFER_MINUTES = 5;
/**
 * Two sessions of the same kind (stretches, relaxation) start at least this far apart (the app's
 * choice: the sources say how often a day, not how far apart). Compresses keep their own spacing.
 */
export const MIN_SESSION_GAP_MINUTES = 120;
/** Nothing strenuous in this last stretch of the waking day, before sleep (the app's choice). */
export const WIND_DOWN_MINUTES = 60;
/** The measures that count as strenuous for the wind-down rule: exercise, not rest or compresses. */
export const STRENUOUS_MEASURES: readonly CareMeasureId[] = ['stretch', 'walk'];
const SITTING_BREAK_MINUTES = 2;
const SEARCH_STEP = 5;

interface Interval {
	readonly start: number;
	readonly end: number;
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
const roundUp = (minutes: number, step: number) => Math.ceil(minutes / step) * step;

/** The free time of one waking day, as timed items are placed into it. */
class DayTimeline {
	readonly #taken: Interval[] = [];

	constructor(
		readonly earliest: number,
		readonly latest: number,
		readonly blocked: readonly Interval[]
	) {}

	take(start: number, duration: number): void {
		this.#taken.push({ start, end: start + duration });
	}

	fits(start: number, duration: number, latestEnd: number, avoid: readonly Interval[]): boolean {
		const slot = { start, end: start + duration };
		if (start < this.earliest || slot.end > Math.min(latestEnd, this.latest)) return false;
		const padded = { start: start - BUFFER_MINUTES, end: slot.end + BUFFER_MINUTES };
		return (
			!this.#taken.some((t) => overlaps(padded, t)) &&
			!this.blocked.some((b) => overlaps(slot, b)) &&
			!avoid.some((a) => overlaps(slot, a))
		);
	}

	/**
	 * The first start at or after `anchor` that fits (first outside `avoid`, then anywhere); then
	 * before the anchor if `searchBack`. Null when the day has no room.
	 */
	find(
		anchor: number,
		duration: number,
		options: {
			avoid?: readonly Interval[];
			latestEnd?: number;
			searchBack?: boolean;
			accept?: (s: number) => boolean;
		}
	): number | null {
		const { avoid = [], latestEnd = this.latest, searchBack = true, accept = () => true } = options;
		const from = roundUp(Math.max(anchor, this.earliest), SEARCH_STEP);
		const passes = avoid.length > 0 ? [avoid, []] : [[]];
		for (const avoiding of passes) {
			for (let s = from; s + duration <= latestEnd; s += SEARCH_STEP) {
				if (this.fits(s, duration, latestEnd, avoiding) && accept(s)) return s;
			}
			if (!searchBack) continue;
			for (let s = from - SEARCH_STEP; s >= this.earliest; s -= SEARCH_STEP) {
				if (this.fits(s, duration, latestEnd, avoiding) && accept(s)) return s;
			}
		}
		return null;
	}
}

interface DayPhase {
	readonly phase: Phase;
	readonly flareDay: number | null;
	readonly badDay: boolean;
}

/** Flare rules apply on a declared bad day, and in the first days of a flare the profile names. */
export function phaseOn(
	profile: Profile,
	date: LocalDate,
	history: readonly DayRecord[],
	catalogue: CareCatalogue
): DayPhase {
	const badDay = history.some((r) => r.date === date && r.flare);
	if (profile.phase === 'flare') {
		if (profile.flareStartedOn === null) return { phase: 'flare', flareDay: null, badDay };
		const day = daysBetween(profile.flareStartedOn, date) + 1;
		if (day >= 1 && day <= catalogue.compress.coldDaysOfFlare)
			return { phase: 'flare', flareDay: day, badDay };
	}
	return { phase: badDay ? 'flare' : 'recovery', flareDay: null, badDay };
}

function sideWords(exercise: Exercise, profile: Profile): { words: string | null; count: number } {
	if (exercise.sides === 'none') return { words: null, count: 1 };
	// Both sides: the painful side first (the app's choice: the reference gives no order).
	if (exercise.sides === 'each' && profile.affectedSide !== 'both')
		return { words: `each side, ${profile.affectedSide} first`, count: 2 };
	if (exercise.sides === 'each' || profile.affectedSide === 'both')
		return { words: 'each side', count: 2 };
	return { words: `${profile.affectedSide} side`, count: 1 };
}

function describeDose(e: PlannedExercise): string {
	const hold = e.holdSeconds !== null && e.holdSeconds >= 10 ? `hold ${e.holdSeconds} s, ` : '';
	const times =
		e.holdSeconds !== null && e.holdSeconds >= 10 ? `${e.reps} times` : `${e.reps} repetitions`;
	return `${e.name}: ${hold}${times}${e.sides ? `, ${e.sides}` : ''}.`;
}

/** Minutes a stretch session takes, rounded up to 5. */
function sessionMinutes(
	exercises: readonly { exercise: Exercise; reps: number; sideCount: number }[]
): number {
	const seconds = exercises.reduce(
		(total, e) => total + e.exercise.secondsPerRep * e.reps * e.sideCount + 30,
		0
	);
	return Math.max(5, roundUp(seconds / 60, 5));
}

/** Where in the waking day stretch sessions go, as fractions of it (design choice). */
const STRETCH_ANCHORS: Readonly<Record<number, readonly number[]>> = {
	1: [0.1],
	2: [0.1, 0.65],
	3: [0.1, 0.5, 0.85]
};

/** Where an instant falls in the waking day of `date`: its minute, or ±Infinity on another day. */
function minuteInDay(instant: Date, date: LocalDate, timeZone: string, profile: Profile): number {
	const wall = wakingDayOf(wallClockAt(instant, timeZone), profile);
	if (wall.date === date) return wall.minutes;
	return wall.date < date ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/** An item still owed from minute `cut` on: it would not yet count as missed then. */
const owedAt = (item: PlanItem, cut: number) =>
	item.startMinutes + Math.max(item.durationMinutes, MISSED_AFTER_MINUTES) > cut;

/** What a day planned again brings from its earlier plan. */
interface Carried {
	/** Items that stay exactly as they were, whatever the day's rules are now (done, skipped). */
	readonly kept: readonly PlanItem[];
	/** Items that stay as they were if the day's rules still hold their measure (missed, snoozed). */
	readonly ifAllowed: readonly PlanItem[];
	/** New items that would already be missed at this minute of the day are not owed. */
	readonly cut: number;
}

/**
 * The plan for one local date: timed items inside waking hours that never overlap, compress sessions
 * no longer than allowed and spaced, sessions of one kind spread out and nothing strenuous just
 * before sleep, sitting-break prompts over the sitting hours. It is the plan of the whole waking
 * day, whenever it is made: items whose time has passed are the day's missed items. Only on the
 * day the person set the app up (`context.setUpAt`) are the items before set-up not owed, and left
 * out. Deterministic: the same inputs give the same plan. `kept` items (already done) stay exactly
 * as they were.
 */
export function planDay(
	profile: Profile,
	date: LocalDate,
	history: readonly DayRecord[],
	context: PlanContext,
	kept: readonly PlanItem[] = []
): DayPlan {
	return buildDay(profile, date, history, context, {
		kept,
		ifAllowed: [],
		cut: Number.NEGATIVE_INFINITY
	});
}

function buildDay(
	profile: Profile,
	date: LocalDate,
	history: readonly DayRecord[],
	context: PlanContext,
	carried: Carried
): DayPlan {
	const { catalogue, now, timeZone } = context;
	const flareOnly = context.flareOnly === true;
	const past = recordsBefore(history, date, addDays(date, -PROGRESSION_WINDOW_DAYS));
	const onDate = phaseOn(profile, date, history, catalogue);
	const dayPhase: DayPhase = flareOnly ? { ...onDate, phase: 'flare' } : onDate;
	const flare = dayPhase.phase === 'flare';
	// Read once for the stretches and the walk (the plan of a year reads 90 days 365 times).
	const verdicts = flare ? [] : dayVerdicts(past);
	// Minutes from the date's midnight: a day that ends after midnight runs on past 1440.
	const wake = wallTimeToMinutes(profile.wakeTime);
	const sleep = dayEndMinutes(profile);
	const span = sleep - wake;

	// On the set-up day, nothing before set-up is owed; a day planned again owes nothing new before now.
	const setUp = context.setUpAt
		? minuteInDay(new Date(context.setUpAt), date, timeZone, profile)
		: Number.NaN;
	const setUpToday = Number.isFinite(setUp) && setUp > wake;
	const cut = setUpToday ? Math.max(carried.cut, setUp) : carried.cut;
	// Wall-clock time a spring-forward skips, on this date or on the next morning's part of the day.
	const gaps = [skippedWallMinutes(date, timeZone)];
	const nextGap = sleep > MINUTES_PER_DAY ? skippedWallMinutes(addDays(date, 1), timeZone) : null;
	if (nextGap)
		gaps.push({ start: nextGap.start + MINUTES_PER_DAY, end: nextGap.end + MINUTES_PER_DAY });
	const skipped = gaps.filter((g) => g !== null);
	const timeline = new DayTimeline(wake, sleep, skipped);

	// What the day holds of compresses and stretches, before the earlier plan's items are weighed.
	const numbness = numbnessReportedSinceReview(profile, history, date);
	const compress = compressPlanFor(profile, dayPhase.phase, catalogue, numbness);
	const chosen = profile.stretchIds.map((id) => catalogue.exercises[id]);
	const gentleChosen = chosen.filter((e) => e.gentle);
	// The person's choice on recovery days; only the gentlest on flare days, with no progression.
	const stretches = flare
		? gentleChosen.length > 0
			? gentleChosen
			: Object.values(catalogue.exercises).filter((e) => e.measure === 'stretch' && e.gentle)
		: chosen;
	/**
	 * An item of the earlier plan the day still holds: its measure is still on the plan, and safe
	 * (numbness reported since takes compresses off). A flare day keeps a missed stretch listed.
	 */
	const stillAllowed = (item: PlanItem): boolean => {
		if (item.kind !== 'timed') return false;
		switch (item.measure) {
			case 'cold-compress':
			case 'warm-compress':
				return compress.kinds.length > 0 && compress.allowed.includes(item.measure);
			case 'stretch':
				return stretches.length > 0;
			case 'weigh-in':
				return profile.weight !== null;
			default:
				return true;
		}
	};
	const kept = [...carried.kept, ...carried.ifAllowed.filter(stillAllowed)];
	const keptIds = new Set(kept.map((k) => k.id));
	for (const item of kept)
		if (item.kind === 'timed') timeline.take(item.startMinutes, item.durationMinutes);

	const weekday = isoWeekday(date);
	const sittingToday: Interval[] = profile.sittingBlocks
		.filter((b) => b.weekdays.includes(weekday))
		.map((b) => ({
			start: Math.max(wake, wallTimeToMinutes(b.start)),
			end: Math.min(sleep, wallTimeToMinutes(b.end))
		}))
		.filter((b) => b.end > b.start);

	const items: PlanItem[] = [...kept];
	const hold = catalogue.warningSignHold;
	const notes: string[] = flareOnly ? [labelled(hold.flareOnly, hold.designChoice)] : [];
	/** Items with no free time left, by measure: one note each, not one per item. */
	const unplaced = new Map<CareMeasureId, number>();
	const idFor = (measure: CareMeasureId, n: number) => itemId(date, measure, n);
	const measureTitle = (measure: CareMeasureId) => catalogue.measures[measure].title;

	function add(item: Omit<PlanItem, 'start'>): void {
		(item as { start?: WallTime }).start = minutesToWallTime(item.startMinutes);
		items.push(item as PlanItem);
		if (item.kind === 'timed') timeline.take(item.startMinutes, item.durationMinutes);
	}

	function placeOrNote(
		measure: CareMeasureId,
		n: number,
		anchor: number,
		duration: number,
		avoid: readonly Interval[],
		build: (
			start: number
		) => Omit<PlanItem, 'id' | 'measure' | 'kind' | 'startMinutes' | 'durationMinutes' | 'start'>
	): void {
		const id = idFor(measure, n);
		if (keptIds.has(id)) return;
		const others = items.filter((i) => i.measure === measure).map((i) => i.startMinutes);
		const start = timeline.find(anchor, duration, {
			avoid,
			latestEnd: STRENUOUS_MEASURES.includes(measure) ? sleep - WIND_DOWN_MINUTES : sleep,
			accept: (s) => others.every((o) => Math.abs(o - s) >= MIN_SESSION_GAP_MINUTES)
		});
		if (start === null) {
			unplaced.set(measure, (unplaced.get(measure) ?? 0) + 1);
			return;
		}
		add({
			id,
			measure,
			kind: 'timed',
			startMinutes: start,
			durationMinutes: duration,
			...build(start)
		});
	}

	// Weigh-in: weekly, first thing after waking.
	if (profile.weight && profile.weight.weighInDay === weekday) {
		const m = catalogue.measures['weigh-in'];
		placeOrNote('weigh-in', 0, wake, 5, [], () => ({
			title: m.title,
			instructions: ['Weigh yourself before breakfast, in similar clothes each week.', m.summary],
			exercises: [],
			cautions: m.cautions
		}));
	}

	// Compresses: spaced by at least the minimum interval, never over the maximum length.
	notes.push(...compress.notes);
	if (compress.kinds.length > 0) {
		const rules = catalogue.compress;
		const minutes = Math.min(rules.maxMinutes, Math.max(rules.minMinutes, profile.compressMinutes));
		const starts = kept
			.filter((k) => k.measure === 'cold-compress' || k.measure === 'warm-compress')
			.map((k) => k.startMinutes);
		const maxSessions = flare ? Number.POSITIVE_INFINITY : rules.maxRecoverySessions;
		let anchor = wake + 30;
		for (let n = 0; n < maxSessions && anchor < sleep; n += 1) {
			const kind: CompressMeasureId = compress.kinds[n % compress.kinds.length]!;
			const keptSession = kept.find((k) => k.id === idFor(kind, n));
			if (keptSession) {
				anchor = keptSession.startMinutes + rules.intervalMinutes;
				continue;
			}
			const bedtime = compress.notAtBedtime.includes(kind) ? rules.bedtimeBufferMinutes : 0;
			const start = timeline.find(anchor, minutes, {
				latestEnd: sleep - bedtime,
				searchBack: false,
				accept: (s) => starts.every((other) => Math.abs(other - s) >= rules.minIntervalMinutes)
			});
			if (start === null) break;
			starts.push(start);
			const measure = catalogue.measures[kind];
			add({
				id: idFor(kind, n),
				measure: kind,
				kind: 'timed',
				title: measure.title,
				startMinutes: start,
				durationMinutes: minutes,
				instructions: [
					`${minutes} minutes, then take it off. Set the timer.`,
					'Check your skin when you take it off.'
				],
				exercises: [],
				cautions: [...measure.cautions, ...compress.cautions]
			});
			anchor = start + rules.intervalMinutes;
		}
	}

	// Stretches, as chosen above.
	if (stretches.length > 0) {
		const { reps, note: doseNote } = repsFor(stretches, past, flare, verdicts);
		const dosed = stretches.map((exercise) => {
			const side = sideWords(exercise, profile);
			return {
				exercise,
				reps: reps.get(exercise.id)!,
				sideCount: side.count,
				sideWords: side.words
			};
		});
		const planned: PlannedExercise[] = dosed.map((d) => ({
			exerciseId: d.exercise.id,
			name: d.exercise.name,
			reps: d.reps,
			holdSeconds: d.exercise.holdSeconds,
			sides: d.sideWords
		}));
		const duration = sessionMinutes(dosed);
		const sessions = Math.min(
			flare ? 2 : profile.stretchSessionsPerDay,
			...stretches.map((e) => e.maxSessionsPerDay)
		);
		const anchors = STRETCH_ANCHORS[sessions] ?? [0.1];
		// Every session of the day is the same; its words are built once.
		const session = {
			title: flare ? 'Stretch (gentle)' : 'Stretch',
			instructions: doseNote ? [...planned.map(describeDose), doseNote] : planned.map(describeDose),
			exercises: planned,
			cautions: [
				...new Set([
					...catalogue.measures.stretch.cautions,
					...stretches.flatMap((e) => e.stopRules)
				])
			]
		};
		anchors.forEach((fraction, n) =>
			placeOrNote(
				'stretch',
				n,
				wake + Math.round(span * fraction),
				duration,
				sittingToday,
				() => session
			)
		);
	}

	// A daily walk, growing with comfortable days in recovery.
	const walking = catalogue.exercises.walking;
	const walk = walkMinutesFor(catalogue.walk, past, flare, verdicts);
	const walkMinutes = walk.minutes;
	placeOrNote('walk', 0, wake + Math.round(span * 0.35), walkMinutes, sittingToday, () => ({
		title: measureTitle('walk'),
		instructions: [
			`Walk at an easy pace on the flat for ${walkMinutes} minutes.`,
			...(walk.note ? [walk.note] : []),
			...walking.steps.slice(1)
		],
		exercises: [
			{ exerciseId: 'walking', name: walking.name, reps: 1, holdSeconds: null, sides: null }
		],
		cautions: [...new Set([...catalogue.measures.walk.cautions, ...walking.stopRules])]
	}));

	// Relaxation: relative rest, not bed rest; twice on flare days.
	const relaxations: { exercise: Exercise; anchor: number }[] = flare
		? [
				{
					exercise: catalogue.exercises['belly-breathing'],
					anchor: wake + Math.round(span * 0.55)
				},
				{ exercise: catalogue.exercises['muscle-relaxation'], anchor: sleep - 90 }
			]
		: [{ exercise: catalogue.exercises['muscle-relaxation'], anchor: sleep - 90 }];
	relaxations.forEach(({ exercise, anchor }, n) =>
		placeOrNote('rest', n, anchor, exercise.minutes ?? 5, sittingToday, () => ({
			title: `${measureTitle('rest')}: ${exercise.name.toLowerCase()}`,
			instructions: exercise.steps,
			exercises: [
				{
					exerciseId: exercise.id,
					name: exercise.name,
					reps: 1,
					holdSeconds: exercise.holdSeconds,
					sides: null
				}
			],
			cautions: [...new Set([...catalogue.measures.rest.cautions, ...exercise.stopRules])]
		}))
	);

	// Sitting breaks: a prompt every N minutes of the sitting hours.
	let breakNumber = 0;
	const breaks = catalogue.measures['sitting-break'];
	const breakSuggestions = sittingBreakSuggestions(
		catalogue.sittingBreakSuggestions,
		profile.stretchIds,
		dayPhase.phase,
		(id) => catalogue.exercises[id].gentle
	);
	for (const block of sittingToday) {
		for (
			let t = block.start + profile.sittingBreakMinutes;
			t + SITTING_BREAK_MINUTES <= block.end;
			t += profile.sittingBreakMinutes
		) {
			const n = breakNumber++;
			const id = idFor('sitting-break', n);
			if (keptIds.has(id) || skipped.some((g) => t >= g.start && t < g.end)) continue;
			add({
				id,
				measure: 'sitting-break',
				kind: 'prompt',
				title: breaks.title,
				startMinutes: t,
				durationMinutes: SITTING_BREAK_MINUTES,
				instructions: breakSuggestions,
				exercises: [],
				cautions: breaks.cautions
			});
		}
	}

	for (const [measure, count] of unplaced) {
		const what = count === 1 ? 'this item' : `${count} items`;
		notes.unshift(`${measureTitle(measure)}: no free time left today for ${what}.`);
	}
	items.sort((a, b) => a.startMinutes - b.startMinutes || (a.id < b.id ? -1 : 1));
	// A same-day sign limits the day to the flare-day measures; it never adds sessions the normal
	// day would not have (flare days space compresses more often and rest twice). Both are whole days.
	const limited =
		flareOnly && onDate.phase !== 'flare'
			? withinNormalDay(
					items,
					buildDay(
						profile,
						date,
						history,
						{ ...context, flareOnly: false, setUpAt: null },
						{ kept, ifAllowed: [], cut: Number.NEGATIVE_INFINITY }
					).items,
					keptIds
				)
			: items;
	// The whole day is laid out; what would already be missed at the cut is not owed.
	const owed =
		cut === Number.NEGATIVE_INFINITY
			? limited
			: limited.filter((i) => keptIds.has(i.id) || owedAt(i, cut));
	return {
		date,
		phase: dayPhase.phase,
		flareDay: dayPhase.flareDay,
		badDay: dayPhase.badDay,
		items: owed,
		notes,
		generatedAt: now.toISOString(),
		...(flareOnly ? { warningHold: true } : {}),
		...(setUpToday ? { startsAt: minutesToWallTime(setUp) } : {})
	};
}

/** Compresses count as one kind of session: a limited day may swap warm for cold, not add one. */
const sessionKind = (measure: CareMeasureId): string =>
	measure === 'cold-compress' || measure === 'warm-compress' ? 'compress' : measure;

/**
 * The limited day's items, at most as many of each kind of session as the normal day holds: items
 * already done always stay (the normal day holds them too), then the earliest of the rest.
 */
export function withinNormalDay(
	limited: readonly PlanItem[],
	normal: readonly PlanItem[],
	keptIds: ReadonlySet<string> = new Set()
): PlanItem[] {
	const left = new Map<string, number>();
	const count = (item: PlanItem, by: number) =>
		left.set(sessionKind(item.measure), (left.get(sessionKind(item.measure)) ?? 0) + by);
	for (const item of normal) count(item, 1);
	for (const item of limited) if (keptIds.has(item.id)) count(item, -1);
	return limited.filter((item) => {
		if (keptIds.has(item.id)) return true;
		if ((left.get(sessionKind(item.measure)) ?? 0) <= 0) return false;
		count(item, -1);
		return true;
	});
}

/**
 * Plans a day again after a change (profile, bad day, a check-in, a warning sign). Every item
 * already done or skipped stays exactly as it was; so does every item whose time has come (missed
 * or due) or that was snoozed, unless the day no longer holds its measure (numbness reported takes
 * compresses off, the weight module turned off takes the weigh-in): the plan's notes say why. New
 * items are owed from now on, in their whole-day slots.
 */
export function regenerateDay(
	previous: DayPlan,
	records: Readonly<Record<string, { readonly status: CheckInStatus }>>,
	profile: Profile,
	history: readonly DayRecord[],
	context: PlanContext
): DayPlan {
	const now = minuteInDay(context.now, previous.date, context.timeZone, profile);
	const kept: PlanItem[] = [];
	const ifAllowed: PlanItem[] = [];
	for (const item of previous.items) {
		const status = records[item.id]?.status;
		if (status === 'done' || status === 'skipped') kept.push(item);
		else if (status === 'snoozed' || item.startMinutes <= now) ifAllowed.push(item);
	}
	return buildDay(profile, previous.date, history, context, { kept, ifAllowed, cut: now });
}
