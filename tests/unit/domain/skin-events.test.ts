import { describe, expect, it } from 'vitest';
import {
	mergeSkinEvents,
	sessionOf,
	SKIN_EVENTS_KEY,
	skinCheckDue,
	skinCheckDueAt,
	skinEventsFrom,
	withSkinEvent,
	type CompressSession,
	type SkinEvent
} from '$lib/domain/skin-events';

// Issue 24 (point 1): the skin check during a compress is due at about 5 minutes of the pack being
// on (care-content.md section 1a), again every 5 minutes while the timer is paused with the pack
// on (the app's choice), never once the session is over; worked out from the clock alone.

const MIN = 60_000;
const T0 = Date.parse('2026-06-15T09:00:00Z');
const at = (minutes: number) => T0 + minutes * MIN;

/** A session started at T0 and running for 20 minutes, unless a test says otherwise. */
const session = (over: Partial<CompressSession> = {}): CompressSession => ({
	startedAt: T0,
	endsAt: at(20),
	pausedAt: null,
	checkedAt: null,
	...over
});

describe('when the skin check is due', () => {
	it.each([
		['running, 4:59 on', session(), at(4) + 59_000, false],
		['running, 5:00 on', session(), at(5), true],
		['running, 12 min on, not yet answered', session(), at(12), true],
		['running, answered fine at 5 min', session({ checkedAt: at(5) }), at(12), false],
		[
			'paused at 2 min: the first check still comes at 5 min of the pack being on',
			session({ endsAt: null, pausedAt: at(2) }),
			at(5),
			true
		],
		[
			'paused at 7 min after a check at 5: not yet 5 min of pause',
			session({ endsAt: null, pausedAt: at(7), checkedAt: at(5) }),
			at(11) + 59_000,
			false
		],
		[
			'paused at 7 min after a check at 5: 5 min of pause',
			session({ endsAt: null, pausedAt: at(7), checkedAt: at(5) }),
			at(12),
			true
		],
		[
			'paused, answered again at 12: next at 17, not before',
			session({ endsAt: null, pausedAt: at(7), checkedAt: at(12) }),
			at(16),
			false
		],
		[
			'paused, answered again at 12: due at 17',
			session({ endsAt: null, pausedAt: at(7), checkedAt: at(12) }),
			at(17),
			true
		],
		['the time is up (the session is over)', session({ endsAt: at(20) }), at(20), false],
		[
			'the clock jumped far past the end',
			session({ endsAt: at(20) }),
			at(20) + 3 * 3_600_000,
			false
		],
		['the clock jumped within the session: asked once, now', session(), at(15), true]
	])('%s', (_, s, now, due) => {
		expect(skinCheckDue(s, now)).toBe(due);
	});

	it('no session, no check', () => {
		expect(skinCheckDue(null, at(10))).toBe(false);
	});

	it('a clock jump forward asks once: one due instant, not one per missed interval', () => {
		const paused = session({ endsAt: null, pausedAt: at(7), checkedAt: at(5) });
		expect(skinCheckDueAt(paused)).toBe(at(12));
		expect(skinCheckDue(paused, at(60))).toBe(true);
		// Answered after the jump: the next is 5 minutes after that answer.
		expect(skinCheckDueAt({ ...paused, checkedAt: at(60) })).toBe(at(65));
	});

	it('a kept timer gives its session; one kept by an older version gives none', () => {
		expect(
			sessionOf({ endsAt: null, remainingMs: 1, startedAt: T0, pausedAt: at(3) } as never)
		).toEqual({ startedAt: T0, endsAt: null, pausedAt: at(3), checkedAt: null });
		expect(
			sessionOf({ endsAt: null, remainingMs: 0, startedAt: T0, pausedAt: null }),
			'the time is up'
		).toBeNull();
		expect(
			sessionOf({
				endsAt: at(20),
				remainingMs: 15 * MIN,
				startedAt: T0,
				pausedAt: null,
				checkedAt: at(5)
			})
		).toEqual({
			startedAt: T0,
			endsAt: at(20),
			pausedAt: null,
			checkedAt: at(5)
		});
		// A running timer's kept remainingMs is from its last start: only the end instant counts.
		expect(sessionOf({ endsAt: at(20), remainingMs: 0, startedAt: T0 })).toMatchObject({
			endsAt: at(20)
		});
		expect(sessionOf({ endsAt: at(20), remainingMs: 15 * MIN })).toBeNull();
		expect(sessionOf(null)).toBeNull();
	});
});

const answered = (iso: string, answer: SkinEvent['answer'] = 'fine'): SkinEvent => ({
	at: iso,
	date: iso.slice(0, 10),
	measure: 'warm-compress',
	itemId: 'w',
	answer
});

describe('keeping skin events', () => {
	it('are kept under a key of their own, which never changes (a new key would lose them all)', () => {
		expect(SKIN_EVENTS_KEY).toBe('skinEvents');
	});

	it('an answer is added in order of its instant, the earlier ones kept', () => {
		const record = { events: [answered('2026-06-01T09:00:00Z'), answered('2026-06-03T09:00:00Z')] };
		const added = withSkinEvent(record, answered('2026-06-02T09:00:00.000Z', 'burn'));
		expect(added.events.map((e) => e.answer)).toEqual(['fine', 'burn', 'fine']);
		expect(record.events).toHaveLength(2); // the record given is not changed
	});

	it.each([
		[undefined, []],
		[null, []],
		[{}, []],
		[{ events: 'not a list' }, []],
		[{ events: [answered('2026-06-01T09:00:00Z')] }, [answered('2026-06-01T09:00:00Z')]]
	])('reads what is stored (%j)', (stored, events) => {
		expect(skinEventsFrom(stored)).toEqual({ events });
	});
});

describe('merging skin events', () => {
	it('keeps each event of both once, oldest first', () => {
		const e = (iso: string, answer: 'fine' | 'burn') => ({
			at: iso,
			date: iso.slice(0, 10),
			measure: 'warm-compress' as const,
			itemId: 'w',
			answer
		});
		const a = { events: [e('2026-06-01T09:00:00Z', 'fine'), e('2026-06-03T09:00:00Z', 'burn')] };
		// The same answer on both, once written with milliseconds: one event.
		const b = {
			events: [e('2026-06-02T09:00:00Z', 'fine'), e('2026-06-01T09:00:00.000Z', 'fine')]
		};
		expect(mergeSkinEvents(a, b).events.map((x) => x.at)).toEqual([
			'2026-06-01T09:00:00Z',
			'2026-06-02T09:00:00Z',
			'2026-06-03T09:00:00Z'
		]);
	});
});
