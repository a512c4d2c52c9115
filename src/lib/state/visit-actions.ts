import type { Clock, RangeReader, RangeRecords, SettingsRepository } from '$lib/domain/ports';
import type { LocalDate } from '$lib/domain/time';
import { defaultSummaryRange, type DateRange } from '$lib/domain/visit-range';
import {
	NO_VISIT_ANSWERS,
	painStartDate,
	VISIT_ANSWERS_KEY,
	VisitAnswersSchema,
	type VisitAnswers
} from '$lib/domain/visit-answers';
import { buildVisitSummary, type VisitSummary } from '$lib/domain/visit-summary';
import { SKIN_EVENTS_KEY, skinEventsFrom, type SkinEventRecord } from '$lib/domain/skin-events';
import * as v from 'valibot';
import type { Problems } from './problems.svelte';
import type { TodayState } from './today.svelte';

export interface VisitActionDependencies {
	readonly today: TodayState;
	readonly settingsStore: SettingsRepository;
	readonly records: RangeReader;
	readonly clock: Clock;
	readonly problems: Problems;
}

/** A day's check-in note, offered for the summary (the person chooses which go in). */
export interface DayNote {
	readonly date: LocalDate;
	readonly text: string;
}

/**
 * The doctor's questions and the visit summary: reading and keeping the answers, and making the
 * summary of a range from the records. Loaded on first use, never on the first screen.
 */
export class VisitActions {
	/** The last range read: ticking a note rebuilds the summary without reading it again. */
	#read: {
		key: string;
		answers: VisitAnswers | null;
		raw: RangeRecords;
		skinEvents: SkinEventRecord;
	} | null = null;

	constructor(private readonly deps: VisitActionDependencies) {}

	/** The stored answers; null when there are none (or they do not read, which a restore checks). */
	async answers(): Promise<VisitAnswers | null> {
		const stored = await this.deps.settingsStore.get<unknown>(VISIT_ANSWERS_KEY);
		const parsed = v.safeParse(VisitAnswersSchema, stored);
		return parsed.success ? parsed.output : null;
	}

	/** Keeps checked answers (a parse's output: plain objects, which IndexedDB can store). */
	save(answers: VisitAnswers): Promise<boolean> {
		this.#read = null;
		return this.deps.problems.guard(() => this.deps.settingsStore.set(VISIT_ANSWERS_KEY, answers));
	}

	/** "Not now" on Today's card: the questions stay in Settings and on the summary. */
	async putAside(): Promise<boolean> {
		const { problems, clock } = this.deps;
		let answers: VisitAnswers | null = null;
		const read = await problems.guard(async () => (answers = await this.answers()));
		if (!read) return false;
		return this.save({
			...(answers ?? NO_VISIT_ANSWERS),
			cardDismissedAt: clock.now().toISOString()
		});
	}

	/** The range a summary opens with: the last 4 weeks, or since the pain started if sooner. */
	async defaultRange(): Promise<DateRange> {
		const answers = await this.answers();
		const start = answers?.painStart
			? painStartDate(answers.painStart)
			: (this.deps.today.profile?.painStartedOn ?? null);
		return defaultSummaryRange(this.deps.today.currentDate, start);
	}

	/** The summary of a range, and the range's notes the person may choose to include. */
	async summary(
		range: DateRange,
		includedNotes: readonly LocalDate[]
	): Promise<{ summary: VisitSummary; notes: DayNote[] }> {
		const { today, records } = this.deps;
		const key = `${range.from}/${range.to}`;
		if (this.#read?.key !== key) {
			const [answers, raw, skinEvents] = await Promise.all([
				this.answers(),
				records.rangeRecords(range.from, range.to),
				this.deps.settingsStore.get<unknown>(SKIN_EVENTS_KEY).then(skinEventsFrom)
			]);
			this.#read = { key, answers, raw, skinEvents };
		}
		const { answers, raw, skinEvents } = this.#read;
		const profile = today.profile;
		const summary = buildVisitSummary({
			range,
			answers,
			profilePainStartedOn: profile?.painStartedOn ?? null,
			weightModuleOn: profile?.weight != null,
			entries: raw.entries,
			checkIns: raw.checkIns,
			plans: raw.plans,
			warningSigns: today.warningSignRecord,
			skinEvents: skinEvents.events,
			includedNotes
		});
		const notes = raw.entries
			.filter((e) => e.notes.trim() !== '')
			.map((e) => ({ date: e.date, text: e.notes.trim() }))
			.sort((a, b) => (a.date < b.date ? -1 : 1));
		return { summary, notes };
	}
}
