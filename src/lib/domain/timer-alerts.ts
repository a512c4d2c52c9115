import type { CareMeasureId } from './measures';

// What a timer does when its time is up, besides showing "Time is up" on every screen (issue 25,
// point 4): a pack that must come off has to be noticed. The small part read at start-up; the
// watch that decides when a timer ended is in timer-end.ts, loaded with the timer.

/** The person's choices; each is kept only once they change it (see `timerAlertsFrom`). */
export interface TimerAlerts {
	/** Vibrate when any timer ends (where the phone can). */
	readonly vibrate: boolean;
	/** A sound when a cold or warm compress timer ends: the pack comes off. */
	readonly compressSound: boolean;
	/** A sound when a walk or rest timer ends. */
	readonly otherSound: boolean;
}

/** The settings key they are kept under (absent until the person changes one). */
export const TIMER_ALERTS_KEY = 'timerAlerts';

/** On for compresses from the start; a walk or rest vibrates, and sounds only if asked. */
export const DEFAULT_TIMER_ALERTS: TimerAlerts = {
	vibrate: true,
	compressSound: true,
	otherSound: false
};

/**
 * The choices from what is stored: each one the person made is kept, and each they never made
 * takes the default of this version (so a changed default reaches them with no migration).
 */
export function timerAlertsFrom(stored: unknown): TimerAlerts {
	const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
		string,
		unknown
	>;
	const pick = (key: keyof TimerAlerts): boolean =>
		typeof record[key] === 'boolean' ? (record[key] as boolean) : DEFAULT_TIMER_ALERTS[key];
	return {
		vibrate: pick('vibrate'),
		compressSound: pick('compressSound'),
		otherSound: pick('otherSound')
	};
}

export const isCompressMeasure = (measure: CareMeasureId): boolean =>
	measure === 'cold-compress' || measure === 'warm-compress';

/** Which sound setting a timer of this measure follows. */
export const soundKeyFor = (measure: CareMeasureId): 'compressSound' | 'otherSound' =>
	isCompressMeasure(measure) ? 'compressSound' : 'otherSound';

/** What the end of a timer of this measure does. */
export function alertsAtEnd(
	alerts: TimerAlerts,
	measure: CareMeasureId
): { readonly sound: boolean; readonly vibrate: boolean } {
	return { sound: alerts[soundKeyFor(measure)], vibrate: alerts.vibrate };
}
