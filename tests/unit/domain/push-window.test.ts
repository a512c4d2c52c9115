import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDay, type DayPlan } from '$lib/domain/plan';
import { pushWindow, WINDOW_CLOSING_LINE } from '$lib/domain/push-window';
import type { CheckIn } from '$lib/domain/records';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '$lib/domain/reminder-settings';
import { LATE_LIMIT_MS, reminderSchedule, sentKey } from '$lib/domain/reminders';
import { addDays, instantOf, wallClockAt, wallTimeToMinutes } from '$lib/domain/time';
import { HOST_ZONE, makeContext, makeProfile } from '../fixtures/builders';

const on: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, enabled: true, quietHours: null };

function days(first: string, zone = HOST_ZONE): DayPlan[] {
	return [0, 1, 2].map((n) =>
		planDay(makeProfile(), addDays(first, n), [], makeContext('2026-01-01T00:00:00Z', zone))
	);
}

const checkIn = (
	plan: DayPlan,
	index: number,
	status: CheckIn['status'],
	snoozedUntil: string | null = null
): CheckIn => {
	const item = plan.items.filter((i) => i.kind === 'timed')[index]!;
	return {
		itemId: item.id,
		date: plan.date,
		measure: item.measure,
		status,
		at: '2026-03-28T06:00:00Z',
		reason: null,
		snoozedUntil,
		exerciseIds: []
	};
};

describe('the push window', () => {
	// Each zone with a DST change inside the window: every reminder keeps its wall-clock time.
	it.each([
		['Europe/Berlin', '2026-03-28'],
		['Europe/Berlin', '2026-10-24'],
		['America/New_York', '2026-03-07'],
		['Australia/Lord_Howe', '2026-10-03'],
		['Asia/Kolkata', '2026-03-28'],
		['UTC', '2026-03-28']
	])(
		'in %s from %s: three days of reminders at their wall-clock times, in order',
		(zone, first) => {
			const plans = days(first, zone);
			const now = instantOf(first, 0, zone);
			const window = pushWindow(
				plans.map((plan) => ({ plan, checkIns: {} })),
				on,
				zone,
				now,
				new Set()
			);
			const expected = plans.flatMap((p) => reminderSchedule(p, on, zone));
			expect(window.map((r) => r.id)).toEqual(expected.map((r) => r.itemId));
			for (const reminder of window) {
				const item = plans.flatMap((p) => p.items).find((i) => i.id === reminder.itemId)!;
				const wall = wallClockAt(reminder.sendAt, zone);
				expect(wall.date).toBe(reminder.date);
				expect(wall.minutes).toBe(wallTimeToMinutes(item.start));
				expect(reminder.ttlSeconds).toBe(LATE_LIMIT_MS / 1000);
			}
			expect(new Set(window.map((r) => r.date))).toEqual(new Set(plans.map((p) => p.date)));
		}
	);

	it('leaves out what was done, skipped, already shown or is past; a snooze moves its reminder', () => {
		const [today, ...rest] = days('2026-06-15');
		const timed = today!.items.filter((i) => i.kind === 'timed');
		expect(timed.length).toBeGreaterThanOrEqual(4);
		const schedule = reminderSchedule(today!, on, HOST_ZONE);
		const now = new Date(schedule[0]!.at.getTime() + 60_000); // just after the first
		const snoozeEnd = new Date(schedule[3]!.at.getTime() + 10 * 60_000);
		const checkIns = Object.fromEntries(
			[
				checkIn(today!, 1, 'done'),
				checkIn(today!, 2, 'skipped'),
				checkIn(today!, 3, 'snoozed', snoozeEnd.toISOString())
			].map((c) => [c.itemId, c])
		);
		const shown = new Set([sentKey(schedule[4]!.itemId, schedule[4]!.at)]);
		const window = pushWindow(
			[{ plan: today!, checkIns }, ...rest.map((plan) => ({ plan, checkIns: {} }))],
			on,
			HOST_ZONE,
			now,
			shown
		);
		const todays = window.filter((r) => r.date === today!.date);
		expect(todays.map((r) => r.itemId)).toEqual(
			schedule
				.slice(3)
				.filter((_, i) => i !== 1)
				.map((r) => r.itemId)
		);
		expect(todays[0]!.sendAt).toEqual(snoozeEnd);
	});

	it('says in its last reminder that the app must be opened, and only there', () => {
		const window = pushWindow(
			days('2026-06-15').map((plan) => ({ plan, checkIns: {} })),
			on,
			HOST_ZONE,
			new Date('2026-06-14T00:00:00Z'),
			new Set()
		);
		expect(window.at(-1)!.body.endsWith(WINDOW_CLOSING_LINE)).toBe(true);
		expect(window.slice(0, -1).some((r) => r.body.includes(WINDOW_CLOSING_LINE))).toBe(false);
	});

	it('is empty with reminders off or no days (a paused plan)', () => {
		const plans = days('2026-06-15').map((plan) => ({ plan, checkIns: {} }));
		const early = new Date('2026-06-14T00:00:00Z');
		expect(pushWindow(plans, { ...on, enabled: false }, HOST_ZONE, early, new Set())).toEqual([]);
		expect(pushWindow([], on, HOST_ZONE, early, new Set())).toEqual([]);
	});

	it('keeps quiet hours and measures turned off out of it', () => {
		const plans = days('2026-06-15').map((plan) => ({ plan, checkIns: {} }));
		const early = new Date('2026-06-14T00:00:00Z');
		const quiet = { ...on, quietHours: { start: '00:00', end: '12:00' } };
		for (const r of pushWindow(plans, quiet, HOST_ZONE, early, new Set()))
			expect(wallClockAt(r.sendAt, HOST_ZONE).minutes).toBeGreaterThanOrEqual(12 * 60);
		const noWalks = { ...on, measures: { ...on.measures, walk: false } };
		expect(
			pushWindow(plans, noWalks, HOST_ZONE, early, new Set()).some((r) =>
				r.itemId.includes(':walk:')
			)
		).toBe(false);
	});

	it('property: every reminder is ahead of now, unique, within the relay’s limits', () => {
		const plans = days('2026-06-15').map((plan) => ({ plan, checkIns: {} }));
		const start = new Date('2026-06-14T12:00:00Z').getTime();
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 4 * 86_400_000 }),
				fc.integer({ min: 0, max: 15 }),
				(offset, lead) => {
					const now = new Date(start + offset);
					const window = pushWindow(plans, { ...on, leadMinutes: lead }, HOST_ZONE, now, new Set());
					expect(new Set(window.map((r) => r.id)).size).toBe(window.length);
					for (const r of window) {
						expect(r.sendAt.getTime()).toBeGreaterThan(now.getTime());
						expect(r.id).toMatch(/^[A-Za-z0-9_.:-]{1,80}$/);
					}
					for (let i = 1; i < window.length; i++)
						expect(window[i]!.sendAt >= window[i - 1]!.sendAt).toBe(true);
				}
			)
		);
	});
});
