import type { CareMeasureId } from './measures';
import { isCompressMeasure } from './timer-alerts';

// When a kept timer ends, and what is said then (issue 25, points 4 and 11). Pure: the timer bar
// reads the clock and asks; nothing here writes reactive state, so no effect can loop on it.

/** A kept timer as far as its end goes: running until `endsAt`, or paused with `remainingMs`. */
export interface TimerEnding {
	readonly endsAt: number | null;
	readonly remainingMs: number;
	readonly itemId: string;
	readonly startedAt?: number;
}

/** Time left at `now` (ms): to the end while running, what was left while paused; never below 0. */
export function timerRemainingMs(timer: TimerEnding, now: number): number {
	return Math.max(0, timer.endsAt === null ? timer.remainingMs : timer.endsAt - now);
}

/** One session of a timer: a pause and resume keep it, a stop and new start make another. */
export const timerSessionKey = (timer: TimerEnding): string =>
	`${timer.itemId}@${timer.startedAt ?? ''}`;

/**
 * Says "ended" once per session, and only for an end this page saw coming: the session was seen
 * with time left, then with none. A page opened (or reloaded) after the end shows it but does not
 * sound or vibrate again, and moving between screens never repeats it.
 */
export class TimerEndWatch {
	#key: string | null = null;
	#seenRunning = false;
	#ended = false;

	/** Tells the watch where the timer stands; true exactly when its end is to be announced now. */
	observe(timer: TimerEnding, now: number): boolean {
		const key = timerSessionKey(timer);
		const left = timerRemainingMs(timer, now);
		if (key !== this.#key) {
			this.#key = key;
			this.#seenRunning = left > 0;
			this.#ended = left === 0;
			return false;
		}
		if (left > 0) {
			this.#seenRunning = true;
			return false;
		}
		if (this.#ended || !this.#seenRunning) return false;
		this.#ended = true;
		return true;
	}
}

/** What "Time is up" goes on to say for this measure. */
export function timerEndAdvice(measure: CareMeasureId): string {
	return isCompressMeasure(measure) ? 'Take the pack off and check your skin.' : 'Well done.';
}

/** The notification shown when a timer ends while the app is out of sight. */
export function timerEndNotice(
	title: string,
	measure: CareMeasureId
): { readonly title: string; readonly body: string } {
	return { title: `Time is up: ${title}`, body: timerEndAdvice(measure) };
}
