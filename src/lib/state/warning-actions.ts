import type { RedFlagId } from '$lib/domain/care';
import type { Clock, SettingsRepository } from '$lib/domain/ports';
import type { DailyEntry } from '$lib/domain/records';
import {
	WARNING_SIGNS_KEY,
	type WarningResolution,
	type WarningSignRecord,
	type WarningSource
} from '$lib/domain/warning-signs';
import type { Planning } from './planning';
import type { Problems } from './problems.svelte';
import type { TodayState } from './today.svelte';

export interface WarningActionDependencies {
	readonly today: TodayState;
	readonly settingsStore: SettingsRepository;
	readonly clock: Clock;
	readonly problems: Problems;
	readonly planning: () => Promise<Planning>;
}

/**
 * What the person does with warning signs: answers them (set-up, check-in) and deals with them
 * (assessed, dismissed, answered by mistake). Loaded on first use; Today only reads what is kept.
 */
export class WarningActions {
	constructor(private readonly deps: WarningActionDependencies) {}

	/**
	 * Keeps the signs answered yes; a no takes back only that day's yes given in the same place.
	 * `notNewSinceAssessed`: yes answers the person said are not new or worse since an assessment.
	 */
	record(
		answers: DailyEntry['redFlags'],
		from: WarningSource,
		notNewSinceAssessed: readonly RedFlagId[] = []
	): Promise<boolean> {
		const plain = { ...answers }; // a plain copy: the form's answers may be Svelte state
		const known = [...notNewSinceAssessed];
		const date = this.deps.today.currentDate;
		return this.#change((p, record, now) =>
			p.answerWarnings(record, plain, from, date, now, known)
		);
	}

	/**
	 * Records that the person was assessed, dismissed a book-a-visit note, or answered by mistake;
	 * a yes taken back is changed to no in the check-in it came from, so saving it again does not
	 * bring the sign back.
	 */
	async resolve(ids: readonly RedFlagId[], resolution: WarningResolution): Promise<boolean> {
		const { today, planning } = this.deps;
		const takenBack =
			resolution === 'withdrawn'
				? (await planning()).checkInAnswersTakenBack(today.warningSignRecord, ids)
				: new Map();
		const saved = await this.#change((p, record, now) =>
			p.withResolved(record, ids, resolution, now)
		);
		return saved && (takenBack.size === 0 || (await today.takeBackAnswers(takenBack)));
	}

	#change(
		change: (p: Planning, record: WarningSignRecord, now: Date) => WarningSignRecord
	): Promise<boolean> {
		const { today, settingsStore, clock, problems, planning } = this.deps;
		return problems.guard(async () => {
			const record = change(await planning(), today.warningSignRecord, clock.now());
			await settingsStore.set(WARNING_SIGNS_KEY, record);
			await today.holdFor(record);
		});
	}
}
