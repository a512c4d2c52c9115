import { SITTING_BREAK_SUGGESTIONS } from '$lib/content/sitting-breaks';
import type { Clock, ReminderSink } from '$lib/domain/ports';
import {
	clockJumped,
	dueReminders,
	inQuietHours,
	nextRestPrompt,
	NOT_SITTING,
	reminderSchedule,
	sentKey,
	type ReminderSettings,
	type SittingState
} from '$lib/domain/reminders';
import { isoWeekday, addDays, wallClockAt, wallTimeToMinutes } from '$lib/domain/time';
import type { IdbSettingsRepository } from '$lib/storage/repositories';
import type { ReminderCapabilities } from '$lib/reminders/capabilities';
import { askNotificationPermission, setBadge } from '$lib/reminders/notification-sink';
import type { AppState, WorkerAction } from './app-state.svelte';

/** What the reminders need from the app state that owns them. */
export interface ReminderHost {
	readonly clock: Clock;
	readonly sink?: ReminderSink;
	readonly settings: IdbSettingsRepository;
	readonly enableMorningSummary?: () => Promise<boolean>;
	guard(action: () => Promise<unknown>): Promise<boolean>;
	planning(): Promise<typeof import('./planning-engine')>;
}

/**
 * Reminders, rest prompts and calendar export for the app state: loaded after the first screen,
 * from the first tick. The state it shows lives on AppState; the bookkeeping lives here.
 */
export class RemindersController {
	#sent = new Set<string>();
	#sentFor = '';
	#lastReading: { wallMs: number; monotonicMs: number; zone: string } | null = null;
	#sittingStartedAutomatically = false;
	#restPromptShownFor: string | null = null;
	/** The date the person switched sitting off in their sitting hours; read from storage once. */
	#sittingOffOn: string | null | undefined = undefined;

	constructor(
		private readonly app: AppState,
		private readonly host: ReminderHost
	) {}

	/** Whether the wall clock or the zone jumped since the last tick (then the day is rebuilt). */
	clockJumped(now: Date): boolean {
		const reading = {
			wallMs: now.getTime(),
			monotonicMs: this.host.clock.monotonicMs(),
			zone: this.host.clock.timeZone()
		};
		const jumped =
			this.#lastReading !== null &&
			(this.#lastReading.zone !== reading.zone || clockJumped(this.#lastReading, reading));
		this.#lastReading = reading;
		return jumped;
	}

	/** One tick: due reminders, the sitting timer and the app badge. */
	async check(now: Date): Promise<void> {
		if (this.#sentFor !== this.app.today) {
			this.#sentFor = this.app.today;
			this.#sent = new Set(
				(await this.host.settings.get<string[]>(`remindersSent:${this.app.today}`)) ?? []
			);
		}
		await this.#checkReminders(now);
		await this.#checkSitting(now);
		const { progress } = this.app;
		setBadge(progress.total - progress.done - progress.skipped);
	}

	async #checkReminders(now: Date): Promise<void> {
		if (!this.app.plan) return;
		const schedule = reminderSchedule(
			this.app.plan,
			this.app.reminderSettings,
			this.host.clock.timeZone()
		);
		const { fire } = dueReminders(schedule, this.app.checkIns, this.#sent, now);
		if (fire.length === 0) return;
		for (const r of fire) this.#sent.add(sentKey(r.itemId, r.at));
		this.app.activeReminders = [
			...this.app.activeReminders.filter((a) => !fire.some((f) => f.itemId === a.itemId)),
			...fire
		];
		await this.host.guard(() =>
			this.host.settings.set(`remindersSent:${this.app.today}`, [...this.#sent])
		);
		for (const r of fire) {
			await this.host.sink
				?.show({
					tag: r.itemId,
					title: r.title,
					body: r.body,
					kind: 'item',
					itemId: r.itemId,
					date: this.app.today
				})
				.catch(() => undefined);
		}
	}

	/** Whether `now` is inside one of today's sitting blocks. */
	#inSittingHours(now: Date): boolean {
		const profile = this.app.profile;
		if (!profile) return false;
		const wall = wallClockAt(now, this.host.clock.timeZone());
		const weekday = isoWeekday(wall.date);
		return profile.sittingBlocks.some(
			(b) =>
				b.weekdays.includes(weekday) &&
				wall.minutes >= wallTimeToMinutes(b.start) &&
				wall.minutes < wallTimeToMinutes(b.end)
		);
	}

	async #checkSitting(now: Date): Promise<void> {
		const inHours = this.#inSittingHours(now);
		this.#sittingOffOn ??= (await this.host.settings.get<string>('sittingOffOn')) ?? null;
		const manuallyOff = this.#sittingOffOn === this.app.today;
		if (inHours && !this.app.sitting.since && !manuallyOff) {
			this.#sittingStartedAutomatically = true;
			await this.#saveSitting({ since: now.toISOString(), snoozedUntil: null, pausedUntil: null });
		} else if (!inHours && this.app.sitting.since && this.#sittingStartedAutomatically) {
			this.#sittingStartedAutomatically = false;
			await this.#saveSitting(NOT_SITTING);
		}
		const profile = this.app.profile;
		if (!profile || !this.app.reminderSettings.enabled) return;
		const zone = this.host.clock.timeZone();
		const due = nextRestPrompt(
			this.app.sitting,
			profile.sittingBreakMinutes,
			this.app.reminderSettings.quietHours,
			zone
		);
		const quiet = inQuietHours(
			wallClockAt(now, zone).minutes,
			this.app.reminderSettings.quietHours
		);
		this.app.restPromptDue = due !== null && now >= due && !quiet;
		if (due && this.app.restPromptDue && this.#restPromptShownFor !== due.toISOString()) {
			this.#restPromptShownFor = due.toISOString();
			await this.host.sink
				?.show({
					tag: 'rest-prompt',
					title: `You have been sitting for ${profile.sittingBreakMinutes} minutes`,
					body: SITTING_BREAK_SUGGESTIONS[0],
					kind: 'rest',
					itemId: null,
					date: this.app.today
				})
				.catch(() => undefined);
		}
	}

