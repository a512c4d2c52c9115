import { SCREENING_QUESTIONS, type ExerciseId, type ScreeningQuestion } from '$lib/domain/care';
import {
	DEFAULT_PROFILE,
	parseProfile,
	type CompressPreference,
	type FieldIssue,
	type Profile,
	type Side
} from '$lib/domain/profile';
import type { IsoWeekday, LocalDate } from '$lib/domain/time';

const LB_PER_KG = 2.2046226218;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A profile being edited in a form: loose types (empty fields, unanswered questions), turned into
 * a validated Profile by `result()`. Weight fields are in the person's unit.
 */
export class ProfileDraft {
	wakeTime = $state(DEFAULT_PROFILE.wakeTime);
	sleepTime = $state(DEFAULT_PROFILE.sleepTime);
	sits = $state<boolean | undefined>(undefined);
	sittingDays = $state<IsoWeekday[]>([1, 2, 3, 4, 5]);
	sittingStart = $state('09:00');
	sittingEnd = $state('17:00');
	/** Never pre-filled: a clinical answer is the person's (issue 25 point 8). */
	affectedSide = $state<Side | undefined>(undefined);
	flareToday = $state<boolean | undefined>(undefined);
	painStartedOn = $state<string>('');
	screening = $state<Partial<Record<ScreeningQuestion, boolean>>>({});
	compressClinicianApproved = $state<boolean | undefined>(undefined);
	compressPreference = $state<CompressPreference>('guided');
	compressMinutes = $state(DEFAULT_PROFILE.compressMinutes);
	stretchIds = $state<ExerciseId[]>([...DEFAULT_PROFILE.stretchIds]);
	stretchSessionsPerDay = $state<1 | 2 | 3>(DEFAULT_PROFILE.stretchSessionsPerDay);
	sittingBreakMinutes = $state(DEFAULT_PROFILE.sittingBreakMinutes);
	weightOn = $state(false);
	unit = $state<'kg' | 'lb'>('kg');
	heightCm = $state<number | null>(null);
	weight = $state<number | null>(null);
	goal = $state<number | null>(null);
	goalsOff = $state(false);
	weighInDay = $state<IsoWeekday>(1);

	/** Screening answers that need a clinician's approval before compresses go on the plan. */
	get needsClinicianQuestion(): boolean {
		return !!(this.screening.numbness || this.screening.poorCirculation || this.screening.diabetes);
	}

	static from(profile: Profile): ProfileDraft {
		const draft = new ProfileDraft();
		draft.wakeTime = profile.wakeTime;
		draft.sleepTime = profile.sleepTime;
		const block = profile.sittingBlocks[0];
		draft.sits = block !== undefined;
		if (block) {
			draft.sittingDays = [...block.weekdays];
			draft.sittingStart = block.start;
			draft.sittingEnd = block.end;
		}
		draft.affectedSide = profile.affectedSide;
		draft.flareToday = profile.phase === 'flare';
		draft.painStartedOn = profile.painStartedOn ?? '';
		const { compressClinicianApproved, ...answers } = profile.screening;
		draft.screening = { ...answers };
		// Asked only after a numbness, circulation or diabetes yes: a stored "false" without one is a
		// question never asked, so it opens unanswered if such a yes is given in Settings.
		draft.compressClinicianApproved = draft.needsClinicianQuestion
			? compressClinicianApproved
			: undefined;
		draft.compressPreference = profile.compressPreference;
		draft.compressMinutes = profile.compressMinutes;
		draft.stretchIds = [...profile.stretchIds];
		draft.stretchSessionsPerDay = profile.stretchSessionsPerDay;
		draft.sittingBreakMinutes = profile.sittingBreakMinutes;
		if (profile.weight) {
			const w = profile.weight;
			draft.weightOn = true;
			draft.unit = w.unit;
			draft.heightCm = w.heightCm;
			const toUnit = (kg: number) => (w.unit === 'lb' ? round1(kg * LB_PER_KG) : kg);
			draft.weight = toUnit(w.weightKg);
			draft.goal = w.goalKg === null ? null : toUnit(w.goalKg);
			draft.goalsOff = w.goalsOff;
			draft.weighInDay = w.weighInDay;
		}
		return draft;
	}

	/** Unanswered safety questions, by key. */
	unansweredScreening(questions: readonly ScreeningQuestion[]): ScreeningQuestion[] {
		return questions.filter((q) => this.screening[q] === undefined);
	}

