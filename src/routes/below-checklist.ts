// What Today shows below its checklist, in one chunk that loads beside the day's records: the
// sitting card, and the doctor's questions for people who set up before they were asked.
export { default as SittingBreaks } from './SittingBreaks.svelte';
export { default as VisitQuestionsCard } from './VisitQuestionsCard.svelte';
