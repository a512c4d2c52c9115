import type { ExerciseId, RedFlagId } from './care';
import type { CareMeasureId } from './measures';
import type { Side } from './profile';
import type { LocalDate } from './time';

export type CheckInStatus = 'done' | 'skipped' | 'snoozed';

/** What happened to one plan item; the latest word on it (done after a snooze replaces it). */
export interface CheckIn {
	readonly itemId: string;
	readonly date: LocalDate;
	readonly measure: CareMeasureId;
	readonly status: CheckInStatus;
	/** When it was recorded, ISO 8601. */
	readonly at: string;
	/** Why it was skipped, in the person's words (optional). */
	readonly reason: string | null;
	/** When a snoozed item comes back, ISO 8601. */
	readonly snoozedUntil: string | null;
	readonly exerciseIds: readonly ExerciseId[];
}

export interface Symptoms {
	readonly numbness: boolean;
	readonly tingling: boolean;
	readonly belowKnee: boolean;
	/**
	 * Buttock or leg pain worse on coughing, sneezing or straining: a usual nerve-root sign, recorded
	 * for the visit summary with no alarm (care-content.md section 5, level N).
	 */
	readonly coughSneezeStrain: boolean;
	readonly side: Side | null;
}

/** The daily check-in: one per date, editable that day. */
export interface DailyEntry {
	readonly date: LocalDate;
	/** Pain now, 0-10 (NRS). */
	readonly pain: number | null;
	readonly sittingToleranceMinutes: number | null;
	readonly symptoms: Symptoms;
	/** Red-flag answers: yes, no, or absent when not answered. */
	readonly redFlags: Partial<Record<RedFlagId, boolean>>;
	/** The person declared a bad day / flare. */
	readonly flare: boolean;
	readonly weightKg: number | null;
	/** Pain medicine taken that day, in the person's words (optional; the app gives no advice). */
	readonly medicine: string;
	readonly notes: string;
	readonly updatedAt: string;
}

/** A daily entry with nothing answered yet. */
export function blankDailyEntry(date: LocalDate, now: Date): DailyEntry {
	return {
		date,
		pain: null,
		sittingToleranceMinutes: null,
		symptoms: {
			numbness: false,
			tingling: false,
			belowKnee: false,
			coughSneezeStrain: false,
			side: null
		},
		redFlags: {},
		flare: false,
		weightKg: null,
		medicine: '',
		notes: '',
		updatedAt: now.toISOString()
	};
}
