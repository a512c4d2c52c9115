import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, parseProfile } from '$lib/domain/profile';
import { makeProfile } from '../fixtures/builders';

const weight = {
	unit: 'kg',
	heightCm: 170,
	weightKg: 85,
	goalsOff: false,
	goalKg: 80,
	weighInDay: 1
};

describe('parseProfile', () => {
	it.each(['00:00', '00:30', '02:15', '03:00', '13:00', '23:59'])(
		'accepts a sleep time of %s after a 07:00 wake-up (after midnight is the same waking day)',
		(sleepTime) => {
			expect(parseProfile(makeProfile({ wakeTime: '07:00', sleepTime })).ok).toBe(true);
		}
	);

	it('accepts the default profile and a full one', () => {
		expect(parseProfile(DEFAULT_PROFILE)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
		const full = makeProfile({
			phase: 'flare',
			flareStartedOn: '2026-06-14',
			painStartedOn: '2026-05-01',
			sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' }],
			weight: weight as never
		});
		expect(parseProfile(full).ok).toBe(true);
	});

	it.each([
		// Wake 07:00: sleep at 06:00 would be 23 hours awake; at 12:00, 5 hours; at 07:00, none.
		{ change: { sleepTime: '06:00' }, field: 'sleepTime', message: /at most 20 hours/ },
		{ change: { sleepTime: '03:01' }, field: 'sleepTime', message: /at most 20 hours/ },
		{ change: { sleepTime: '12:00' }, field: 'sleepTime', message: /at least 6 hours/ },
		{ change: { sleepTime: '07:00' }, field: 'sleepTime', message: /cannot be the same/ },
		{ change: { wakeTime: '25:00' }, field: 'wakeTime', message: /between 00:00 and 23:59/ },
		{ change: { wakeTime: '7:00' }, field: 'wakeTime', message: /like 07:30/ },
		{
			change: { wakeTime: '09:00', sleepTime: '13:00' },
			field: 'sleepTime',
			message: /at least 6 hours/
		},
		{
			change: { stretchIds: ['figure-four', 'headstand'] },
			field: 'stretchIds.1',
			message: /Unknown exercise: headstand/
		},
		{
			change: { stretchIds: ['hamstring', 'nerve-glide'] },
			field: 'stretchIds',
			message: /not both/
		},
		{
			change: { stretchIds: ['walking'] },
			field: 'stretchIds.0',
			message: /Unknown exercise: walking/
		},
		{ change: { compressMinutes: 25 }, field: 'compressMinutes', message: /never longer than 20/ },
		{ change: { compressMinutes: 10 }, field: 'compressMinutes', message: /15 to 20/ },
		{ change: { sittingBreakMinutes: 90 }, field: 'sittingBreakMinutes', message: /20 to 60/ },
		{ change: { stretchSessionsPerDay: 4 }, field: 'stretchSessionsPerDay', message: /1, 2 or 3/ },
		{ change: { affectedSide: 'middle' }, field: 'affectedSide', message: /left, right or both/ },
		{ change: { flareStartedOn: '2026-02-30' }, field: 'flareStartedOn', message: /real date/ },
		{
			change: { sittingBlocks: [{ weekdays: [1], start: '17:00', end: '09:00' }] },
			field: 'sittingBlocks.0.end',
			message: /end after they start/
		},
		{
			change: { sittingBlocks: [{ weekdays: [], start: '09:00', end: '17:00' }] },
			field: 'sittingBlocks.0.weekdays',
			message: /at least one day/
		},
		{
			change: { weight: { ...weight, goalKg: 50 } },
			field: 'weight.goalKg',
			message: /BMI of 18.5/
		},
		{
			change: { weight: { ...weight, goalsOff: true } },
			field: 'weight.goalKg',
			message: /pregnancy or with an eating-disorder/
		},
		{
			change: { weight: { ...weight, heightCm: 20 } },
			field: 'weight.heightCm',
			message: /at least 100 cm/
		}
	])('refuses $change naming $field', ({ change, field, message }) => {
		const result = parseProfile({ ...DEFAULT_PROFILE, ...change });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const issue = result.issues.find((i) => i.field === field);
		expect(issue, JSON.stringify(result.issues)).toBeDefined();
		expect(issue!.message).toMatch(message);
	});

	it.each([null, 'profile', 42, {}, { ...DEFAULT_PROFILE, screening: undefined }])(
		'refuses %j without throwing',
		(input) => {
			expect(parseProfile(input).ok).toBe(false);
		}
	);

	it('accepts a goal exactly at BMI 18.5', () => {
		const goalKg = 18.5 * 1.7 ** 2;
		expect(parseProfile({ ...DEFAULT_PROFILE, weight: { ...weight, goalKg } }).ok).toBe(true);
	});
});
