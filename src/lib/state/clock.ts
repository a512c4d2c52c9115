import type { Clock } from '$lib/domain/ports';
import { deviceWallClock } from '$lib/domain/local-time';

/** The device's clock and zone, read fresh each time (the zone can change while the app is open). */
export const systemClock: Clock = {
	now: () => new Date(),
	timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
	// The device's zone is the one Date's local fields use: no Intl needed to open Today.
	wallClock: deviceWallClock,
	monotonicMs: () => performance.now()
};
