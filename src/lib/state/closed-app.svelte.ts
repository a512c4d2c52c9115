import type {
	ClosedAppPush,
	Clock,
	HistoryReader,
	PlanRepository,
	PushUnavailable,
	SettingsRepository
} from '$lib/domain/ports';
import type { DayPlan } from '$lib/domain/plan';
import { PUSH_RELAY_KEY, type PushRelayRecord, type WindowDay } from '$lib/domain/push-window';
import type { Planning } from './planning';
import type { Problems } from './problems.svelte';
import type { SettingsState } from './settings.svelte';
import type { TodayState } from './today.svelte';

type PushWindowRules = typeof import('$lib/domain/push-window');

const OFF: PushRelayRecord = { on: false, device: null, lastReachedAt: null, window: [] };

export type ClosedAppStatus =
	| { readonly kind: 'checking' }
	| { readonly kind: 'off' }
	| { readonly kind: 'unavailable'; readonly why: PushUnavailable }
	| { readonly kind: 'on'; readonly lastReachedAt: Date | null; readonly reminders: number }
	| { readonly kind: 'unreachable'; readonly lastReachedAt: Date | null }
	/**
	 * Turning on did not finish, so it is still off: the relay could not be reached, or took no
	 * window, or the browser refused a subscription. The switch stays, to try again.
	 */
	| { readonly kind: 'not-turned-on'; readonly why: 'unreachable' | 'refused' }
	/** The push service ended the subscription (the relay forgot the device): off until turned on. */
	| { readonly kind: 'ended' };

/** A window is sent again at least this often while the app is open, even unchanged. */
const REFRESH_MS = 6 * 3600_000;
/** After the relay was not reached, the next try waits this long. */
const RETRY_MS = 60_000;

export interface ClosedAppDependencies {
	readonly today: TodayState;
	/** The next days' stored plans, and the history that plans them where none is stored. */
	readonly plans: PlanRepository;
	readonly history: HistoryReader;
	readonly planning: () => Promise<Planning>;
	readonly settings: SettingsState;
	readonly store: SettingsRepository;
	readonly clock: Clock;
	readonly problems: Problems;
	readonly push: ClosedAppPush;
	readonly rules: () => Promise<PushWindowRules>;
}

/**
 * Reminders that reach a closed app: the switch, the honest state of it, and the window of the
 * next days kept true at the relay. `follow` runs on every tick: it uploads when the window
 * changed (plan, check-in, reminder settings, a warning sign), on the first tick after an open,
 * and every few hours.
 */
export class ClosedAppReminders {
	#status = $state.raw<ClosedAppStatus>({ kind: 'checking' });
	#busy = $state(false);

	#record: PushRelayRecord | null = null;
	#uploaded: { fingerprint: string; at: number } | null = null;
	#failedAt = 0;
	#plans: { key: string; profile: unknown; plans: DayPlan[] } | null = null;

	constructor(private readonly deps: ClosedAppDependencies) {}

	get status(): ClosedAppStatus {
		return this.#status;
	}
	/** Turning on or off is under way. */
	get busy(): boolean {
		return this.#busy;
	}

	async #read(): Promise<PushRelayRecord> {
		if (this.#record) return this.#record;
		let stored: PushRelayRecord | undefined;
		await this.deps.problems.guard(
			async () => (stored = await this.deps.store.get(PUSH_RELAY_KEY))
		);
		this.#record = stored ?? OFF;
		return this.#record;
	}

