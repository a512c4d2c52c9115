import {
	BACKUP_REMINDER_DAYS,
	MISSED_AFTER_MINUTES,
	SNOOZE_MINUTES,
	daysInWords
} from '$lib/domain/day';
import { MIN_SESSION_GAP_MINUTES, WIND_DOWN_MINUTES } from '$lib/domain/plan';
import { MAX_AWAKE_MINUTES } from '$lib/domain/profile';
import { PROGRESSION_RULE_TEXT } from '$lib/domain/progression';
import { SKIN_CHECK_PAUSED_DESIGN_CHOICE } from '$lib/domain/skin-events';
import { HOME_CARE_VISIT_CHOICE } from '$lib/domain/triage';
import { WORSENING_SLOPE } from '$lib/domain/trends';
import { EARLY_ASSESSMENT_MINUTES } from '$lib/domain/warning-signs';
import { COMPRESS_RULES, WARNING_SIGN_HOLD } from './care-rules';
import { SKIN_CHECKS } from './skin-check';
import { EXERCISES } from './exercises';
import { CALL_REGION_CHOICE } from './help-numbers';
import { OFF_TIME_CHOICE } from './measures';

// The rules the app sets itself where no source gives a number (care-content.md marks them as
// design choices). About lists them as "the app's choice, not a published rule"; the words take
// their numbers from the code that applies them, so the two cannot drift apart.

export const APP_CHOICES: readonly string[] = [
	`At most ${COMPRESS_RULES.maxRecoverySessions} compresses on a recovery day, at least ${COMPRESS_RULES.minIntervalMinutes / 60} hours apart (the sources give a length and a spacing, not a daily count).`,
	'On a flare day: at most 2 stretch sessions, with the gentlest stretches only, and more rest.',
	`${PROGRESSION_RULE_TEXT} A comfortable day counts for an exercise you did that day; a day without a check-in neither grows nor steps back a dose.`,
	`With sleeping or strong pain medicine: no warm compress in the last ${COMPRESS_RULES.bedtimeBufferMinutes} minutes before your sleep time.`,
	`Pain counts as getting worse when 7 days of scores rise by about ${Math.round(WORSENING_SLOPE * 7)} points a week or more.`,
	'A sitting-break prompt every 30 minutes of sitting by default; you choose 20 to 60.',
	`An item counts as missed ${MISSED_AFTER_MINUTES} minutes after its start (or when it should have ended); Snooze puts it off ${SNOOZE_MINUTES} minutes.`,
	`Two sessions of the same kind (stretches, relaxation) start at least ${MIN_SESSION_GAP_MINUTES / 60} hours apart, and no stretch session or walk is planned in the last ${WIND_DOWN_MINUTES} minutes before your sleep time (the sources say how often a day, not how far apart or how late).`,
	'A day’s plan is the plan of your whole waking day, whenever the app is first opened that day: items whose time has passed are listed as missed. On the day you set the app up, the plan starts then: nothing earlier counts as missed.',
	`A waking day lasts 6 to ${MAX_AWAKE_MINUTES / 60} hours; with a sleep time after midnight, the day (its plan, reminders and check-in) runs on until that sleep time.`,
	`A backup reminder once your last backup is over ${daysInWords(BACKUP_REMINDER_DAYS)} old.`,
	'A stretch done on both sides starts on your painful side (the reference names the painful side for one-sided stretches, but no order for two-sided ones).',
	'Numbness reported in a daily check-in keeps compresses off your plan until you answer the safety questions again.',
	'Every sign of the nerves at the base of the spine counts as an emergency, however long ago it began (the two-week split some NHS pathways use is a clinician’s decision).',
	`While an emergency warning sign is open, the plan and its reminders pause; while a same-day sign is open, ${WARNING_SIGN_HOLD.designChoice.charAt(0).toLowerCase()}${WARNING_SIGN_HOLD.designChoice.slice(1)}`,
	'The article the app is built on puts all its reasons to see a doctor under “immediate medical attention”; the app follows the urgency levels of the NHS and NHS Lothian instead, since an article without levels cannot set them.',
	'A day limited by a same-day warning sign never holds more sessions of any kind than your normal day would.',
	`“I have been assessed” asks once whether you were seen; within ${EARLY_ASSESSMENT_MINUTES} minutes of an emergency or same-day answer it also says that the advice was to get help now.`,
	'After an assessment you recorded for sciatica in both legs, leg weakness or numbness (foot drop, walking), night pain, weight loss, upper back pain or a change in the shape of your back, a later yes is first asked “Is this new or worse since you were assessed?”. No records it as known and assessed, with no alarm; the question comes back at every check-in. Why: an alarm that fires every day for a known, assessed condition teaches people to answer No, which hides the day something does change. Bladder or bowel, saddle, sexual-function, chest, injury, fever and cancer signs always get their full advice.',
	'An accident, a fall or a knock named in the doctor’s questions asks the injury warning signs again.',
	`The skin check during a compress: ${SKIN_CHECK_PAUSED_DESIGN_CHOICE.charAt(0).toLowerCase()}${SKIN_CHECK_PAUSED_DESIGN_CHOICE.slice(1)} The sources say to check after about 5 minutes, not how often after that.`,
	...SKIN_CHECKS.flatMap((c) => (c.designChoice ? [c.designChoice] : [])),
	`A cold compress stays off at least as long as it was on: ${OFF_TIME_CHOICE}`,
	`The sciatic nerve glide: ${EXERCISES['nerve-glide'].designChoices.join(' ')}`,
	HOME_CARE_VISIT_CHOICE,
	CALL_REGION_CHOICE
];
