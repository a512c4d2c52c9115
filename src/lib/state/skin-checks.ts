import { skinSignsFor } from '$lib/content/skin-check';
import type { Clock, ReminderSink, SettingsRepository } from '$lib/domain/ports';
import type { PlanItem } from '$lib/domain/plan';
import {
	SKIN_EVENTS_KEY,
	skinEventsFrom,
	withSkinEvent,
	type CompressKind,
	type SkinAnswer,
	type SkinEventRecord
} from '$lib/domain/skin-events';
import { skinCheckTag } from '$lib/pwa/protocol';
import type { Problems } from './problems.svelte';
import type { TodayState } from './today.svelte';

export interface SkinCheckDependencies {
	readonly today: TodayState;
	readonly settingsStore: SettingsRepository;
	readonly clock: Clock;
	readonly problems: Problems;
	/** System notifications, for a check due while the app is in the background. */
	readonly sink: ReminderSink;
}

export const SKIN_CHECK_TITLE = 'Check your skin now';

const isCompress = (measure: string): measure is CompressKind =>
	measure === 'cold-compress' || measure === 'warm-compress';

/**
 * The skin check during a compress (issue 24): each answer is kept on the device for the visit
 * summary; "looks fine" lets the session go on, a sign ends it. Loaded on first use.
 */
export class SkinChecks {
	constructor(private readonly deps: SkinCheckDependencies) {}

	/** Every skin check answered, oldest first. */
	async events(): Promise<SkinEventRecord> {
		return skinEventsFrom(await this.deps.settingsStore.get<unknown>(SKIN_EVENTS_KEY));
	}

	/** Keeps the answer; a sign seen ends the session (its timer stops and is forgotten). */
	async answer(item: PlanItem, answer: SkinAnswer): Promise<boolean> {
		const { today, settingsStore, clock, problems } = this.deps;
		if (!isCompress(item.measure)) return false;
		const now = clock.now();
		const timer = today.runningTimer;
		const session = timer?.itemId === item.id ? timer : null;
		const saved = await problems.guard(async () => {
			const record = withSkinEvent(await this.events(), {
				at: now.toISOString(),
				date: session?.date ?? today.currentDate,
				measure: item.measure as CompressKind,
				itemId: item.id,
				answer
			});
			await settingsStore.set(SKIN_EVENTS_KEY, record);
		});
		if (!saved) return false;
		if (session)
			await today.keepTimer(answer === 'fine' ? { ...session, checkedAt: now.getTime() } : null);
		return true;
	}

	/** The reminder shown outside the page while the app is in the background. */
	async remind(item: PlanItem): Promise<void> {
		if (!isCompress(item.measure) || !this.deps.sink.available()) return;
		const signs = skinSignsFor(item.measure).map((c) => c.sign!.toLowerCase());
		await this.deps.sink.show({
			tag: skinCheckTag(item.id),
			title: SKIN_CHECK_TITLE,
			body: `${item.title}: pink skin is normal. Take the pack off if you see ${signs.join('; ')}. Open the app to answer.`,
			kind: 'item',
			itemId: item.id,
			date: this.deps.today.runningTimer?.date ?? this.deps.today.currentDate,
			noActions: true
		});
	}
}
