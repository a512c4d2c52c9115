import type { RedFlagId } from '$lib/domain/care';
import type { LocalDate } from '$lib/domain/time';
import {
	checkVisitAnswers,
	NO_VISIT_ANSWERS,
	type InjuryKind,
	type VisitAnswers,
	type VisitAnswersCheck,
	type YesNoUnsure
} from '$lib/domain/visit-answers';

type YesNo = 'yes' | 'no' | '';

/**
 * The doctor's questions being answered in a form: loose (empty fields, questions left out),
 * turned into checked answers by `result()`. Every question may stay unanswered.
 */
export class VisitAnswersDraft {
	startKind = $state<'date' | 'about' | ''>('');
	startDate = $state('');
	startAmount = $state<number | null>(null);
	startUnit = $state<'weeks' | 'months'>('weeks');
	/** The day an "about N weeks ago" was first given: kept when the answer is saved again. */
	startAnsweredOn: LocalDate | null = null;
	onset = $state<'sudden' | 'gradual' | ''>('');
	injury = $state<YesNo>('');
	injuryKinds = $state<InjuryKind[]>([]);
	injuryNote = $state('');
	/** The injury warning signs, asked when the injury named can break a bone; kept as warning
	 * signs, not with these answers. */
	injurySigns = $state<Partial<Record<RedFlagId, boolean>>>({});
	sittingHours = $state<number | null>(null);
	sport = $state<YesNo>('');
	runningOrStairs = $state<YesNo>('');
	heavyLifting = $state<YesNo>('');
	exerciseRoutine = $state('');
	familyWeakness = $state<YesNoUnsure | ''>('');
	familyNote = $state('');
	tried = $state('');
	helps = $state('');
	worsens = $state('');
	#kept: VisitAnswers = NO_VISIT_ANSWERS;

	/** A form showing stored answers; a pain start date from set-up fills the first question. */
	static from(
		answers: VisitAnswers | null,
		painStartedOn: LocalDate | null = null
	): VisitAnswersDraft {
		const draft = new VisitAnswersDraft();
		const a = answers ?? NO_VISIT_ANSWERS;
		draft.#kept = a;
		const start = a.painStart;
		if (start?.kind === 'date') {
			draft.startKind = 'date';
			draft.startDate = start.on;
		} else if (start?.kind === 'about') {
			draft.startKind = 'about';
			draft.startAmount = start.amount;
			draft.startUnit = start.unit;
			draft.startAnsweredOn = start.answeredOn;
		} else if (painStartedOn) {
			draft.startKind = 'date';
			draft.startDate = painStartedOn;
		}
		draft.onset = a.onset ?? '';
		draft.injury = a.injury ?? '';
		draft.injuryKinds = [...a.injuryKinds];
		draft.injuryNote = a.injuryNote;
		draft.sittingHours = a.sittingHoursAtWork;
		draft.sport = a.sport ?? '';
		draft.runningOrStairs = a.runningOrStairs ?? '';
		draft.heavyLifting = a.heavyLifting ?? '';
		draft.exerciseRoutine = a.exerciseRoutine;
		draft.familyWeakness = a.familyWeakness ?? '';
		draft.familyNote = a.familyNote;
		draft.tried = a.tried;
		draft.helps = a.helps;
		draft.worsens = a.worsens;
		return draft;
	}

	/** The answers as they stand, checked; `now` is when they are saved. */
	result(today: LocalDate, now: Date): VisitAnswersCheck {
		const amount = this.startAmount;
		const painStart =
			this.startKind === 'date' && this.startDate !== ''
				? { kind: 'date' as const, on: this.startDate }
				: this.startKind === 'about' && amount !== null && !Number.isNaN(amount)
					? {
							kind: 'about' as const,
							amount,
							unit: this.startUnit,
							answeredOn: this.startAnsweredOn ?? today
						}
					: null;
		if (this.startKind === 'date' && this.startDate === '')
			return {
				ok: false,
				issues: [{ field: 'painStart.on', message: 'Choose the day, or pick "Not sure".' }]
			};
		if (this.startKind === 'about' && painStart === null)
			return {
				ok: false,
				issues: [
					{
						field: 'painStart.amount',
						message: 'Say how many weeks or months, or pick "Not sure".'
					}
				]
			};
		const hours = this.sittingHours;
		return checkVisitAnswers(
			{
				painStart,
				onset: this.onset || null,
				injury: this.injury || null,
				injuryKinds: this.injury === 'yes' ? this.injuryKinds : [],
				injuryNote: this.injury === 'yes' ? this.injuryNote.trim() : '',
				sittingHoursAtWork: hours === null || Number.isNaN(hours) ? null : hours,
				sport: this.sport || null,
				runningOrStairs: this.runningOrStairs || null,
				heavyLifting: this.heavyLifting || null,
				exerciseRoutine: this.exerciseRoutine.trim(),
				familyWeakness: this.familyWeakness || null,
				familyNote: this.familyWeakness === 'yes' ? this.familyNote.trim() : '',
				tried: this.tried.trim(),
				helps: this.helps.trim(),
				worsens: this.worsens.trim(),
				answeredAt: now.toISOString(),
				cardDismissedAt: this.#kept.cardDismissedAt
			},
			today
		);
	}
}