	async #saveSitting(state: SittingState): Promise<void> {
		this.app.sitting = state;
		await this.host.guard(() => this.host.settings.set('sitting', state));
	}

	/** The "I'm sitting" switch. Turning it off in the sitting hours keeps it off for today. */
	async setSitting(on: boolean): Promise<void> {
		const now = this.host.clock.now();
		this.#sittingStartedAutomatically = false;
		if (!on && this.#inSittingHours(now)) {
			this.#sittingOffOn = this.app.today;
			await this.host.guard(() => this.host.settings.set('sittingOffOn', this.app.today));
		}
		if (on) {
			this.#sittingOffOn = null;
			await this.host.guard(() => this.host.settings.set('sittingOffOn', null));
		}
		await this.#saveSitting(
			on ? { since: now.toISOString(), snoozedUntil: null, pausedUntil: null } : NOT_SITTING
		);
		this.app.restPromptDue = false;
	}

	/** "Took a break": the sitting timer starts again, and the due sitting-break item is ticked. */
	async tookBreak(): Promise<void> {
		const now = this.host.clock.now();
		const due = this.app.items.find(
			(v) => v.item.measure === 'sitting-break' && (v.state === 'due' || v.state === 'missed')
		);
		if (due) await this.app.markDone(due.item);
		await this.#saveSitting({ since: now.toISOString(), snoozedUntil: null, pausedUntil: null });
		this.app.restPromptDue = false;
	}

	async restLater(minutes = 10): Promise<void> {
		const until = new Date(this.host.clock.now().getTime() + minutes * 60_000).toISOString();
		await this.#saveSitting({ ...this.app.sitting, snoozedUntil: until });
		this.app.restPromptDue = false;
	}

	async pauseRestPrompts(minutes = 60): Promise<void> {
		const until = new Date(this.host.clock.now().getTime() + minutes * 60_000).toISOString();
		await this.#saveSitting({ ...this.app.sitting, pausedUntil: until });
		this.app.restPromptDue = false;
	}

	/** A banner's or a notification's "Done" / "Snooze 10 min". */
	async answerReminder(itemId: string, action: 'done' | 'snooze' | 'dismiss'): Promise<void> {
		this.app.activeReminders = this.app.activeReminders.filter((r) => r.itemId !== itemId);
		const item = this.app.plan?.items.find((i) => i.id === itemId);
		if (!item || action === 'dismiss') return;
		if (action === 'done') await this.app.markDone(item);
		else await this.app.snooze(item, 10);
	}

	/** Notification actions the worker passed on because a page was open. */
	async handleWorkerMessage(data: unknown): Promise<void> {
		const message = data as Partial<WorkerAction> | null;
		if (message?.type !== 'notification-action') return;
		if (message.kind === 'rest') {
			if (message.action === 'break') await this.tookBreak();
			else if (message.action === 'later') await this.restLater();
			return;
		}
		const answer = message.action;
		if (
			message.itemId &&
			message.date === this.app.today &&
			(answer === 'done' || answer === 'snooze')
		) {
			await this.answerReminder(message.itemId, answer);
		}
	}

	async saveReminderSettings(settings: ReminderSettings): Promise<boolean> {
		const plain = $state.snapshot(settings) as ReminderSettings;
		const saved = await this.host.guard(() => this.host.settings.set('reminders', plain));
		if (saved) this.app.reminderSettings = plain;
		return saved;
	}

	/** What this device can do for reminders, for Settings. */
	async reminderCapabilities(): Promise<ReminderCapabilities> {
		const { reminderCapabilities } = await import('$lib/reminders/capabilities');
		return reminderCapabilities();
	}

	/** Asks for notification permission (only ever from a tap), then the morning summary. */
	async allowNotifications(): Promise<NotificationPermission | 'unsupported'> {
		const answer = await askNotificationPermission();
		if (answer === 'granted') await this.host.enableMorningSummary?.();
		return answer;
	}

	/** "Send a test reminder": a banner now, and a notification where this device allows one. */
	async sendTest(): Promise<void> {
		const title = 'Test reminder';
		const body = 'Reminders work on this device.';
		this.app.activeReminders = [
			...this.app.activeReminders.filter((r) => r.itemId !== 'test'),
			{ itemId: 'test', measure: 'rest', title, body, at: this.host.clock.now(), itemStart: '' }
		];
		await this.host.sink
			?.show({ tag: 'test', title, body, kind: 'item', itemId: null, date: this.app.today })
			.catch(() => undefined);
	}

	/** The plan's typical week as an .ics calendar file. */
	async calendarFile(): Promise<{ name: string; text: string } | null> {
		if (!this.app.profile) return null;
		const { weeklyCalendar, weeklyEventsFromProfile } = await import('$lib/reminders/ics');
		const from = addDays(this.app.currentDate, 1);
		const lead = this.app.reminderSettings.leadMinutes;
		const zone = this.host.clock.timeZone();
		const { CARE_CATALOGUE } = await this.host.planning();
		const events = weeklyEventsFromProfile(this.app.profile, CARE_CATALOGUE, from, zone, lead);
		return {
			name: 'deep-gluteal-care-plan.ics',
			text: weeklyCalendar(events, from, this.host.clock.now())
		};
	}
}
