import type { TimerProgress } from '$lib/state/types';

/**
 * A countdown that keeps true time when the phone locks or the tab is hidden: remaining time is
 * computed from the start instant on every tick, never by counting ticks.
 */
export class Countdown {
	remainingMs = $state(0);
	running = $state(false);
	finished = $state(false);
	/** When it was first started (a pause and resume keep it); null until then. */
	startedAt = $state<number | null>(null);
	/** When it was paused; null while running or not started. */
	pausedAt = $state<number | null>(null);
	#endsAt = 0;
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(
		readonly durationMs: number,
		private readonly onFinish: () => void = () => {}
	) {
		this.remainingMs = durationMs;
	}

	/** When a running countdown ends (ms since epoch); null while paused. */
	get endsAt(): number | null {
		return this.running ? this.#endsAt : null;
	}

	start(): void {
		this.runUntil(Date.now() + this.remainingMs);
	}

	/** Runs until a given instant: a countdown started before a reload carries on from there. */
	runUntil(endsAt: number, startedAt: number = this.startedAt ?? Date.now()): void {
		this.#endsAt = endsAt;
		this.startedAt = startedAt;
		this.pausedAt = null;
		this.running = true;
		this.finished = false;
		clearInterval(this.#timer);
		this.#timer = setInterval(() => this.update(), 250);
		this.update();
	}

	/** Shows where a kept timer stands: running until its end, or paused with what was left. */
	follow(progress: TimerProgress): void {
		if (progress.endsAt !== null) return this.runUntil(progress.endsAt, progress.startedAt);
		clearInterval(this.#timer);
		this.startedAt = progress.startedAt ?? null;
		this.pausedAt = progress.pausedAt ?? null;
		this.running = false;
		this.remainingMs = Math.min(progress.remainingMs, this.durationMs);
		this.finished = this.remainingMs === 0;
	}

	/** Where it stands now, to keep across a closed dialog or a reload. */
	get progress(): TimerProgress {
		return {
			endsAt: this.endsAt,
			remainingMs: this.remainingMs,
			...(this.startedAt === null ? {} : { startedAt: this.startedAt, pausedAt: this.pausedAt })
		};
	}

	stop(): void {
		this.update();
		if (this.running) this.pausedAt = Date.now();
		this.running = false;
		clearInterval(this.#timer);
	}

	reset(): void {
		this.stop();
		this.finished = false;
		this.remainingMs = this.durationMs;
		this.startedAt = null;
		this.pausedAt = null;
	}

	/** Recomputes from the clock; also called when the page becomes visible again. */
	update(): void {
		if (!this.running) return;
		this.remainingMs = Math.max(0, this.#endsAt - Date.now());
		if (this.remainingMs === 0) {
			this.running = false;
			this.finished = true;
			clearInterval(this.#timer);
			this.onFinish();
		}
	}

	dispose(): void {
		clearInterval(this.#timer);
	}
}

/** The clock's now, read again every second: what is due follows the clock, not a count of ticks. */
export class Ticker {
	now = $state(Date.now());
	#timer = setInterval(() => this.update(), 1000);

	update(): void {
		this.now = Date.now();
	}

	dispose(): void {
		clearInterval(this.#timer);
	}
}

export function formatClock(ms: number): string {
	const total = Math.ceil(ms / 1000);
	return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Keeps the screen on while a timer runs, where the browser supports it. */
export class ScreenWakeLock {
	#sentinel: { release(): Promise<void> } | null = null;
	#wanted = false;

	async acquire(): Promise<void> {
		this.#wanted = true;
		try {
			const wakeLock = (
				navigator as Navigator & {
					wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> };
				}
			).wakeLock;
			this.#sentinel = (await wakeLock?.request('screen')) ?? null;
		} catch {
			this.#sentinel = null; // Refused (battery saver, hidden tab): the timer still keeps time.
		}
	}

	/** The browser drops the lock when the page is hidden; take it again on return. */
	async reacquireIfWanted(): Promise<void> {
		if (this.#wanted && document.visibilityState === 'visible') await this.acquire();
	}

	release(): void {
		this.#wanted = false;
		void this.#sentinel?.release().catch(() => undefined);
		this.#sentinel = null;
	}
}

/**
 * Whether the page has had a tap or key press: browsers refuse vibration and sound before one (and
 * Chromium logs each refused vibration). Where the browser cannot tell, it is tried.
 */
export function hadUserGesture(): boolean {
	const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } })
		.userActivation;
	return activation?.hasBeenActive ?? true;
}

/** A timer's end, felt and heard as the person chose; once per end, and only after a gesture. */
export function alertEnd(alerts: { readonly sound: boolean; readonly vibrate: boolean }): void {
	if (!hadUserGesture()) return;
	if (alerts.vibrate) navigator.vibrate?.([300, 150, 300]);
	if (alerts.sound) beep();
}

/** A short beep with no sound file. */
function beep(): void {
	try {
		const context = new AudioContext();
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.frequency.value = 880;
		gain.gain.value = 0.2;
		oscillator.connect(gain).connect(context.destination);
		oscillator.start();
		oscillator.stop(context.currentTime + 0.6);
		oscillator.onended = () => void context.close();
	} catch {
		// No audio: the alert is visible anyway.
	}
}
