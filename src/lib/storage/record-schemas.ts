import * as v from 'valibot';
import { EXERCISE_IDS, RED_FLAG_IDS, SKIN_CHECK_IDS } from '$lib/domain/care';
import { CARE_MEASURE_IDS } from '$lib/domain/measures';
import { dateOfItemId } from '$lib/domain/item-id';
import { ProfileSchema } from '$lib/domain/profile';
import { SKIN_EVENTS_KEY } from '$lib/domain/skin-events';
import { isLocalDate, isWallTime } from '$lib/domain/time';
import { VISIT_ANSWERS_KEY, VisitAnswersSchema } from '$lib/domain/visit-answers';
import { WARNING_SIGNS_KEY } from '$lib/domain/warning-signs';

// Schemas for records read from outside the running code: backup files and older stored data.

const isoInstant = v.pipe(
	v.string(),
	v.maxLength(40),
	v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time (ISO 8601)')
);
const localDate = v.pipe(v.string(), v.check(isLocalDate, 'must be a real date (YYYY-MM-DD)'));
const text = (max: number) =>
	v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const measure = v.picklist(CARE_MEASURE_IDS, 'is not a known care measure');
const exerciseId = v.picklist(EXERCISE_IDS, 'is not a known exercise');
const redFlagId = v.picklist(RED_FLAG_IDS, 'is not a known warning sign');
// Minutes from the plan date's midnight: past 1440 for a waking day that ends after midnight.
const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 * 24 * 60));

export const PlanItemSchema = v.object({
	id: text(80),
	measure,
	kind: v.picklist(['timed', 'prompt']),
	title: text(200),
	start: v.pipe(v.string(), v.check(isWallTime, 'must be a time like 07:30')),
	startMinutes: minuteOfDay,
	durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)),
	instructions: v.pipe(v.array(text(1000)), v.maxLength(50)),
	exercises: v.pipe(
		v.array(
			v.object({
				exerciseId,
				name: text(200),
				reps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
				holdSeconds: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(600))),
				sides: v.nullable(text(40))
			})
		),
		v.maxLength(20)
	),
	cautions: v.pipe(v.array(text(1000)), v.maxLength(50))
});

export const DayPlanSchema = v.object({
	date: localDate,
	phase: v.picklist(['flare', 'recovery']),
	flareDay: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
	badDay: v.boolean(),
	items: v.pipe(v.array(PlanItemSchema), v.maxLength(200)),
	notes: v.pipe(v.array(text(1000)), v.maxLength(50)),
	generatedAt: isoInstant,
	warningHold: v.optional(v.boolean()),
	// On the set-up day: when the plan starts (nothing before it is owed). A backup keeps it.
	startsAt: v.optional(v.pipe(v.string(), v.check(isWallTime, 'must be a time like 07:30')))
});

export const CheckInSchema = v.object({
	itemId: v.pipe(
		text(80),
		v.check((id) => isLocalDate(dateOfItemId(id) ?? ''), 'must start with its date')
	),
	measure,
	status: v.picklist(['done', 'skipped', 'snoozed'], 'must be done, skipped or snoozed'),
	at: isoInstant,
	reason: v.nullable(text(500)),
	snoozedUntil: v.nullable(isoInstant),
	exerciseIds: v.pipe(v.array(exerciseId), v.maxLength(20)),
	date: localDate
});

export const DailyEntrySchema = v.object({
	date: localDate,
	pain: v.nullable(
		v.pipe(
			v.number(),
			v.integer('must be a whole number'),
			v.minValue(0, 'must be 0 to 10'),
			v.maxValue(10, 'must be 0 to 10')
		)
	),
	sittingToleranceMinutes: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60))),
	symptoms: v.object({
		numbness: v.boolean(),
		tingling: v.boolean(),
		belowKnee: v.boolean(),
		coughSneezeStrain: v.boolean(),
		side: v.nullable(v.picklist(['left', 'right', 'both']))
	}),
	redFlags: v.record(redFlagId, v.boolean()),
	flare: v.boolean(),
	weightKg: v.nullable(
		v.pipe(
			v.number(),
			v.minValue(25, 'must be 25 to 400 kg'),
			v.maxValue(400, 'must be 25 to 400 kg')
		)
	),
	medicine: text(500),
	notes: text(5000),
	updatedAt: isoInstant
});

export const ProfileRecordSchema = v.object({
	key: v.literal('current'),
	profile: ProfileSchema,
	updatedAt: isoInstant
});

export const WarningSignRecordSchema = v.object({
	signs: v.pipe(
		v.array(
			v.object({
				id: redFlagId,
				level: v.picklist(['emergency', 'same-day', 'routine'], 'is not a known urgency'),
				answeredOn: localDate,
				answeredAt: isoInstant,
				from: v.picklist(['set-up', 'check-in', 'visit-questions']),
				resolvedAt: v.nullable(isoInstant),
				resolution: v.nullable(v.picklist(['assessed', 'withdrawn', 'dismissed', 'known'])),
				assessedAt: v.optional(isoInstant)
			})
		),
		v.maxLength(1000)
	),
	setUp: v.nullable(v.object({ answeredAt: isoInstant, answers: v.record(redFlagId, v.boolean()) }))
});

/** The skin checks answered during compresses (issue 24). */
export const SkinEventRecordSchema = v.object({
	events: v.pipe(
		v.array(
			v.object({
				at: isoInstant,
				date: localDate,
				measure: v.picklist(['cold-compress', 'warm-compress'], 'is not a compress'),
				itemId: text(80),
				answer: v.picklist(['fine', ...SKIN_CHECK_IDS], 'is not a known skin check answer')
			})
		),
		v.maxLength(100_000)
	)
});

/**
 * A setting's value is free, except the warning signs, the doctor's questions and the skin
 * events: they must read whole or not at all.
 */
export const SettingRecordSchema = v.variant('key', [
	v.object({
		key: v.literal(WARNING_SIGNS_KEY),
		value: WarningSignRecordSchema,
		updatedAt: isoInstant
	}),
	v.object({
		key: v.literal(VISIT_ANSWERS_KEY),
		value: VisitAnswersSchema,
		updatedAt: isoInstant
	}),
	v.object({
		key: v.literal(SKIN_EVENTS_KEY),
		value: SkinEventRecordSchema,
		updatedAt: isoInstant
	}),
	v.object({
		key: v.pipe(
			text(100),
			v.check(
				(key) => key !== WARNING_SIGNS_KEY && key !== VISIT_ANSWERS_KEY && key !== SKIN_EVENTS_KEY
			)
		),
		value: v.unknown(),
		updatedAt: isoInstant
	})
]);
