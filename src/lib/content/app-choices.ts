import {
	BACKUP_REMINDER_DAYS,
	MISSED_AFTER_MINUTES,
	SNOOZE_MINUTES,
	daysInWords
} from '$lib/domain/day';
import { DAYS_PER_REP_STEP } from '$lib/domain/progression';
import { WORSENING_SLOPE } from '$lib/domain/trends';
import { COMPRESS_RULES } from './care-rules';

// The rules the app sets itself where no source gives a number (care-content.md marks them as
// design choices). About lists them as "the app's choice, not a published rule"; the words take
// their numbers from the code that applies them, so the two cannot drift apart.

export const APP_CHOICES: readonly string[] = [
	`At most ${COMPRESS_RULES.maxRecoverySessions} compresses on a recovery day, at least ${COMPRESS_RULES.minIntervalMinutes / 60} hours apart (the sources give a length and a spacing, not a daily count).`,
	'On a flare day: at most 2 stretch sessions, with the gentlest stretches only, and more rest.',
	`A repetition (or walking minutes) is added after every ${DAYS_PER_REP_STEP} days on which you did the exercise with pain no higher than your last score and no flare ("every few days" in the NHS advice).`,
	`With sleeping or strong pain medicine: no warm compress in the last ${COMPRESS_RULES.bedtimeBufferMinutes} minutes before your sleep time.`,
	`Pain counts as getting worse when 7 days of scores rise by about ${Math.round(WORSENING_SLOPE * 7)} points a week or more.`,
	'A sitting-break prompt every 30 minutes of sitting by default; you choose 20 to 60.',
	`An item counts as missed ${MISSED_AFTER_MINUTES} minutes after its start (or when it should have ended); Snooze puts it off ${SNOOZE_MINUTES} minutes.`,
	`A backup reminder once your last backup is over ${daysInWords(BACKUP_REMINDER_DAYS)} old.`,
	'Numbness reported in a daily check-in keeps compresses off your plan until you answer the safety questions again.'
];
