import { SITTING_BREAK_SUGGESTIONS } from '$lib/content/sitting-breaks';
import { REST_LATER_MINUTES, REST_PAUSE_MINUTES, openItemCount } from '$lib/domain/day';
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
import {
	DEFAULT_REMINDER_SETTINGS,
	NOT_SITTING,
	type ReminderSettings,
	type SittingState
} from '$lib/domain/reminder-settings';
import type { ScheduledReminder } from '$lib/domain/reminders';
import {
	itemAnswerFor,
	readNotificationActionMessage,
	TAGS,
	type ItemAction
} from '$lib/pwa/protocol';
import type { Planning } from './planning';
import type { Problems } from './problems.svelte';
import type { TodayState } from './today.svelte';

/** The settings this class reads at start-up. */
export const REMINDERS_STARTUP_KEYS = ['reminders', 'sitting'] as const;

type ReminderRules = typeof import('$lib/domain/reminders');
type CalendarWriter = typeof import('$lib/reminders/ics');

export interface RemindersDependencies {
	readonly today: TodayState;
	readonly settings: SettingsRepository;
	readonly clock: Clock;
	readonly problems: Problems;
	/** System notifications; the in-app banner works without one. */
	readonly sink: ReminderSink;
	readonly permission: NotificationPermissionPort;
	readonly badge: AppBadge;
	readonly worker: WorkerPort;
	/** The reminder arithmetic (time zones through Intl), loaded after the first screen. */
	readonly rules: () => Promise<ReminderRules>;
	readonly calendar: () => Promise<CalendarWriter>;
	readonly planning: () => Promise<Planning>;
}

const sittingFrom = (at: Date): SittingState => ({
	since: at.toISOString(),
	snoozedUntil: null,
	pausedUntil: null
});
const minutesAfter = (at: Date, minutes: number) =>
	new Date(at.getTime() + minutes * 60_000).toISOString();

/**
 * Reminders and sitting: the reminder settings, the banners showing now, whether the person is
 * sitting and whether a rest prompt is due. Every tick checks what is due; the person's answers
 * come from banners, Today and notifications.
 */
export class RemindersState {
	#settings = $state.raw<ReminderSettings>(DEFAULT_REMINDER_SETTINGS);
	#active = $state.raw<readonly ScheduledReminder[]>([]);
	#sitting = $state.raw<SittingState>(NOT_SITTING);
	#restPromptDue = $state(false);

	// Bookkeeping, not shown: what was sent today, the last clock reading, the prompt last shown.
	#sent = new Set<string>();
	#sentFor = '';
	#lastReading: { wallMs: number; monotonicMs: number; zone: string } | null = null;
	#sittingStartedAutomatically = false;
	#restPromptShownFor: string | null = null;
	/** The date the person switched sitting off in their sitting hours; read from storage once. */
	#sittingOffOn: string | null | undefined = undefined;

	constructor(private readonly deps: RemindersDependencies) {}

	get settings(): ReminderSettings {
		return this.#settings;
	}
	/** Reminders showing as in-app banners now. */
	get active(): readonly ScheduledReminder[] {
		return this.#active;
	}
	get sitting(): SittingState {
		return this.#sitting;
	}
	/** A rest prompt is showing (the person has sat for the set interval). */
	get restPromptDue(): boolean {
		return this.#restPromptDue;
	}

