import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { NO_VISIT_ANSWERS } from '$lib/domain/visit-answers';
import { DAMAGED, NOT_JSON, NOT_OUR_BACKUP, parseBackup } from '$lib/storage/backup';
import { DATABASE_VERSION } from '$lib/storage/migrations';
import { makeCheckIn, makeEntry, makePlan } from './plan-fixtures';

// What a refused backup says, in a person's words: the record by its kind and local date, and the
// rule its field breaks; never valibot's text or the path in the file (issue 25 point 9).

const TODAY = '2026-06-15';

/** A valid backup of one day, 3 March 2026, as plain data to spoil. */
function backup() {
	const plan = makePlan('2026-03-03');
	return structuredClone({
		app: 'deep-gluteal-care',
		kind: 'backup',
		schemaVersion: DATABASE_VERSION,
		appVersion: '1.0.0',
		exportedAt: '2026-06-14T19:04:00.000Z',
		data: {
			profile: { key: 'current', profile: DEFAULT_PROFILE, updatedAt: '2026-03-01T08:00:00.000Z' },
			settings: [
				{ key: 'theme', value: 'dark', updatedAt: '2026-03-01T08:00:00.000Z' },
				{ key: 'visitAnswers', value: NO_VISIT_ANSWERS, updatedAt: '2026-03-01T08:00:00.000Z' }
			],
			dayPlans: [plan],
			checkIns: [makeCheckIn(plan, 0)],
			dailyEntries: [makeEntry('2026-03-03'), makeEntry('2025-12-30')]
		}
	});
}
type Data = ReturnType<typeof backup>['data'];
// Spoiling a record on purpose: its fields are any.
/* eslint-disable @typescript-eslint/no-explicit-any */
const entry = (d: Data, i = 0) => d.dailyEntries[i] as any;

const problemsOf = (text: string) => {
	const parsed = parseBackup(text, text.length, TODAY);
	expect(parsed.ok).toBe(false);
	return parsed.ok ? [] : parsed.problems;
};

