import type { Clock } from '$lib/domain/ports';

/** The device's clock and zone, read fresh each time (the zone can change while the app is open). */
export const systemClock: Clock = {
	now: () => new Date(),
	timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
	monotonicMs: () => performance.now()
};
