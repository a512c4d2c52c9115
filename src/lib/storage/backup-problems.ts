import type * as v from 'valibot';
import { SKIN_EVENTS_KEY } from '$lib/domain/skin-events';
import { isLocalDate, type LocalDate } from '$lib/domain/time';
import { dateInWords } from '$lib/domain/visit-range';
import { VISIT_ANSWERS_KEY } from '$lib/domain/visit-answers';
import { WARNING_SIGNS_KEY } from '$lib/domain/warning-signs';

// What is wrong with a backup file, in a person's words: the record by its kind and its date, and
// the rule its field breaks ("Daily check-in of 3 March: pain must be a number from 0 to 10"),
// never valibot's own text or the path in the file (issue 25 point 9).

type Key = string | number;

/** The lists of records in a backup's data, by what the app calls one of them. */
const RECORD_NAMES: Record<string, string> = {
	dailyEntries: 'Daily check-in',
	checkIns: 'Ticked or skipped item',
	dayPlans: 'Day plan'
};

/** A whole list that cannot be read, by what the app calls it. */
const LIST_NAMES: Record<string, string> = {
	profile: 'Your plan settings',
	settings: 'The settings',
	dailyEntries: 'The daily check-ins',
	checkIns: 'The ticked and skipped items',
	dayPlans: 'The day plans'
};

/** Settings whose value is checked, by what they hold. */
const SETTING_NAMES: Record<string, string> = {
	[WARNING_SIGNS_KEY]: 'The warning-sign record',
	[VISIT_ANSWERS_KEY]: 'Your answers to the doctor’s questions',
	[SKIN_EVENTS_KEY]: 'The skin-check record'
};

const A_DATE = 'must be a real date, like 2026-03-03';
const A_TIME = 'must be a date and time';
const YES_NO = 'must be yes or no';

/** Each field's rule, by record list and field path (list indexes left out). */
const FIELD_RULES: Record<string, string> = {
	'profile.profile.affectedSide': 'the side that hurts must be left, right or both',
	'profile.profile.compressMinutes': 'minutes per compress must be a whole number from 15 to 20',
	'profile.profile.sittingBreakMinutes':
		'the sitting-break interval must be a whole number of minutes from 20 to 60',
	'profile.profile.screening': `each safety answer ${YES_NO}`,
	'dailyEntries.date': `its date ${A_DATE}`,
	'dailyEntries.pain': 'pain must be a number from 0 to 10',
	'dailyEntries.sittingToleranceMinutes':
		'sitting time must be a number of minutes from 0 to 1440, or not given',
	'dailyEntries.symptoms': 'the symptoms are missing or cannot be read',
	'dailyEntries.symptoms.numbness': `numbness ${YES_NO}`,
	'dailyEntries.symptoms.tingling': `tingling ${YES_NO}`,
	'dailyEntries.symptoms.belowKnee': `pain below the knee ${YES_NO}`,
	'dailyEntries.symptoms.coughSneezeStrain': `pain worse on coughing, sneezing or straining ${YES_NO}`,
	'dailyEntries.symptoms.side': 'the side must be left, right, both or not given',
	'dailyEntries.redFlags': `each warning-sign answer ${YES_NO}, for a warning sign the app knows`,
	'dailyEntries.flare': `the bad-day answer ${YES_NO}`,
	'dailyEntries.weightKg': 'weight must be a number from 25 to 400 kg, or not given',
	'dailyEntries.medicine': 'the pain medicine line must be text of at most 500 characters',
	'dailyEntries.notes': 'the notes must be text of at most 5000 characters',
	'dailyEntries.updatedAt': `the time it was saved ${A_TIME}`,
	'checkIns.itemId': 'its item must be named with its date',
	'checkIns.date': `its date ${A_DATE}`,
	'checkIns.measure': 'its care measure must be one the app knows',
	'checkIns.status': 'it must be done, skipped or snoozed',
	'checkIns.at': `the time it was answered ${A_TIME}`,
	'checkIns.reason': 'the reason must be text of at most 500 characters, or not given',
	'checkIns.snoozedUntil': `the end of its snooze ${A_TIME}, or not given`,
	'checkIns.exerciseIds': 'its exercises must be ones the app knows',
	'dayPlans.date': `its date ${A_DATE}`,
	'dayPlans.phase': 'its phase must be flare or recovery',
	'dayPlans.generatedAt': `the time it was made ${A_TIME}`,
	'dayPlans.items.start': 'its time must be a time like 07:30',
	'dayPlans.items.measure': 'its care measure must be one the app knows',
	'dayPlans.items.exercises.exerciseId': 'its exercises must be ones the app knows'
};

