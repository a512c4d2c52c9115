import { describe, expect, it } from 'vitest';
import {
	DEFAULT_TIMER_ALERTS,
	alertsAtEnd,
	timerAlertsFrom,
	type TimerAlerts
} from '$lib/domain/timer-alerts';
import {
	TimerEndWatch,
	timerEndNotice,
	timerRemainingMs,
	type TimerEnding
} from '$lib/domain/timer-end';

// Issue 25 (points 4 and 11): a timer's end is noticed: sound and vibration on for compresses
// unless the person turned them off; said once per session, and only for an end the page saw
// coming (a reload after the end, or a move between screens, does not sound it again).

const MIN = 60_000;
const T0 = Date.parse('2026-06-15T05:30:00Z');

/** A 15-minute timer started at T0, running unless a test says otherwise. */
const timer = (over: Partial<TimerEnding> = {}): TimerEnding => ({
	itemId: 'warm-compress-0730',
	endsAt: T0 + 15 * MIN,
	remainingMs: 15 * MIN,
	startedAt: T0,
	...over
});

describe('what a timer does at its end', () => {
	it('sounds and vibrates for a compress from the start; a walk or rest vibrates only', () => {
		expect(alertsAtEnd(DEFAULT_TIMER_ALERTS, 'warm-compress')).toEqual({
			sound: true,
			vibrate: true
		});
		expect(alertsAtEnd(DEFAULT_TIMER_ALERTS, 'cold-compress')).toEqual({
			sound: true,
			vibrate: true
		});
		expect(alertsAtEnd(DEFAULT_TIMER_ALERTS, 'walk')).toEqual({ sound: false, vibrate: true });
		expect(alertsAtEnd(DEFAULT_TIMER_ALERTS, 'rest')).toEqual({ sound: false, vibrate: true });
	});

	it.each<[string, unknown, TimerAlerts]>([
		['never changed (nothing stored): the defaults', undefined, DEFAULT_TIMER_ALERTS],
		['something unreadable: the defaults', 'loud', DEFAULT_TIMER_ALERTS],
		[
			'compress sound turned off: kept, the rest default',
			{ compressSound: false },
			{ vibrate: true, compressSound: false, otherSound: false }
		],
		[
			'every choice made: all kept',
			{ vibrate: false, compressSound: false, otherSound: true },
			{ vibrate: false, compressSound: false, otherSound: true }
		],
		[
			'a choice of the wrong type: the default for it',
			{ vibrate: 'yes', otherSound: true },
			{ vibrate: true, compressSound: true, otherSound: true }
		]
	])('read from what is stored: %s', (_, stored, expected) => {
		expect(timerAlertsFrom(stored)).toEqual(expected);
	});

	it('turned off for compresses: a compress is silent, and still vibrates', () => {
		const alerts = timerAlertsFrom({ compressSound: false });
		expect(alertsAtEnd(alerts, 'warm-compress')).toEqual({ sound: false, vibrate: true });
	});

	it('is said in the notification with the advice of its measure', () => {
		expect(timerEndNotice('Warm compress', 'warm-compress')).toEqual({
			title: 'Time is up: Warm compress',
			body: 'Take the pack off and check your skin.'
		});
		expect(timerEndNotice('Walk', 'walk')).toEqual({
			title: 'Time is up: Walk',
			body: 'Well done.'
		});
	});
});

describe('time left', () => {
	it.each([
		['running, at the start', timer(), T0, 15 * MIN],
		['running, 10 min on', timer(), T0 + 10 * MIN, 5 * MIN],
		['running, past the end', timer(), T0 + 20 * MIN, 0],
		[
			'paused with 6 min left',
			timer({ endsAt: null, remainingMs: 6 * MIN }),
			T0 + 60 * MIN,
			6 * MIN
		]
	])('%s', (_, t, now, left) => {
		expect(timerRemainingMs(t, now)).toBe(left);
	});
});

describe('the end of a timer', () => {
	it('is announced once, when a running timer seen with time left reaches its end', () => {
		const watch = new TimerEndWatch();
		expect(watch.observe(timer(), T0 + MIN)).toBe(false);
		expect(watch.observe(timer(), T0 + 15 * MIN - 1)).toBe(false);
		expect(watch.observe(timer(), T0 + 15 * MIN)).toBe(true);
		// Every later look (each tick, a move between screens) sees it ended: not again.
		expect(watch.observe(timer(), T0 + 15 * MIN + 1_000)).toBe(false);
		expect(watch.observe(timer(), T0 + 30 * MIN)).toBe(false);
	});

	it('is not announced when the page first sees the timer already ended (a reload after the end)', () => {
		const watch = new TimerEndWatch();
		expect(watch.observe(timer(), T0 + 16 * MIN)).toBe(false);
		expect(watch.observe(timer(), T0 + 17 * MIN)).toBe(false);
	});

	it('is announced after a reload while it still ran', () => {
		const watch = new TimerEndWatch(); // a new page: the timer read back with 3 minutes left
		expect(watch.observe(timer(), T0 + 12 * MIN)).toBe(false);
		expect(watch.observe(timer(), T0 + 15 * MIN + 200)).toBe(true);
	});

	it('a pause and resume keep the session: one end; a new start is a new session with its own end', () => {
		const watch = new TimerEndWatch();
		expect(watch.observe(timer(), T0 + MIN)).toBe(false);
		const paused = timer({ endsAt: null, remainingMs: 10 * MIN });
		expect(watch.observe(paused, T0 + 5 * MIN)).toBe(false);
		const resumed = timer({ endsAt: T0 + 20 * MIN, remainingMs: 10 * MIN });
		expect(watch.observe(resumed, T0 + 20 * MIN)).toBe(true);

		const again = timer({ startedAt: T0 + 30 * MIN, endsAt: T0 + 45 * MIN });
		expect(watch.observe(again, T0 + 31 * MIN)).toBe(false);
		expect(watch.observe(again, T0 + 45 * MIN)).toBe(true);
	});
});
