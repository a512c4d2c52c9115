/** Where a countdown stands: running until `endsAt` (ms since epoch), or paused (`endsAt` null). */
export interface TimerProgress {
	readonly endsAt: number | null;
	readonly remainingMs: number;
}

/** A timer the person started, kept so a tab the phone discarded (or a reload) shows it again. */
export interface RunningTimer extends TimerProgress {
	readonly itemId: string;
	readonly date: string;
}
