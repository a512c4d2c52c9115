import { describe, expect, it } from 'vitest';
import { clockSetting, instantOfLocalTime } from '../../e2e/clock-time';

describe('the browser tests’ fixed clock', () => {
	it.each([
		['2026-06-15T23:15', 'Europe/Berlin', '2026-06-15T21:15:00.000Z'],
		['2026-06-15T00:10', 'Europe/Berlin', '2026-06-14T22:10:00.000Z'],
		['2026-12-02T07:00', 'Europe/Berlin', '2026-12-02T06:00:00.000Z'],
		['2026-06-15T23:15', 'America/New_York', '2026-06-16T03:15:00.000Z'],
		['2026-06-15T07:00', 'UTC', '2026-06-15T07:00:00.000Z'],
		// The hour before and after the spring change in Berlin (02:00 → 03:00 on 29 March 2026).
		['2026-03-29T01:30', 'Europe/Berlin', '2026-03-29T00:30:00.000Z'],
		['2026-03-29T03:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
		['2026-10-25T04:00', 'Europe/Berlin', '2026-10-25T03:00:00.000Z']
	])('%s in %s is %s', (local, zone, instant) => {
		expect(instantOfLocalTime(local, zone).toISOString()).toBe(instant);
	});

	it('reads E2E_CLOCK as a time of day on the default date, or a whole local date and time', () => {
		expect(clockSetting(undefined)).toBe('2026-06-15T23:15');
		expect(clockSetting('07:00')).toBe('2026-06-15T07:00');
		expect(clockSetting('2026-03-29T01:30')).toBe('2026-03-29T01:30');
		expect(() => clockSetting('7am')).toThrow(/E2E_CLOCK/);
	});
});
