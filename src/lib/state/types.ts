/** Where a countdown stands: running until `endsAt` (ms since epoch), or paused (`endsAt` null). */
export interface TimerProgress {
	readonly endsAt: number | null;
	readonly remainingMs: number;
	/** When the timer was first started (the pack went on); absent in a timer kept by an older version. */
	readonly startedAt?: number;
	/** When it was paused; null while running. */
	readonly pausedAt?: number | null;
}

/** A timer the person started, kept so a tab the phone discarded (or a reload) shows it again. */
export interface RunningTimer extends TimerProgress {
	readonly itemId: string;
	readonly date: string;
	/** A compress: when the skin check was last answered "looks fine". */
	readonly checkedAt?: number | null;
}
