import type { PlanItem } from '$lib/domain/plan';
import type { CheckIn } from '$lib/domain/records';

export type ItemState = 'done' | 'skipped' | 'snoozed' | 'missed' | 'due' | 'upcoming';

export interface DayItemView {
	readonly item: PlanItem;
	readonly state: ItemState;
	readonly checkIn: CheckIn | null;
}

/** Minutes after its start that an unticked item counts as missed (design choice). */
export const MISSED_AFTER_MINUTES = 15;

/** Where each item of the day stands at `nowMinutes` (wall clock, minutes since midnight). */
export function dayItemViews(
	items: readonly PlanItem[],
	checkIns: Readonly<Record<string, CheckIn>>,
	nowMinutes: number,
	nowIso: string
): DayItemView[] {
	return items.map((item) => {
		const checkIn = checkIns[item.id] ?? null;
		if (checkIn?.status === 'done' || checkIn?.status === 'skipped')
			return { item, state: checkIn.status, checkIn };
		if (checkIn?.status === 'snoozed' && checkIn.snoozedUntil && checkIn.snoozedUntil > nowIso) {
			return { item, state: 'snoozed', checkIn };
		}
		const state: ItemState =
			nowMinutes >= item.startMinutes + Math.max(item.durationMinutes, MISSED_AFTER_MINUTES)
				? 'missed'
				: nowMinutes >= item.startMinutes
					? 'due'
					: 'upcoming';
		return { item, state, checkIn };
	});
}
