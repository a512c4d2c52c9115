import { SITTING_BREAK_SUGGESTIONS } from '$lib/content/sitting-breaks';
import { openItemCount } from '$lib/domain/day';
import { dayEndMinutes, wakingDayOf } from '$lib/domain/local-time';
import type {
	AppBadge,
	Clock,
	NotificationPermissionPort,
	PermissionAnswer,
	ReminderCapabilities,
	ReminderMessage,
	ReminderSink,
	SettingsRepository,
	WorkerPort
} from '$lib/domain/ports';
import type { ScheduledReminder, SnoozeChoice } from '$lib/domain/reminders';
import type { PlanHold } from '$lib/domain/warning-signs';
import {
	itemAnswerFor,
	readNotificationActionMessage,
	skinCheckTag,
	TAGS,
	type ItemAction
} from '$lib/pwa/protocol';
import type { ClosedAppReminders } from './closed-app.svelte';
import type { Planning } from './planning';
import type { Problems } from './problems.svelte';
import type { SettingsState } from './settings.svelte';
import type { Sitting } from './sitting.svelte';
import type { TodayState } from './today.svelte';

type ReminderRules = typeof import('$lib/domain/reminders');
type CalendarWriter = typeof import('$lib/reminders/ics');

export interface RemindersDependencies {
	readonly today: TodayState;
	readonly sitting: Sitting;
	readonly settings: SettingsState;
	readonly store: SettingsRepository;
	readonly clock: Clock;
	readonly problems: Problems;
	/** System notifications; the in-app banner works without one. */
	readonly sink: ReminderSink;
	readonly permission: NotificationPermissionPort;
	readonly badge: AppBadge;
	readonly worker: WorkerPort;
	readonly rules: ReminderRules;
	readonly calendar: () => Promise<CalendarWriter>;
	readonly planning: () => Promise<Planning>;
	/** Reminders through the push relay, for when the app is closed. */
	readonly closedApp: ClosedAppReminders;
}

/**
 * Reminders of plan items: the banners showing now, what was sent today, and the person's answers
 * from banners and notifications. Loaded after the first screen, from the first tick.
 */
export class RemindersState {
	#active = $state.raw<readonly ScheduledReminder[]>([]);

	// Bookkeeping, not shown: what was sent today, the last clock reading.
	#sent = new Set<string>();
	#sentFor = '';
	#lastReading: { wallMs: number; monotonicMs: number; zone: string } | null = null;

	constructor(private readonly deps: RemindersDependencies) {
		// An item answered anywhere on the page (the checklist, a timer, a dialog, a banner, a
		// notification's button): its banner and its notification go at once, not on the next tick.
		// An untick brings nothing back: the item is listed on Today, and reminds again if snoozed.
		deps.today.onItemAnswered((itemId, checkIn) => {
			if (checkIn) this.#withdraw(itemId);
		});
	}

