import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { summarizeHistory } from '$lib/domain/history-summary';
import { planDay, regenerateDay } from '$lib/domain/plan';
import { addDays, type LocalDate } from '$lib/domain/time';
import { triage } from '$lib/domain/triage';
import { HISTORY_DAYS } from '$lib/domain/day';

/**
 * What makes a plan, triages or summarises history, with the care content it reads. Loaded on first
 * use (src/lib/app.ts declares the boundary): a day whose plan is stored opens without it.
 */
export const planning = {
	catalogue: CARE_CATALOGUE,
	planDay,
	regenerateDay,
	triage,
	summarizeHistory,
	addDays,
	/** The first day of the history window that ends on `to`. */
	historyFrom: (to: LocalDate): LocalDate => addDays(to, -HISTORY_DAYS)
};

export type Planning = typeof planning;