	async #write(record: PushRelayRecord): Promise<void> {
		this.#record = record;
		await this.deps.problems.guard(() => this.deps.store.set(PUSH_RELAY_KEY, record));
	}

	/** Reads the switch and what this device can do (Settings calls it when shown). */
	async refresh(): Promise<void> {
		const record = await this.#read();
		if (record.on && record.device) {
			if (this.#status.kind === 'checking') this.#showOn(record);
			return;
		}
		const availability = await this.deps.push.availability();
		this.#status =
			availability === 'ready'
				? this.#status.kind === 'ended'
					? this.#status
					: { kind: 'off' }
				: { kind: 'unavailable', why: availability };
	}

	#showOn(record: PushRelayRecord): void {
		this.#status = {
			kind: 'on',
			lastReachedAt: record.lastReachedAt ? new Date(record.lastReachedAt) : null,
			reminders: record.window.length
		};
	}

	/** "Remind me even when the app is closed": subscribe, register, upload the window. */
	async turnOn(): Promise<void> {
		this.#busy = true;
		try {
			const record = await this.#read();
			const device = await this.deps.push.enable(record.device);
			if (device === 'unreachable' || device === 'refused') {
				// Still off, and said so: never "on" before the relay holds the window.
				this.#status = { kind: 'not-turned-on', why: device };
				return;
			}
			if (typeof device === 'string') {
				this.#status = { kind: 'unavailable', why: device };
				return;
			}
			await this.#write({ ...record, on: true, device });
			this.#uploaded = null;
			this.#failedAt = 0;
			await this.follow(this.deps.clock.now(), new Set());
			// The first window did not reach the relay: it holds nothing, so the switch goes back
			// off (the device's registration is kept for the next try).
			if (this.#status.kind === 'unreachable') {
				await this.#write({ ...this.#record!, on: false });
				this.#status = { kind: 'not-turned-on', why: 'unreachable' };
			}
		} finally {
			this.#busy = false;
		}
	}

	/** Turns closed-app reminders off: unsubscribes and removes the device at the relay. */
	async turnOff(): Promise<void> {
		this.#busy = true;
		try {
			const record = await this.#read();
			await this.deps.push.disable(record.device);
			await this.#write(OFF);
			this.#uploaded = null;
			this.#status = { kind: 'off' };
		} finally {
			this.#busy = false;
		}
	}

	/** Before "Delete all my data": the relay forgets this device too. */
	async forget(): Promise<void> {
		const record = await this.#read();
		if (record.device || record.on) await this.deps.push.disable(record.device);
		this.#record = null;
		this.#uploaded = null;
		this.#status = { kind: 'checking' };
	}

	/** After a restore or a deletion: read the switch again from storage. */
	reset(): void {
		this.#record = null;
		this.#uploaded = null;
		this.#plans = null;
	}

	/** The next days' plans (stored, or made as the planner would), cached for the day. */
	async #days(): Promise<WindowDay[]> {
		const { today } = this.deps;
		if (!today.plan || today.planHold === 'paused') return [];
		const key = `${today.date}|${today.planHold}`;
		if (!this.#plans || this.#plans.key !== key || this.#plans.profile !== today.profile) {
			const rules = await this.deps.rules();
			this.#plans = {
				key,
				profile: today.profile,
				plans: await this.#plansAfterToday(rules.PUSH_WINDOW_DAYS - 1)
			};
		}
		return [
			{ plan: today.plan, checkIns: today.checkIns },
			...this.#plans.plans.map((plan) => ({ plan, checkIns: {} }))
		];
	}

	/**
	 * The plans of the `days` days after today: each stored one, or one made as the planner would
	 * make it now (not saved: the day's own check-ins come first).
	 */
	async #plansAfterToday(days: number): Promise<DayPlan[]> {
		const { today } = this.deps;
		const profile = today.profile;
		if (!profile) return [];
		const planning = await this.deps.planning();
		const history = await this.deps.history.dayRecords(
			planning.historyFrom(today.date),
			today.date
		);
		const clock = {
			now: this.deps.clock.now(),
			timeZone: this.deps.clock.timeZone(),
			flareOnly: today.planHold === 'flare-only'
		};
		const plans: DayPlan[] = [];
		for (let n = 1; n <= days; n++) {
			const date = planning.addDays(today.date, n);
			plans.push(
				(await this.deps.plans.get(date)) ?? planning.planDay(profile, date, history, clock)
			);
		}
		return plans;
	}

	/**
	 * Keeps the relay's window true at `now`; `shown` holds what the page already showed today
	 * (those are left out, so nothing arrives twice).
	 */
	async follow(now: Date, shown: ReadonlySet<string>): Promise<void> {
		const record = await this.#read();
		if (!record.on || !record.device) return;
		const rules = await this.deps.rules();
		const window = rules.pushWindow(
			await this.#days(),
			this.deps.settings.reminders,
			this.deps.clock.timeZone(),
			now,
			shown
		);
		const fingerprint = window
			.map((r) => `${r.id}@${r.sendAt.getTime()}|${r.title}|${r.body}`)
			.join('\n');
		const t = now.getTime();
		const fresh = this.#uploaded?.fingerprint === fingerprint && t - this.#uploaded.at < REFRESH_MS;
		if (fresh || t - this.#failedAt < RETRY_MS) return;
		const answer = await this.deps.push.upload(record.device, window);
		if (answer === 'ok') {
			this.#uploaded = { fingerprint, at: t };
			this.#failedAt = 0;
			await this.#write({
				...record,
				lastReachedAt: now.toISOString(),
				window: window.map(rules.storedReminder)
			});
			this.#showOn(this.#record!);
		} else if (answer === 'gone') {
			// The push service ended the subscription, so the relay forgot the device.
			await this.deps.push.disable(null);
			await this.#write(OFF);
			this.#uploaded = null;
			this.#status = { kind: 'ended' };
		} else {
			this.#failedAt = t;
			this.#status = {
				kind: 'unreachable',
				lastReachedAt: record.lastReachedAt ? new Date(record.lastReachedAt) : null
			};
		}
	}

	/** An item answered on the page: the window goes up again at once, without its reminder. */
	async itemAnswered(now: Date, shown: ReadonlySet<string>): Promise<void> {
		this.#failedAt = 0;
		await this.follow(now, shown);
	}
}
