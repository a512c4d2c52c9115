// Everything needed to make a plan, triage or summarise history, loaded on first use: a day whose
// plan is already stored opens without it.
export { CARE_CATALOGUE } from '$lib/content/care-rules';
export { summarizeHistory } from '$lib/domain/history-summary';
export { planDay, regenerateDay } from '$lib/domain/plan';
export { triage } from '$lib/domain/triage';
export { readDayRecords } from '$lib/storage/history-reader';
