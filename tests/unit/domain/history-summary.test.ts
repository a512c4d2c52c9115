import { describe, expect, it } from 'vitest';
import { dayRecordFrom } from '$lib/domain/day-record';
import { summarizeHistory } from '$lib/domain/history-summary';
import { blankDailyEntry } from '$lib/domain/records';

// Sitting tolerance travels from the check-in to what Progress charts (issue 16 point 10).

describe('sitting tolerance in the history', () => {
	it.each([
		[45, 45],
		[0, 0],
		[null, null]
	])('a check-in of %s minutes is a day of %s on Progress', (minutes, shown) => {
		const entry = {
			...blankDailyEntry('2026-06-15', new Date('2026-06-15T18:00:00Z')),
			sittingToleranceMinutes: minutes
		};
		const record = dayRecordFrom('2026-06-15', null, [], entry);
		expect(record.sittingMinutes).toBe(shown);
		expect(summarizeHistory([record], '2026-06-15').days[0]!.sittingMinutes).toBe(shown);
	});

	it('a day with no check-in has no sitting time', () => {
		const record = dayRecordFrom('2026-06-15', null, [], null);
		expect(summarizeHistory([record], '2026-06-15').days[0]!.sittingMinutes).toBeNull();
	});
});
