import { describe, expect, it } from 'vitest';
import { planDay } from '$lib/domain/plan';
import type { CheckIn } from '$lib/domain/records';
import {
	clockJumped,
	dueReminders,
	inQuietHours,
	nextRestPrompt,
	reminderSchedule,
	sentKey,
	snoozeChoices
} from '$lib/domain/reminders';
import { SNOOZE_MINUTES } from '$lib/domain/day';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '$lib/domain/reminder-settings';
import { wallClockAt, wallTimeToMinutes } from '$lib/domain/time';
import { makeContext, makeProfile } from '../fixtures/builders';

const on: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, enabled: true };

describe('quiet hours', () => {
	it.each([
		['22:00', '07:00', '23:30', true],
		['22:00', '07:00', '06:59', true],
		['22:00', '07:00', '07:00', false],
		['22:00', '07:00', '12:00', false],
		['13:00', '14:00', '13:30', true],
		['13:00', '14:00', '14:00', false],
		['09:00', '09:00', '09:00', false]
	])('%s-%s contains %s: %s', (start, end, time, inside) => {
		expect(inQuietHours(wallTimeToMinutes(time), { start, end })).toBe(inside);
	});
});

// Each zone with its DST dates of 2026: reminders must keep their wall-clock time on both sides.
describe.each([
	['Europe/Berlin', '2026-03-28', '2026-03-29', '2026-03-30'],
	['Europe/Berlin', '2026-10-24', '2026-10-25', '2026-10-26'],
	['America/New_York', '2026-03-07', '2026-03-08', '2026-03-09'],
	['America/New_York', '2026-10-31', '2026-11-01', '2026-11-02'],
	['Australia/Lord_Howe', '2026-10-03', '2026-10-04', '2026-10-05'],
	['Asia/Kolkata', '2026-03-28', '2026-03-29', '2026-03-30'],
	['UTC', '2026-03-28', '2026-03-29', '2026-03-30']
])('reminder schedule in %s around %s', (zone, before, change, after) => {
	it.each([before, change, after])(
		'%s: every reminder fires at its item’s wall-clock time, in order',
		(date) => {
			const plan = planDay(makeProfile(), date, [], makeContext('2026-01-01T00:00:00Z', zone));
			const schedule = reminderSchedule(plan, { ...on, quietHours: null }, zone);
			const timed = plan.items.filter((i) => i.kind === 'timed');
			expect(schedule).toHaveLength(timed.length);
			for (const reminder of schedule) {
				const wall = wallClockAt(reminder.at, zone);
				expect(wall.date).toBe(date);
				expect(wall.minutes).toBe(wallTimeToMinutes(reminder.itemStart));
			}
			for (let i = 1; i < schedule.length; i++)
				expect(schedule[i]!.at > schedule[i - 1]!.at).toBe(true);
		}
	);

	it('a lead time moves each reminder earlier by that many wall-clock minutes', () => {
		const plan = planDay(makeProfile(), change, [], makeContext('2026-01-01T00:00:00Z', zone));
		for (const reminder of reminderSchedule(
			plan,
			{ ...on, leadMinutes: 10, quietHours: null },
			zone
		)) {
			expect(wallClockAt(reminder.at, zone).minutes).toBe(
				wallTimeToMinutes(reminder.itemStart) - 10
			);
		}
	});
});

describe('reminderSchedule settings', () => {
	const plan = planDay(
		makeProfile({ sittingBlocks: [{ weekdays: [1], start: '09:00', end: '12:00' }] }),
		'2026-06-15',
		[],
		makeContext()
	);

	it('is empty when reminders are off', () => {
		expect(reminderSchedule(plan, { ...DEFAULT_REMINDER_SETTINGS, enabled: false }, 'UTC')).toEqual(
			[]
		);
	});

	it('leaves out measures switched off, sitting-break prompts, and quiet hours', () => {
		const schedule = reminderSchedule(
			plan,
			{
				...on,
				measures: { ...on.measures, walk: false },
				quietHours: { start: '21:00', end: '07:00' }
			},
			'UTC'
		);
		expect(schedule.some((r) => r.measure === 'walk')).toBe(false);
		expect(schedule.some((r) => r.measure === 'sitting-break')).toBe(false);
		expect(schedule.some((r) => wallTimeToMinutes(r.itemStart) >= 21 * 60)).toBe(false);
		expect(schedule.length).toBeGreaterThan(3);
	});
});