	/**
	 * The questions the plan depends on that have no answer yet, as field issues in page order. The
	 * plan uses each one (the side names which leg each stretch starts with; sitting hours place the
	 * sitting breaks; a flare changes the measures; the safety answers keep cold or heat off), so none
	 * is taken as "no" or as a default: each must be answered.
	 */
	unanswered(): FieldIssue[] {
		return [
			...(this.sits === undefined
				? [{ field: 'sits', message: 'Please say whether you sit for long spells.' }]
				: []),
			...(this.affectedSide === undefined
				? [
						{
							field: 'affectedSide',
							message: 'Please choose which side hurts: left, right or both.'
						}
					]
				: []),
			...(this.flareToday === undefined
				? [{ field: 'flareToday', message: 'Please say whether today is a flare.' }]
				: []),
			...this.unansweredScreening(SCREENING_QUESTIONS).map((q) => ({
				field: `screening.${q}`,
				message: 'Please answer every safety question.'
			})),
			...(this.needsClinicianQuestion && this.compressClinicianApproved === undefined
				? [
						{
							field: 'screening.compressClinicianApproved',
							message:
								'Please say whether a doctor, nurse or physiotherapist has told you that cold or heat packs are safe for you.'
						}
					]
				: [])
		];
	}

	/** The validated profile, or what is wrong, field by field. `today` dates a flare declared now. */
	result(
		today: LocalDate,
		previous: Profile | null = null
	): { ok: true; profile: Profile } | { ok: false; issues: readonly FieldIssue[] } {
		const toKg = (value: number | null) =>
			value === null || Number.isNaN(value)
				? null
				: this.unit === 'lb'
					? round1(value / LB_PER_KG)
					: value;
		const flare = this.flareToday === true;
		const input = {
			wakeTime: this.wakeTime,
			sleepTime: this.sleepTime,
			sittingBlocks: this.sits
				? [
						{
							weekdays: [...this.sittingDays].sort(),
							start: this.sittingStart,
							end: this.sittingEnd
						}
					]
				: [],
			affectedSide: this.affectedSide,
			phase: flare ? 'flare' : 'recovery',
			// Keep the start of a flare already under way; a new one starts today.
			flareStartedOn: flare
				? previous?.phase === 'flare'
					? previous.flareStartedOn
					: today
				: null,
			painStartedOn: this.painStartedOn || null,
			compressPreference: this.compressPreference,
			compressMinutes: Number(this.compressMinutes),
			stretchIds: this.stretchIds,
			stretchSessionsPerDay: Number(this.stretchSessionsPerDay),
			sittingBreakMinutes: Number(this.sittingBreakMinutes),
			screening: {
				numbness: this.screening.numbness ?? false,
				poorCirculation: this.screening.poorCirculation ?? false,
				diabetes: this.screening.diabetes ?? false,
				raynauds: this.screening.raynauds ?? false,
				coldHives: this.screening.coldHives ?? false,
				wound: this.screening.wound ?? false,
				sedatingMedication: this.screening.sedatingMedication ?? false,
				compressClinicianApproved:
					this.needsClinicianQuestion && this.compressClinicianApproved === true
			},
			weight: this.weightOn
				? {
						unit: this.unit,
						heightCm: this.heightCm ?? NaN,
						weightKg: toKg(this.weight) ?? NaN,
						goalsOff: this.goalsOff,
						goalKg: this.goalsOff ? null : toKg(this.goal),
						weighInDay: this.weighInDay
					}
				: null
		};
		const parsed = parseProfile(input);
		// A date ahead of today is a slip of the finger, not a plan: say so rather than keep it.
		const future =
			this.painStartedOn && this.painStartedOn > today
				? [
						{
							field: 'painStartedOn',
							message: 'The pain cannot start after today; pick today or an earlier day.'
						}
					]
				: [];
		const missing = this.unanswered();
		if (parsed.ok && future.length === 0 && missing.length === 0)
			return { ok: true, profile: parsed.profile };
		// An unanswered question is said once, as such, not also as an invalid value.
		const invalid = parsed.ok
			? []
			: parsed.issues.filter((i) => !missing.some((m) => m.field === i.field));
		return { ok: false, issues: [...missing, ...future, ...invalid] };
	}
}
