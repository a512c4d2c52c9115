import { describe, expect, it } from 'vitest';
import { APP_CHOICES } from '$lib/content/app-choices';
import { COMPRESS_RULES } from '$lib/content/care-rules';
import { MISSED_AFTER_MINUTES, SNOOZE_MINUTES } from '$lib/domain/day';
import { MIN_SESSION_GAP_MINUTES, WIND_DOWN_MINUTES } from '$lib/domain/plan';
import { PROGRESSION_RULE } from '$lib/domain/progression';
import { EARLY_ASSESSMENT_MINUTES } from '$lib/domain/warning-signs';

describe("the app's own choices, as About lists them", () => {
	it.each([
		[`At most ${COMPRESS_RULES.maxRecoverySessions} compresses on a recovery day`],
		[`after ${PROGRESSION_RULE.comfortableDaysPerStep} comfortable days in a row`],
		[`pain ${PROGRESSION_RULE.comfortableMaxPain}/10 or less`],
		[`pain of ${PROGRESSION_RULE.stepBackPain}/10 or more`],
		['only the flare-day measures while a same-day warning sign is open'],
		[`last ${COMPRESS_RULES.bedtimeBufferMinutes} minutes before your sleep time`],
		[`missed ${MISSED_AFTER_MINUTES} minutes after its start`],
		[`off ${SNOOZE_MINUTES} minutes`],
		['about 2 points a week'],
		['over 2 weeks old'],
		['until you answer the safety questions again'],
		// Issue 24: the rules it added where the reference does not decide.
		['never holds more sessions of any kind than your normal day'],
		[`within ${EARLY_ASSESSMENT_MINUTES} minutes of an emergency or same-day answer`],
		['Is this new or worse since you were assessed?'],
		['teaches people to answer No'],
		['An accident, a fall or a knock named in the doctor’s questions'],
		// Issue 25 points 5 and 6: a whole day, spread out, nothing strenuous just before sleep.
		[`start at least ${MIN_SESSION_GAP_MINUTES / 60} hours apart`],
		[`in the last ${WIND_DOWN_MINUTES} minutes before your sleep time`],
		['On the day you set the app up, the plan starts then']
	])('says %j, with the number the code applies', (words) => {
		expect(APP_CHOICES.some((c) => c.includes(words))).toBe(true);
	});
});
