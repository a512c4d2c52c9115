import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown, formatClock } from '../../../src/routes/timing.svelte';

// The countdown Today keeps while a timer's dialog is closed: it follows the kept progress and
// keeps true time by the clock, not by counting ticks.
describe('Countdown', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2026-06-15T05:00:00Z'));
	});
	afterEach(() => vi.useRealTimers());

	it.each([
		{
			kept: { endsAt: Date.parse('2026-06-15T05:10:00Z'), remainingMs: 0 },
			running: true,
			left: '10:00',
			finished: false
		},
		{ kept: { endsAt: null, remainingMs: 125_000 }, running: false, left: '2:05', finished: false },
		{
			kept: { endsAt: null, remainingMs: 99 * 60_000 },
			running: false,
			left: '15:00',
			finished: false
		},
		{
			kept: { endsAt: Date.parse('2026-06-15T04:59:00Z'), remainingMs: 0 },
			running: false,
			left: '0:00',
			finished: true
		},
		{ kept: { endsAt: null, remainingMs: 0 }, running: false, left: '0:00', finished: true }
	])('follows $kept', ({ kept, running, left, finished }) => {
		const countdown = new Countdown(15 * 60_000);
		countdown.follow(kept);
		expect(countdown.running).toBe(running);
		expect(formatClock(countdown.remainingMs)).toBe(left);
		expect(countdown.finished).toBe(finished);
		countdown.dispose();
	});

	it('keeps time across a frozen tab: what is left comes from the end instant', () => {
		const finished = vi.fn();
		const countdown = new Countdown(15 * 60_000, finished);
		countdown.start();
		// A locked phone runs no interval; the clock still moves.
		vi.setSystemTime(new Date('2026-06-15T05:07:30Z'));
		countdown.update();
		expect(formatClock(countdown.remainingMs)).toBe('7:30');
		const startedAt = Date.parse('2026-06-15T05:00:00Z');
		expect(countdown.progress).toEqual({
			endsAt: Date.parse('2026-06-15T05:15:00Z'),
			remainingMs: 450_000,
			startedAt,
			pausedAt: null
		});
		countdown.stop();
		expect(countdown.progress).toEqual({
			endsAt: null,
			remainingMs: 450_000,
			startedAt,
			pausedAt: Date.parse('2026-06-15T05:07:30Z')
		});
		vi.advanceTimersByTime(60_000);
		expect(countdown.remainingMs).toBe(450_000); // paused
		countdown.start();
		// A resume keeps when the pack went on (the skin check counts from it).
		expect(countdown.progress).toMatchObject({ startedAt, pausedAt: null });
		vi.advanceTimersByTime(450_000);
		expect(countdown.finished).toBe(true);
		expect(finished).toHaveBeenCalledOnce();
		countdown.dispose();
	});

	it('a kept session comes back with its start and pause; a reset forgets them', () => {
		const countdown = new Countdown(15 * 60_000);
		const kept = {
			endsAt: null,
			remainingMs: 300_000,
			startedAt: Date.parse('2026-06-15T04:40:00Z'),
			pausedAt: Date.parse('2026-06-15T04:50:00Z')
		};
		countdown.follow(kept);
		expect(countdown.progress).toEqual(kept);
		countdown.reset();
		expect(countdown.progress).toEqual({ endsAt: null, remainingMs: 15 * 60_000 });
		countdown.dispose();
	});
});