describe('dueReminders', () => {
	const plan = planDay(makeProfile(), '2026-06-15', [], makeContext('2026-01-01T00:00:00Z', 'UTC'));
	const schedule = reminderSchedule(plan, { ...on, quietHours: null }, 'UTC');
	const first = schedule[0]!;
	const checkIn = (
		status: CheckIn['status'],
		snoozedUntil: string | null = null
	): Record<string, CheckIn> => ({
		[first.itemId]: {
			itemId: first.itemId,
			date: '2026-06-15',
			measure: first.measure,
			status,
			at: '2026-06-15T07:00:00Z',
			reason: null,
			snoozedUntil,
			exerciseIds: []
		}
	});
	const after = (ms: number) => new Date(first.at.getTime() + ms);

	it.each([
		{ name: 'before its time: not fired', now: after(-60_000), checkIns: {}, fire: 0 },
		{ name: 'at its time: fired', now: after(0), checkIns: {}, fire: 1 },
		{ name: '2 h late: still fired', now: after(2 * 3600_000), checkIns: {}, fire: 1 },
		{
			name: 'over 2 h late: not sent (Today shows it as missed)',
			now: after(2 * 3600_000 + 1),
			checkIns: {},
			fire: 0
		},
		{ name: 'done: nothing', now: after(0), checkIns: checkIn('done'), fire: 0 },
		{ name: 'skipped: nothing', now: after(0), checkIns: checkIn('skipped'), fire: 0 }
	])('$name', ({ now, checkIns, fire }) => {
		expect(dueReminders([first], checkIns, new Set(), now)).toHaveLength(fire);
	});

	it('does not send the same reminder twice', () => {
		const sent = new Set([sentKey(first.itemId, first.at)]);
		expect(dueReminders([first], {}, sent, after(60_000))).toEqual([]);
	});

	it('a snoozed item reminds again when the snooze ends', () => {
		const until = after(10 * 60_000);
		const sent = new Set([sentKey(first.itemId, first.at)]);
		const snoozed = checkIn('snoozed', until.toISOString());
		expect(dueReminders([first], snoozed, sent, after(5 * 60_000))).toEqual([]);
		expect(dueReminders([first], snoozed, sent, until).map((r) => r.at)).toEqual([until]);
	});
});

describe('clockJumped', () => {
	it.each([
		[{ wallMs: 0, monotonicMs: 0 }, { wallMs: 15_000, monotonicMs: 15_000 }, false],
		[{ wallMs: 0, monotonicMs: 0 }, { wallMs: 3600_000 + 15_000, monotonicMs: 15_000 }, true],
		[{ wallMs: 0, monotonicMs: 0 }, { wallMs: -3600_000, monotonicMs: 15_000 }, true],
		[{ wallMs: 0, monotonicMs: 0 }, { wallMs: 30_000, monotonicMs: 15_000 }, false]
	])('%j -> %j: %s', (previous, current, jumped) => {
		expect(clockJumped(previous, current)).toBe(jumped);
	});
});

describe('nextRestPrompt', () => {
	const since = '2026-06-15T09:00:00Z';
	it.each([
		{
			name: 'not sitting',
			state: { since: null, snoozedUntil: null, pausedUntil: null },
			expected: null
		},
		{
			name: '30 min after sitting down',
			state: { since, snoozedUntil: null, pausedUntil: null },
			expected: '2026-06-15T09:30:00.000Z'
		},
		{
			name: 'snoozed 10 min',
			state: { since, snoozedUntil: '2026-06-15T09:40:00Z', pausedUntil: null },
			expected: '2026-06-15T09:40:00.000Z'
		},
		{
			name: 'paused 1 h',
			state: { since, snoozedUntil: null, pausedUntil: '2026-06-15T10:30:00Z' },
			expected: '2026-06-15T10:30:00.000Z'
		}
	])('$name', ({ state, expected }) => {
		expect(nextRestPrompt(state, 30, null, 'UTC')?.toISOString() ?? null).toBe(expected);
	});

	it('waits for the end of quiet hours, the next morning when they span midnight', () => {
		const state = { since: '2026-06-15T21:45:00Z', snoozedUntil: null, pausedUntil: null };
		expect(nextRestPrompt(state, 30, { start: '22:00', end: '07:00' }, 'UTC')?.toISOString()).toBe(
			'2026-06-16T07:00:00.000Z'
		);
		const early = { since: '2026-06-15T05:00:00Z', snoozedUntil: null, pausedUntil: null };
		expect(nextRestPrompt(early, 30, { start: '22:00', end: '07:00' }, 'UTC')?.toISOString()).toBe(
			'2026-06-15T07:00:00.000Z'
		);
	});
});

describe('snooze choices', () => {
	it.each([
		[8 * 60, [10, 5, 30, 60, 180]],
		[20 * 60 + 59, [10, 5, 30, 60, 180]],
		[21 * 60, [10, 5, 30, 60]], // three hours on would be tomorrow
		[23 * 60 + 50, [10, 5, 30, 60]]
	])('at minute %i of the day: %j minutes', (minute, expected) => {
		const choices = snoozeChoices(minute);
		expect(choices.map((c) => c.minutes)).toEqual(expected);
		expect(choices[0]!.minutes).toBe(SNOOZE_MINUTES); // the default comes first
	});

	it('names each choice', () => {
		expect(snoozeChoices(8 * 60).map((c) => c.label)).toEqual([
			'10 minutes',
			'5 minutes',
			'30 minutes',
			'1 hour',
			'Later today (in 3 hours)'
		]);
	});
});