describe('each problem names the record by its kind and date, and the rule', () => {
	it('the valid backup is accepted', () => {
		expect(parseBackup(JSON.stringify(backup()), undefined, TODAY).ok).toBe(true);
	});

	it.each<[string, (d: Data) => void, string]>([
		[
			'a pain score in words',
			(d) => (entry(d).pain = 'very bad'),
			'Daily check-in of 3 March: pain must be a number from 0 to 10'
		],
		[
			'a pain score out of range',
			(d) => (entry(d).pain = 11),
			'Daily check-in of 3 March: pain must be a number from 0 to 10'
		],
		[
			'a pain score of last year',
			(d) => (entry(d, 1).pain = 4.5),
			'Daily check-in of 30 December 2025: pain must be a number from 0 to 10'
		],
		[
			'an impossible date',
			(d) => (entry(d).date = '2026-02-30'),
			'Daily check-in number 1: its date must be a real date, like 2026-03-03'
		],
		[
			'a weight in words',
			(d) => (entry(d).weightKg = '80 kg'),
			'Daily check-in of 3 March: weight must be a number from 25 to 400 kg, or not given'
		],
		[
			'a numbness answer that is not yes or no',
			(d) => (entry(d).symptoms.numbness = 'maybe'),
			'Daily check-in of 3 March: numbness must be yes or no'
		],
		[
			'an unknown side',
			(d) => (entry(d).symptoms.side = 'middle'),
			'Daily check-in of 3 March: the side must be left, right, both or not given'
		],
		[
			'an unknown warning sign',
			(d) => (entry(d).redFlags = { 'third-leg': true }),
			'Daily check-in of 3 March: each warning-sign answer must be yes or no, for a warning sign the app knows'
		],
		[
			'notes too long',
			(d) => (entry(d).notes = 'x'.repeat(5001)),
			'Daily check-in of 3 March: the notes must be text of at most 5000 characters'
		],
		[
			'a missing save time',
			(d) => delete entry(d).updatedAt,
			'Daily check-in of 3 March: the time it was saved must be a date and time'
		],
		[
			'a check-in with an unknown status',
			(d) => ((d.checkIns[0] as any).status = 'maybe'),
			'Ticked or skipped item of 3 March: it must be done, skipped or snoozed'
		],
		[
			'a plan item at no time',
			(d) => ((d.dayPlans[0]!.items[1] as any).start = 'noon'),
			'Day plan of 3 March, item 2: its time must be a time like 07:30'
		],
		[
			'a plan field the table does not name',
			(d) => ((d.dayPlans[0] as any).badDay = 'no'),
			'Day plan of 3 March: bad day must be yes or no'
		],
		[
			'plan settings awake 22 hours',
			(d) => ((d.profile!.profile as any).sleepTime = '05:00'),
			'Your plan settings: From wake-up to sleep can be at most 20 hours (the app’s choice, to leave time for the night). A sleep time after midnight is fine: enter it as it is, like 00:30.'
		],
		[
			'minutes per compress in words',
			(d) => ((d.profile!.profile as any).compressMinutes = 'a very long and wrong value'),
			'Your plan settings: minutes per compress must be a whole number from 15 to 20'
		],
		[
			'a safety answer that is not yes or no',
			(d) => ((d.profile!.profile.screening as any).wound = 'no'),
			'Your plan settings: each safety answer must be yes or no'
		],
		[
			'a doctor’s answer out of range',
			(d) =>
				((d.settings[1] as any).value = {
					...NO_VISIT_ANSWERS,
					painStart: { kind: 'about', amount: -3, unit: 'weeks', answeredOn: '2026-03-01' }
				}),
			'Your answers to the doctor’s questions: How long ago must be at least 1.'
		],
		[
			'a list that is not a list',
			(d) => ((d as any).dailyEntries = 'none'),
			'The daily check-ins cannot be read'
		]
	])('%s', (_, spoil, message) => {
		const file = backup();
		spoil(file.data);
		const problems = problemsOf(JSON.stringify(file));
		expect(problems).toEqual([message]);
		// Never the developer's words or the path in the file.
		expect(problems.join(' ')).not.toMatch(/Invalid|Expected|received|dailyEntries|\[\d\]/);
	});

	it('a problem repeated in many records is said for each, five at most, with the rest counted', () => {
		const file = backup();
		file.data.dailyEntries = Array.from({ length: 8 }, (_, i) =>
			makeEntry(`2026-03-0${i + 1}`, { pain: 12 })
		);
		const problems = problemsOf(JSON.stringify(file));
		expect(problems).toEqual([
			'Daily check-in of 1 March: pain must be a number from 0 to 10',
			'Daily check-in of 2 March: pain must be a number from 0 to 10',
			'Daily check-in of 3 March: pain must be a number from 0 to 10',
			'Daily check-in of 4 March: pain must be a number from 0 to 10',
			'Daily check-in of 5 March: pain must be a number from 0 to 10',
			'…and 3 more problems.'
		]);
	});
});

describe('a damaged backup is told from a file that is not one', () => {
	const valid = () => JSON.stringify(backup());
	it.each<[string, () => string, string]>([
		['a backup cut short', () => valid().slice(0, 300), DAMAGED],
		['a backup cut to its first line', () => valid().slice(0, 30), DAMAGED],
		[
			'a backup pretty-printed, then cut short',
			() => JSON.stringify(backup(), null, 2).slice(0, 500),
			DAMAGED
		],
		[
			'a backup without its data version',
			() => JSON.stringify({ ...backup(), schemaVersion: undefined }),
			DAMAGED
		],
		['JSON of another app', () => JSON.stringify({ ...backup(), app: 'other' }), NOT_OUR_BACKUP],
		['a JSON array', () => '[1,2,3]', NOT_OUR_BACKUP],
		['JSON without the marker', () => '{"data":{}}', NOT_OUR_BACKUP],
		['a picture', () => '\u0089PNG not json', NOT_JSON],
		['an empty file', () => '', NOT_JSON],
		['another app’s JSON cut short', () => '{"app":"other","kind":"backup","da', NOT_JSON]
	])('%s', (_, text, problem) => {
		expect(problemsOf(text())).toEqual([problem]);
	});

	it('says so in words', () => {
		expect(DAMAGED).toMatch(/^This backup file is damaged/);
		expect(NOT_OUR_BACKUP).toBe('This file is not a backup of this app.');
	});
});
