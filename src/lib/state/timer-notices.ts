import type { ReminderSink } from '$lib/domain/ports';
import type { PlanItem } from '$lib/domain/plan';
import { timerEndNotice } from '$lib/domain/timer-end';

export interface TimerNoticeDependencies {
	/** System notifications, for a timer that ends while the app is out of sight. */
	readonly sink: ReminderSink;
}

/**
 * The end of a timer said outside the page (issue 25, point 4): while the app is in the background
 * the time being up is a notification, which stays until the person sees it. Loaded on first use.
 */
export class TimerNotices {
	constructor(private readonly deps: TimerNoticeDependencies) {}

	/** Shows that `item`'s timer of `date` ended; nothing when notifications are not allowed. */
	async ended(item: PlanItem, date: string): Promise<void> {
		if (!this.deps.sink.available()) return;
		const { title, body } = timerEndNotice(item.title, item.measure);
		await this.deps.sink.show({
			tag: `timer-end-${item.id}`,
			title,
			body,
			kind: 'item',
			itemId: item.id,
			date,
			noActions: true,
			requireInteraction: true
		});
	}
}
