import { describe, expect, it } from 'vitest';
import {
	answerApplies,
	checkInFor,
	dayItemViews,
	dayProgress,
	timerEnded,
	type ItemAnswer,
	type ItemState
} from '$lib/domain/day';
import type { PlanItem } from '$lib/domain/plan';
import type { CheckIn, CheckInStatus } from '$lib/domain/records';

// The rules of one day that the walk of issue 25 broke: a snooze left over from a banner or a
// notification reopened a done item, and a compress whose timer had just ended was listed as missed.

const NOW = new Date('2026-06-15T05:45:30Z'); // 07:45 in Berlin; only the ISO text is compared

/** The 07:30 warm compress, 15 minutes: missed from 07:45 unless done. */
const COMPRESS: PlanItem = {
	id: '2026-06-15:warm-compress:0',
	measure: 'warm-compress',
	kind: 'timed',
	title: 'Warm compress',
	start: '07:30',
	startMinutes: 7 * 60 + 30,
	durationMinutes: 15,
	instructions: [],
	exercises: [],
	cautions: []
};
const WALK: PlanItem = {
	...COMPRESS,
	id: '2026-06-15:walk:0',
	measure: 'walk',
	title: 'Walk',
	start: '07:00',
	startMinutes: 7 * 60,
	durationMinutes: 10
};

const recorded = (status: CheckInStatus, item = COMPRESS): CheckIn => {
	const answer: ItemAnswer =
		status === 'skipped'
			? { status, reason: '' }
			: status === 'snoozed'
				? { status, minutes: 10 }
				: { status };
	return checkInFor(item, '2026-06-15', answer, new Date('2026-06-15T05:31:00Z'));
};

describe('answerApplies: a snooze never reopens an item done or skipped', () => {
	const done: ItemAnswer = { status: 'done' };
	const snooze: ItemAnswer = { status: 'snoozed', minutes: 10 };
	const skip: ItemAnswer = { status: 'skipped', reason: 'too sore' };
	it.each<[string, CheckIn | null, ItemAnswer, boolean]>([
		['nothing recorded, snooze', null, snooze, true],
		['nothing recorded, done', null, done, true],
		['nothing recorded, skip', null, skip, true],
		['snoozed, snooze again', recorded('snoozed'), snooze, true],
		['snoozed, done', recorded('snoozed'), done, true],
		['snoozed, skip', recorded('snoozed'), skip, true],
		['done, snooze (the leftover banner of the walk)', recorded('done'), snooze, false],
		['done, done again', recorded('done'), done, true],
		['done, skip (a change of mind)', recorded('done'), skip, true],
		['skipped, snooze', recorded('skipped'), snooze, false],
		['skipped, done after all', recorded('skipped'), done, true]
	])('%s', (_name, current, answer, applies) => {
		expect(answerApplies(current, answer)).toBe(applies);
	});
});

describe('dayItemViews: an item whose timer is running or just ended is never missed', () => {
	// Minutes of the day: 07:29 before the start, 07:30 the start, 07:45 the first missed minute.
	it.each<[string, number, string | null, Record<string, CheckIn>, ItemState]>([
		['before its start, no timer', 449, null, {}, 'upcoming'],
		['at its start, no timer', 450, null, {}, 'due'],
		['15 minutes on, no timer', 465, null, {}, 'missed'],
		['hours on, no timer', 720, null, {}, 'missed'],
		['15 minutes on, its timer kept (running or time up)', 465, COMPRESS.id, {}, 'due'],
		['hours on, its timer still kept (time up, not yet done)', 720, COMPRESS.id, {}, 'due'],
		['started early, before its start', 440, COMPRESS.id, {}, 'upcoming'],
		['another item’s timer kept', 465, WALK.id, {}, 'missed'],
		['done with its timer kept', 465, COMPRESS.id, { [COMPRESS.id]: recorded('done') }, 'done'],
		[
			'skipped with its timer kept',
			465,
			COMPRESS.id,
			{ [COMPRESS.id]: recorded('skipped') },
			'skipped'
		]
	])('%s', (_name, minutes, timedItemId, checkIns, state) => {
		const [view] = dayItemViews([COMPRESS], checkIns, minutes, NOW.toISOString(), timedItemId);
		expect(view!.state).toBe(state);
	});

	it('Today’s count has no missed item for a compress whose time just ran out', () => {
		const views = dayItemViews([WALK, COMPRESS], {}, 465, NOW.toISOString(), COMPRESS.id);
		expect(dayProgress(views)).toEqual({ done: 0, skipped: 0, missed: 1, total: 2 });
		expect(views.map((v) => v.state)).toEqual(['missed', 'due']);
	});
});

describe('timerEnded', () => {
	const at = Date.parse('2026-06-15T05:45:00Z');
	it.each<[string, { endsAt: number | null; remainingMs: number }, boolean]>([
		['running, a minute left', { endsAt: at + 60_000, remainingMs: 60_000 }, false],
		['running, ends now', { endsAt: at, remainingMs: 1 }, true],
		['ran out a while ago', { endsAt: at - 600_000, remainingMs: 0 }, true],
		['paused with time left', { endsAt: null, remainingMs: 30_000 }, false],
		['stopped with none left', { endsAt: null, remainingMs: 0 }, true]
	])('%s', (_name, timer, ended) => {
		expect(timerEnded(timer, at)).toBe(ended);
	});
});
