import { describe, expect, it } from 'vitest';
import { dayItemViews } from '$lib/domain/day';
import { dayEndMinutes, wakingDayOf } from '$lib/domain/local-time';
import { planDay, type DayPlan } from '$lib/domain/plan';
import { DEFAULT_REMINDER_SETTINGS } from '$lib/domain/reminder-settings';
import { reminderSchedule, snoozeChoices } from '$lib/domain/reminders';
import { instantOf, skippedWallMinutes, wallClockAt } from '$lib/domain/time';
import { makeContext, makeProfile } from '../fixtures/builders';

// A waking day that ends after midnight (issue 16 point 2): people with pain often go to bed
// late, and shift workers sleep by day. The day runs on past 24:00 until the sleep time.

const lateNight = makeProfile({ wakeTime: '07:00', sleepTime: '00:30' });
const nightShift = makeProfile({ wakeTime: '14:00', sleepTime: '06:00' });
const timed = (plan: DayPlan) => plan.items.filter((i) => i.kind === 'timed');

describe('wakingDayOf', () => {
	it.each([
		// [wall clock, hours, waking day]
		[{ date: '2026-06-16', minutes: 15 }, lateNight, { date: '2026-06-15', minutes: 1455 }],
		[{ date: '2026-06-16', minutes: 29 }, lateNight, { date: '2026-06-15', minutes: 1469 }],
		[{ date: '2026-06-16', minutes: 30 }, lateNight, { date: '2026-06-16', minutes: 30 }],
		[{ date: '2026-06-15', minutes: 1439 }, lateNight, { date: '2026-06-15', minutes: 1439 }],
		[{ date: '2026-03-01', minutes: 300 }, nightShift, { date: '2026-02-28', minutes: 1740 }],
		[{ date: '2027-01-01', minutes: 10 }, lateNight, { date: '2026-12-31', minutes: 1450 }],
		[{ date: '2026-06-16', minutes: 15 }, makeProfile(), { date: '2026-06-16', minutes: 15 }],
		[{ date: '2026-06-16', minutes: 15 }, null, { date: '2026-06-16', minutes: 15 }],
		[
			{ date: '2026-06-16', minutes: 5 },
			makeProfile({ wakeTime: '07:00', sleepTime: '00:00' }),
			{ date: '2026-06-16', minutes: 5 }
		]
	])('%j with %j is %j', (wall, hours, expected) => {
		expect(
			wakingDayOf(wall, hours && { wakeTime: hours.wakeTime, sleepTime: hours.sleepTime })
		).toEqual(expected);
	});

	it('ends the day at the sleep time, past 1440 when it is after midnight', () => {
		expect(dayEndMinutes(lateNight)).toBe(1470);
		expect(dayEndMinutes(nightShift)).toBe(1800);
		expect(dayEndMinutes(makeProfile())).toBe(23 * 60);
		expect(dayEndMinutes(makeProfile({ sleepTime: '00:00' }))).toBe(1440);
	});
});

describe('a plan for a day that ends after midnight', () => {
	it('places the evening relaxation after midnight, shows the clock time, and reminds then', () => {
		const plan = planDay(
			nightShift,
			'2026-06-15',
			[],
			makeContext('2026-06-14T12:00:00Z', 'Europe/Berlin')
		);
		const items = timed(plan);
		const last = items.at(-1)!;
		expect(last.measure).toBe('rest');
		expect(last.startMinutes).toBe(1800 - 90); // 04:30 on the 16th
		expect(last.start).toBe('04:30');
		expect(
			items.every((i) => i.startMinutes >= 14 * 60 && i.startMinutes + i.durationMinutes <= 1800)
		).toBe(true);
		const noQuiet = { ...DEFAULT_REMINDER_SETTINGS, quietHours: null };
		const reminder = reminderSchedule(plan, noQuiet, 'Europe/Berlin').find(
			(r) => r.itemId === last.id
		)!;
		expect(reminder.at.toISOString()).toBe('2026-06-16T02:30:00.000Z'); // 04:30 in Berlin, summer
		expect(reminder.title).toBe(`${last.title} at 04:30`);
	});

	it('keeps quiet hours by the clock: 00:00-07:00 silences the items after midnight', () => {
		const plan = planDay(
			nightShift,
			'2026-06-15',
			[],
			makeContext('2026-06-14T12:00:00Z', 'Europe/Berlin')
		);
		const settings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { start: '00:00', end: '07:00' } };
		const reminded = reminderSchedule(plan, settings, 'Europe/Berlin');
		expect(reminded.length).toBeGreaterThan(0);
		for (const r of reminded) {
			const wall = wallClockAt(r.at, 'Europe/Berlin');
			expect(wall.date === '2026-06-16' && wall.minutes < 7 * 60).toBe(false);
		}
	});

	it.each([
		// The night the clocks go forward (02:00 -> 03:00) and back (03:00 -> 02:00) in Berlin.
		['2026-03-28', 'Europe/Berlin'],
		['2026-10-24', 'Europe/Berlin'],
		['2026-03-07', 'America/New_York'],
		['2026-10-31', 'America/New_York'],
		['2026-04-04', 'Australia/Lord_Howe']
	])(
		'the night after %s in %s: nothing in the skipped hour, every time read back',
		(date, zone) => {
			const plan = planDay(nightShift, date, [], makeContext(`${date}T00:00:00Z`, zone));
			const gap = skippedWallMinutes(
				instantOf(date, 1440 + 12 * 60, zone)
					.toISOString()
					.slice(0, 10),
				zone
			);
			for (const item of plan.items) {
				if (gap)
					expect(item.startMinutes >= 1440 + gap.start && item.startMinutes < 1440 + gap.end).toBe(
						false
					);
				const at = instantOf(date, item.startMinutes, zone);
				expect(wakingDayOf(wallClockAt(at, zone), nightShift)).toEqual({
					date,
					minutes: item.startMinutes
				});
			}
			expect(timed(plan).at(-1)!.startMinutes).toBeGreaterThan(1440);
		}
	);

	it('an item at 23:55 is due at 00:05 and missed later in the night, on the same waking day', () => {
		const plan = planDay(lateNight, '2026-06-15', [], makeContext('2026-06-14T12:00:00Z', 'UTC'));
		const item = { ...timed(plan)[0]!, startMinutes: 23 * 60 + 55, durationMinutes: 10 };
		const at = (minutes: number) =>
			dayItemViews([item], {}, minutes, '2026-06-16T00:00:00Z')[0]!.state;
		expect(at(23 * 60 + 50)).toBe('upcoming');
		expect(at(1440 + 5)).toBe('due');
		expect(at(1440 + 60)).toBe('missed');
	});

	it('offers "later today" until three hours before a sleep time after midnight', () => {
		const later = (minute: number, end: number) =>
			snoozeChoices(minute, end).some((c) => c.label.startsWith('Later today'));
		expect(later(22 * 60, 1440)).toBe(false); // a day ending by midnight, as before
		expect(later(22 * 60, 1800)).toBe(true); // a night shift's 22:00: the day runs to 06:00
		expect(later(1440 + 150, 1800)).toBe(true); // 02:30: 05:30 is still before 06:00
		expect(later(1440 + 210, 1800)).toBe(false); // 03:30: three hours on is past its end
	});
});
