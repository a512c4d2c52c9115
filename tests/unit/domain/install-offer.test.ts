import { describe, expect, it } from 'vitest';
import { installOfferDue } from '$lib/domain/install-offer';

describe('installOfferDue', () => {
	// Set up at 23:30 on 15 June in Berlin (21:30 UTC).
	const firstUseAt = '2026-06-15T21:30:00Z';
	it.each([
		['before set-up', null, '2026-06-16', 'Europe/Berlin', false, false],
		['on the first day', firstUseAt, '2026-06-15', 'Europe/Berlin', false, false],
		['the day after', firstUseAt, '2026-06-16', 'Europe/Berlin', false, true],
		['a week later', firstUseAt, '2026-06-22', 'Europe/Berlin', false, true],
		['once declined, never again', firstUseAt, '2026-06-22', 'Europe/Berlin', true, false],
		// 21:30 UTC is already 16 June in Kolkata: that is still the first day there.
		[
			'first day in the local zone, not UTC',
			firstUseAt,
			'2026-06-16',
			'Asia/Kolkata',
			false,
			false
		],
		['a day not yet loaded', firstUseAt, '', 'Europe/Berlin', false, false]
	] as const)('%s', (_name, first, today, timeZone, dismissed, expected) => {
		expect(installOfferDue({ firstUseAt: first, today, timeZone, dismissed })).toBe(expected);
	});
});