	/** Takes what start-up read. */
	load(stored: ReadonlyMap<string, unknown>): void {
		this.#settings = {
			...DEFAULT_REMINDER_SETTINGS,
			...((stored.get('reminders') as Partial<ReminderSettings> | undefined) ?? {})
		};
		this.#sitting = (stored.get('sitting') as SittingState | undefined) ?? NOT_SITTING;
	}

	/** Forgets the bookkeeping and the banners (after a restore or a deletion). */
	reset(): void {
		this.#active = [];
		this.#restPromptDue = false;
		this.#sent = new Set();
		this.#sentFor = '';
		this.#lastReading = null;
		this.#sittingStartedAutomatically = false;
		this.#restPromptShownFor = null;
		this.#sittingOffOn = undefined;
	}

	/** Whether the wall clock or the zone jumped since the last tick (then the day is read again). */
	async clockJumped(now: Date): Promise<boolean> {
		const { clockJumped } = await this.deps.rules();
		const reading = {
			wallMs: now.getTime(),
			monotonicMs: this.deps.clock.monotonicMs(),
			zone: this.deps.clock.timeZone()
		};
		const previous = this.#lastReading;
		this.#lastReading = reading;
		return previous !== null && (previous.zone !== reading.zone || clockJumped(previous, reading));
	}

	/** One tick: due reminders, the sitting timer and the app badge. */
	async check(now: Date): Promise<void> {
		const { today } = this.deps;
		if (this.#sentFor !== today.date) {
			// A new day: yesterday's banners go, and what was already sent today is read back.
			this.#active = [];
			this.#sentFor = today.date;
			const sent = await this.#read<string[]>(`remindersSent:${today.date}`);
			this.#sent = new Set(sent ?? []);
		}
		const rules = await this.deps.rules();
		await this.#checkReminders(now, rules);
		await this.#checkSitting(now, rules);
		this.deps.badge.set(openItemCount(today.progress));
	}

	async #checkReminders(now: Date, rules: ReminderRules): Promise<void> {
		const { today } = this.deps;
		if (!today.plan) return;
		const schedule = rules.reminderSchedule(today.plan, this.#settings, this.deps.clock.timeZone());
		const fire = rules.dueReminders(schedule, today.checkIns, this.#sent, now);
		if (fire.length === 0) return;
		for (const r of fire) this.#sent.add(rules.sentKey(r.itemId, r.at));
		this.#active = [
			...this.#active.filter((a) => !fire.some((f) => f.itemId === a.itemId)),
			...fire
		];
		const key = `remindersSent:${today.date}`;
		await this.deps.problems.guard(() => this.deps.settings.set(key, [...this.#sent]));
		for (const r of fire) {
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

	async #checkSitting(now: Date, rules: ReminderRules): Promise<void> {
		const { profile, date } = this.deps.today;
		if (!profile) return;
		const zone = this.deps.clock.timeZone();
		const inHours = rules.inSittingHours(profile.sittingBlocks, now, zone);
		this.#sittingOffOn ??= (await this.#read<string>('sittingOffOn')) ?? null;
		const manuallyOff = this.#sittingOffOn === date;
		if (inHours && !this.#sitting.since && !manuallyOff) {
			this.#sittingStartedAutomatically = true;
			await this.#saveSitting(sittingFrom(now));
		} else if (!inHours && this.#sitting.since && this.#sittingStartedAutomatically) {
			this.#sittingStartedAutomatically = false;
			await this.#saveSitting(NOT_SITTING);
		}
		const interval = profile.sittingBreakMinutes;
		const prompt = rules.restPromptAt(this.#sitting, interval, this.#settings, now, zone);
		this.#restPromptDue = prompt.showing;
		const dueKey = prompt.dueAt?.toISOString() ?? null;
		if (prompt.showing && this.#restPromptShownFor !== dueKey) {
			this.#restPromptShownFor = dueKey;
			await this.#notify({
				tag: TAGS.restPrompt,
				title: `You have been sitting for ${interval} minutes`,
				body: SITTING_BREAK_SUGGESTIONS[0],
				kind: 'rest',
				itemId: null,
				date
			});
		}
	}

	async #read<T>(key: string): Promise<T | undefined> {
		let value: T | undefined;
		await this.deps.problems.guard(async () => (value = await this.deps.settings.get<T>(key)));
		return value;
	}

	/** A notification where the device allows one; the banner shows regardless. */
	async #notify(message: ReminderMessage): Promise<void> {
		await this.deps.sink.show(message).catch(() => undefined);
	}

	async #saveSitting(state: SittingState): Promise<void> {
		this.#sitting = state;
		await this.deps.problems.guard(() => this.deps.settings.set('sitting', state));
	}

	/** The "I'm sitting" switch. Turning it off in the sitting hours keeps it off for today. */
	async setSitting(on: boolean): Promise<void> {
		const now = this.deps.clock.now();
		const { profile, date } = this.deps.today;
		this.#sittingStartedAutomatically = false;
		const rules = await this.deps.rules();
		const inHours =
			profile !== null &&
			rules.inSittingHours(profile.sittingBlocks, now, this.deps.clock.timeZone());
		const offOn = on ? null : inHours ? date : this.#sittingOffOn;
		if (offOn !== undefined && offOn !== this.#sittingOffOn) {
			this.#sittingOffOn = offOn;
			await this.deps.problems.guard(() => this.deps.settings.set('sittingOffOn', offOn));
		}
		await this.#saveSitting(on ? sittingFrom(now) : NOT_SITTING);
		this.#restPromptDue = false;
	}

	/**
	 * "Took a break", from Today, a banner or a notification: the sitting timer starts again, and
	 * today's due (or missed) sitting-break item is ticked.
	 */
	async tookBreak(): Promise<void> {
		const now = this.deps.clock.now();
		const { today } = this.deps;
		const due = today.items.find(
			(v) => v.item.measure === 'sitting-break' && (v.state === 'due' || v.state === 'missed')
		);
		if (due) await today.markDone(due.item);
		if (this.#sitting.since) await this.#saveSitting(sittingFrom(now));
		this.#restPromptDue = false;
	}

	/** The rest prompt's "In 10 min". */
	async restLater(): Promise<void> {
		const until = minutesAfter(this.deps.clock.now(), REST_LATER_MINUTES);
		await this.#saveSitting({ ...this.#sitting, snoozedUntil: until });
		this.#restPromptDue = false;
	}

	/** "Pause 1 h": no rest prompts until then. */
	async pauseRestPrompts(): Promise<void> {
		const until = minutesAfter(this.deps.clock.now(), REST_PAUSE_MINUTES);
		await this.#saveSitting({ ...this.#sitting, pausedUntil: until });
		this.#restPromptDue = false;
	}

	/** A banner's or a notification's "Done" / "Snooze", or the banner closed. */
	async answer(itemId: string, action: ItemAction | 'dismiss'): Promise<void> {
		this.#active = this.#active.filter((r) => r.itemId !== itemId);
		const item = this.deps.today.plan?.items.find((i) => i.id === itemId);
		if (!item || action === 'dismiss') return;
		await this.deps.today.answer(item, itemAnswerFor(action));
	}

	/** Notification actions the worker passed on because a page was open. */
	async handleWorkerMessage(data: unknown): Promise<void> {
		const message = readNotificationActionMessage(data);
		if (!message) return;
		if (message.kind === 'rest') {
			if (message.action === 'break') await this.tookBreak();
			else if (message.action === 'later') await this.restLater();
			return;
		}
		const { action, itemId } = message;
		if (
			itemId &&
			message.date === this.deps.today.date &&
			(action === 'done' || action === 'snooze')
		)
			await this.answer(itemId, action);
	}

	async saveSettings(settings: ReminderSettings): Promise<boolean> {
		const plain = $state.snapshot(settings) as ReminderSettings;
		const saved = await this.deps.problems.guard(() => this.deps.settings.set('reminders', plain));
		if (saved) this.#settings = plain;
		return saved;
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
		await this.#notify({
			tag: TAGS.test,
			title,
			body,
			kind: 'item',
			itemId: null,
			date: this.deps.today.date
		});
	}

	/** The plan's typical week as an .ics calendar file. */
	async calendarFile(): Promise<{ name: string; text: string } | null> {
		const { profile } = this.deps.today;
		if (!profile) return null;
		const [{ weeklyCalendar, weeklyEventsFromProfile }, planning] = await Promise.all([
			this.deps.calendar(),
			this.deps.planning()
		]);
		const from = planning.addDays(this.deps.today.currentDate, 1);
		const zone = this.deps.clock.timeZone();
		const lead = this.#settings.leadMinutes;
		const events = weeklyEventsFromProfile(profile, planning.catalogue, from, zone, lead);
		return {
			name: 'deep-gluteal-care-plan.ics',
			text: weeklyCalendar(events, from, this.deps.clock.now())
		};
	}
}
