import type { Source } from './sources';

/** The home-care measures a day plan is built from (design.md, "Domain model"). */
export const CARE_MEASURE_IDS = [
	'cold-compress',
	'warm-compress',
	'stretch',
	'walk',
	'rest',
	'sitting-break',
	'weigh-in'
] as const;

export type CareMeasureId = (typeof CARE_MEASURE_IDS)[number];

export interface CareMeasure {
	readonly id: CareMeasureId;
	/** Short name used as the checklist item's title. */
	readonly title: string;
	/** One plain sentence on what it is and why. */
	readonly summary: string;
	/** Safety points always shown with the measure. */
	readonly cautions: readonly string[];
	readonly sourceIds: readonly Source['id'][];
}