	/** Takes an item's banner and notifications (its reminder, its compress's skin check) away. */
	#withdraw(itemId: string): void {
		this.#active = this.#active.filter((r) => r.itemId !== itemId);
		for (const tag of [itemId, skinCheckTag(itemId)])
			void this.deps.sink.close(tag).catch(() => undefined);
	}

	/** Reminders that reach a closed app (Settings shows the switch). */
	get closedApp(): ClosedAppReminders {
		return this.deps.closedApp;
	}

	/** Reminders showing as in-app banners now. */
	get active(): readonly ScheduledReminder[] {
		return this.#active;
	}

	/** Forgets the bookkeeping and the banners (after a restore or a deletion). */
	reset(): void {
		this.#active = [];
		this.#sent = new Set();
		this.#sentFor = '';
		this.#lastReading = null;
		this.deps.closedApp.reset();
	}

	/** Whether the wall clock or the zone jumped since the last tick (then the day is read again). */
	clockJumped(now: Date): boolean {
		const reading = {
			wallMs: now.getTime(),
			monotonicMs: this.deps.clock.monotonicMs(),
			zone: this.deps.clock.timeZone()
		};
		const previous = this.#lastReading;
		this.#lastReading = reading;
		return (
			previous !== null &&
			(previous.zone !== reading.zone || this.deps.rules.clockJumped(previous, reading))
		);
	}

	/** One tick: sitting hours and the rest prompt, the reminders due now, and the app badge. */
	async check(now: Date): Promise<void> {
		const { today, rules } = this.deps;
		if (this.#sentFor !== today.date) {
			// A new day: yesterday's banners go, and what was already sent today is read back.
			this.#active = [];
			this.#sentFor = today.date;
			let sent: string[] | undefined;
			const key = `remindersSent:${today.date}`;
			await this.deps.problems.guard(async () => (sent = await this.deps.store.get(key)));
			this.#sent = new Set(sent ?? []);
		}
		// An emergency warning sign pauses the plan and every reminder of it until it is dealt with.
		if (today.planHold === 'paused') {
			this.#active = [];
			this.deps.badge.set(0);
			await this.#followClosedApp(now);
			return;
		}
		if (today.plan) {
			const zone = this.deps.clock.timeZone();
			const schedule = rules.reminderSchedule(today.plan, this.deps.settings.reminders, zone);
			const fire = rules.dueReminders(schedule, today.checkIns, this.#sent, now);
			if (fire.length > 0) await this.#fire(fire);
		}
		await this.#followClosedApp(now);
		await this.#checkSitting(now);
		this.deps.badge.set(openItemCount(today.progress));
	}

	/** The relay's window follows the day (a paused plan empties it); it never holds up the tick. */
	async #followClosedApp(now: Date): Promise<void> {
		await this.deps.closedApp.follow(now, this.#sent).catch(() => undefined);
	}

	async #checkSitting(now: Date): Promise<void> {
		const { today, sitting, rules } = this.deps;
		if (!today.profile) return;
		const zone = this.deps.clock.timeZone();
		const inHours = rules.inSittingHours(today.profile.sittingBlocks, now, zone);
		const interval = today.profile.sittingBreakMinutes;
		const settings = this.deps.settings.reminders;
		await sitting.followSittingHours(now, inHours);
		const prompt = rules.restPromptAt(sitting.state, interval, settings, now, zone);
		if (sitting.showRestPrompt(prompt.showing ? prompt.dueAt : null)) {
			await this.#notify({
				tag: TAGS.restPrompt,
				title: `You have been sitting for ${interval} minutes`,
				body: SITTING_BREAK_SUGGESTIONS[0]!.text,
				kind: 'rest',
				itemId: null,
				date: today.date
			});
		}
	}

	async #fire(fire: readonly ScheduledReminder[]): Promise<void> {
		const { today, rules } = this.deps;
		for (const r of fire) this.#sent.add(rules.sentKey(r.itemId, r.at));
		this.#active = [
			...this.#active.filter((a) => !fire.some((f) => f.itemId === a.itemId)),
			...fire
		];
		const key = `remindersSent:${today.date}`;
		await this.deps.problems.guard(() => this.deps.store.set(key, [...this.#sent]));
		for (const r of fire) {
			// Answered while the list was being kept: its banner went already, and so does this.
			if (!this.#active.some((a) => a.itemId === r.itemId)) continue;
			await this.#notify({
				tag: r.itemId,
				title: r.title,
				body: r.body,
				kind: 'item',
				itemId: r.itemId,
				date: today.date
			});
		}
	}

	/** A notification where the device allows one; the banner shows regardless. */
	async #notify(message: ReminderMessage): Promise<void> {
		await this.deps.sink.show(message).catch(() => undefined);
	}

	/**
	 * A banner's or a notification's "Done" / "Snooze" (for `minutes`, or the default), or the
	 * banner closed.
	 */
	async answer(itemId: string, action: ItemAction | 'dismiss', minutes?: number): Promise<void> {
		this.#active = this.#active.filter((r) => r.itemId !== itemId);
		const item = this.deps.today.plan?.items.find((i) => i.id === itemId);
		if (!item || action === 'dismiss') return;
		// (A snooze of an item done or skipped since changes nothing: Today refuses it.)
		const answer =
			action === 'snooze' && minutes
				? { status: 'snoozed' as const, minutes }
				: itemAnswerFor(action);
		await this.deps.today.answer(item, answer);
	}

	/** How long an item can be snoozed now: the default first (the banner and Today's dialog). */
	snoozeChoices(): SnoozeChoice[] {
		const { profile } = this.deps.today;
		const now = wakingDayOf(this.deps.clock.wallClock(this.deps.clock.now()), profile);
		return this.deps.rules.snoozeChoices(now.minutes, profile ? dayEndMinutes(profile) : 0);
	}

	/** Notification actions the worker passed on because a page was open. */
	async handleWorkerMessage(data: unknown): Promise<void> {
		const message = readNotificationActionMessage(data);
		if (!message) return;
		const { action, itemId } = message;
		if (message.kind === 'rest') {
			if (action === 'break') await this.deps.sitting.tookBreak();
			else if (action === 'later') await this.deps.sitting.restLater();
			return;
		}
		const today = message.date === this.deps.today.date;
		if (itemId && today && (action === 'done' || action === 'snooze'))
			await this.answer(itemId, action);
	}

	/** What this device can do for reminders, for Settings. */
	capabilities(): Promise<ReminderCapabilities> {
		return this.deps.worker.capabilities();
	}

	/** Asks for notification permission (only ever from a tap), then the morning summary. */
	async allowNotifications(): Promise<PermissionAnswer> {
		const answer = await this.deps.permission.ask();
		if (answer === 'granted') await this.deps.worker.enableMorningSummary();
		return answer;
	}

	/** "Send a test reminder": a banner now, and a notification where this device allows one. */
	async sendTest(): Promise<void> {
		const title = 'Test reminder';
		const body = 'Reminders work on this device.';
		const at = this.deps.clock.now();
		this.#active = [
			...this.#active.filter((r) => r.itemId !== TAGS.test),
			{ itemId: TAGS.test, measure: 'rest', title, body, at, itemStart: '' }
		];
		const date = this.deps.today.date;
		// Nothing to do or snooze: no Done or Snooze on it (the banner offers only OK).
		await this.#notify({
			tag: TAGS.test,
			title,
			body,
			kind: 'item',
			itemId: null,
			date,
			noActions: true
		});
	}

	/**
	 * The plan's typical week as an .ics calendar file, holding only what the plan allows now (an
	 * open warning sign pauses or limits it); the day and the hold are noted, so Settings can ask
	 * for a new file once the hold lifts.
	 */
	async calendarFile(): Promise<{ name: string; text: string } | null> {
		const { today } = this.deps;
		const { profile } = today;
		if (!profile) return null;
		const [{ weeklyCalendar, weeklyEventsFromProfile }, planning] = await Promise.all([
			this.deps.calendar(),
			this.deps.planning()
		]);
		const hold = today.planHold;
		const from = planning.addDays(today.currentDate, 1);
		const zone = this.deps.clock.timeZone();
		const lead = this.deps.settings.reminders.leadMinutes;
		const events = weeklyEventsFromProfile(profile, planning.catalogue, from, zone, lead, hold);
		const text = weeklyCalendar(events, from, this.deps.clock.now());
		// The file is made even if the note cannot be kept (the problem is shown).
		await this.deps.settings.noteCalendarExport(today.currentDate, hold);
		return { name: 'deep-gluteal-care-plan.ics', text };
	}

	/**
	 * While a warning sign holds the plan, what the calendar file holds and leaves out (event
	 * titles, in the order of the day); null when nothing holds it.
	 */
	async calendarUnderHold(): Promise<{
		hold: Exclude<PlanHold, 'none'>;
		holds: string[];
		leftOut: string[];
	} | null> {
		const { today } = this.deps;
		const hold = today.planHold;
		if (!today.profile || hold === 'none') return null;
		const [{ weeklyEventsFromProfile, leftOutOfCalendar }, planning] = await Promise.all([
			this.deps.calendar(),
			this.deps.planning()
		]);
		const from = planning.addDays(today.currentDate, 1);
		const zone = this.deps.clock.timeZone();
		const { catalogue } = planning;
		const holds = weeklyEventsFromProfile(today.profile, catalogue, from, zone, 0, hold).map(
			(e) => e.summary
		);
		return {
			hold,
			holds: [...new Set(holds)],
			leftOut: leftOutOfCalendar(today.profile, catalogue, from, zone, hold)
		};
	}
}