/** "sittingToleranceMinutes" -> "sitting tolerance minutes". */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const recordAt = (data: unknown, list: string, index: number): Record<string, unknown> | null => {
	const records = (data as Record<string, unknown> | null)?.[list];
	const record = Array.isArray(records) ? records[index] : undefined;
	return typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : null;
};

/** What the rule of a field the table does not name is, from the kind of check that failed. */
function genericRule(issue: v.BaseIssue<unknown>): string {
	if (issue.received === 'undefined') return 'is missing';
	// The app's own messages are already in words: fragments ("must be 0 to 10") or sentences.
	if (!issue.message.startsWith('Invalid ')) return issue.message;
	switch (issue.type) {
		case 'number':
			return 'must be a number';
		case 'string':
			return 'must be text';
		case 'boolean':
			return YES_NO;
		case 'array':
			return 'must be a list';
		case 'integer':
			return 'must be a whole number';
		case 'min_value':
			return `must be at least ${String(issue.requirement)}`;
		case 'max_value':
			return `must be at most ${String(issue.requirement)}`;
		case 'max_length':
			return 'is too long';
		case 'min_length':
			return 'is too short';
		case 'picklist':
		case 'literal':
		case 'variant':
			return 'is not a value the app knows';
		default:
			return 'cannot be read';
	}
}

/**
 * One problem of a backup's data in a person's words. `data` is the data as checked (to name a
 * record by its date); `today` leaves the year out of this year's dates.
 */
export function describeBackupIssue(
	issue: v.BaseIssue<unknown>,
	data: unknown,
	today: LocalDate | null
): string {
	const keys: Key[] = (issue.path ?? []).map((p) => p.key as Key);
	const [list, index] = keys;
	if (typeof list !== 'string') return `The backup’s data ${genericRule(issue)}`;

	let record: string;
	let fieldKeys: Key[];
	if (list === 'profile') {
		record = LIST_NAMES.profile!;
		// The stored record wraps the profile itself.
		fieldKeys = keys.slice(keys[1] === 'profile' ? 2 : 1);
	} else if (typeof index !== 'number') {
		return `${LIST_NAMES[list] ?? capitalised(words(list))} ${issue.received === 'undefined' ? 'are missing' : 'cannot be read'}`;
	} else if (list === 'settings') {
		const key = recordAt(data, list, index)?.key;
		record =
			typeof key === 'string'
				? (SETTING_NAMES[key] ?? `The setting “${key.slice(0, 40)}”`)
				: `Setting ${index + 1}`;
		fieldKeys = keys.slice(2);
		if (fieldKeys[0] === 'value') fieldKeys = fieldKeys.slice(1);
	} else {
		const name = RECORD_NAMES[list] ?? capitalised(words(list));
		const date = recordAt(data, list, index)?.date;
		record =
			typeof date === 'string' && isLocalDate(date)
				? `${name} of ${dateInWords(date, today ?? '')}`
				: `${name} number ${index + 1}`;
		fieldKeys = keys.slice(2);
		// A plan's items are named by their place in the day.
		if (list === 'dayPlans' && fieldKeys[0] === 'items' && typeof fieldKeys[1] === 'number') {
			record += `, item ${fieldKeys[1] + 1}`;
			fieldKeys = fieldKeys.slice(2);
		}
	}

	const field = fieldKeys.filter((k): k is string => typeof k === 'string');
	const path = keys.slice(1).filter((k): k is string => typeof k === 'string');
	// The rule of the field, or of the nearest group that holds it (a warning-sign answer's key).
	let rule: string | undefined;
	for (let n = path.length; n > 0 && list !== 'settings' && !rule; n--)
		rule = FIELD_RULES[[list, ...path.slice(0, n)].join('.')];
	if (rule) return `${record}: ${rule}`;
	const generic = genericRule(issue);
	// A sentence of the app's own (the plan settings' rules) stands as it is.
	if (/^[A-Z]/.test(generic)) return `${record}: ${generic}`;
	const name = field.length > 0 ? words(field.join(' ')) : 'it';
	return `${record}: ${name} ${generic}`;
}
