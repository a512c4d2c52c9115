import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE, RED_FLAGS, SAFETY_RULES } from '$lib/content/care-rules';
import { EXERCISES } from '$lib/content/exercises';
import { SKIN_CHECKS } from '$lib/content/skin-check';
import { SOURCES } from '$lib/content/sources';
import { EXERCISE_IDS, RED_FLAG_IDS, SCREENING_QUESTIONS } from '$lib/domain/care';
import { missingSourceIds } from '$lib/domain/sources';

const exercises = Object.values(EXERCISES);

describe('exercise library', () => {
	it('has every exercise, filed under its own id', () => {
		expect(Object.keys(EXERCISES).sort()).toEqual([...EXERCISE_IDS].sort());
		for (const [id, e] of Object.entries(EXERCISES)) expect(e.id).toBe(id);
	});

	it.each(exercises.map((e) => [e.id, e] as const))(
		'%s: 2-4 plain steps, dose, stop rules, sources',
		(_id, e) => {
			expect(e.steps.length).toBeGreaterThanOrEqual(2);
			expect(e.steps.length).toBeLessThanOrEqual(4);
			expect(e.stopRules.length).toBeGreaterThan(0);
			expect(e.reps.start).toBeGreaterThan(0);
			expect(e.reps.max).toBeGreaterThanOrEqual(e.reps.start);
			expect(e.secondsPerRep).toBeGreaterThan(0);
			if (e.holdSeconds !== null) expect(e.holdSeconds).toBeLessThanOrEqual(e.secondsPerRep);
			expect(e.sourceIds.length).toBeGreaterThan(0);
			expect(missingSourceIds(e.sourceIds, SOURCES)).toEqual([]);
		}
	);

	// Each held stretch as care-content.md section 2 doses it (the seated stretch by its own source,
	// Eskenazi Health: 10-15 s, not the general 20-30 s).
	it.each([
		{ id: 'figure-four', min: 30, max: 30 },
		{ id: 'knee-to-opposite-shoulder', min: 30, max: 30 },
		{ id: 'seated-piriformis', min: 10, max: 15 },
		{ id: 'knee-to-chest', min: 20, max: 30 },
		{ id: 'hamstring', min: 30, max: 30 }
	] as const)('holds $id for $min-$max s (care-content.md section 2)', ({ id, min, max }) => {
		const hold = EXERCISES[id].holdSeconds;
		expect(hold).toBeGreaterThanOrEqual(min);
		expect(hold).toBeLessThanOrEqual(max);
	});

	it('starts new repetition exercises at 5 (NHS) and caps them at the sources’ figure', () => {
		const progressing = exercises.filter((e) => e.reps.progresses);
		expect(progressing.map((e) => e.id).sort()).toEqual([
			'glute-bridge',
			'nerve-glide',
			'pelvic-tilt'
		]);
		for (const e of progressing) expect(e.reps.start).toBe(5);
		expect(EXERCISES['glute-bridge'].reps.max).toBe(10);
		expect(EXERCISES['pelvic-tilt'].reps.max).toBe(15);
		expect(EXERCISES['nerve-glide'].reps.max).toBe(10);
	});

	it('shows the stretch stop rules with every stretch', () => {
		for (const e of exercises.filter((x) => x.measure === 'stretch')) {
			expect(e.stopRules).toContain('Stop if pain shoots further down your leg.');
			expect(e.stopRules).toContain('Never bounce or force a stretch.');
		}
	});

	it.each(exercises.map((e) => [e.id, e.picture] as const))(
		'%s: picture fits the 160 x 100 box and has a text alternative',
		(_id, p) => {
			expect(p.title.length).toBeGreaterThan(20);
			const points = [
				p.head,
				...p.body.flat(),
				...p.moving,
				p.arrow.from,
				p.arrow.to,
				...(p.props ?? []).flat()
			];
			for (const [x, y] of points) {
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(160);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(100);
			}
			expect(p.moving.length).toBeGreaterThanOrEqual(2);
		}
	);
});

describe('safety rules and red flags', () => {
	it('has one rule for every screening question, each citing known sources', () => {
		expect(SAFETY_RULES.map((r) => r.question).sort()).toEqual([...SCREENING_QUESTIONS].sort());
		for (const rule of SAFETY_RULES) expect(missingSourceIds(rule.sourceIds, SOURCES)).toEqual([]);
	});

	it('never lets clinician approval lift the wound rule', () => {
		expect(SAFETY_RULES.find((r) => r.question === 'wound')?.clinicianApprovalLifts).toBe(false);
	});

	it('asks every red flag of care-content.md section 5, each citing known sources', () => {
		expect(RED_FLAGS.map((f) => f.id).sort()).toEqual([...RED_FLAG_IDS].sort());
		for (const flag of RED_FLAGS) {
			expect(flag.question.endsWith('?')).toBe(true);
			expect(missingSourceIds(flag.sourceIds, SOURCES)).toEqual([]);
		}
		expect(RED_FLAGS.filter((f) => f.level === 'emergency' && !f.retired).length).toBe(6);
		// Signs of one kind share one reason; no two kinds share theirs.
		const reasonOf = new Map<string, string>();
		for (const flag of RED_FLAGS) {
			if (flag.kind === 'visit') continue;
			expect(reasonOf.get(flag.kind) ?? flag.reason, flag.id).toBe(flag.reason);
			reasonOf.set(flag.kind, flag.reason);
		}
		expect(new Set(reasonOf.values()).size).toBe(reasonOf.size);
		// Only the spine-nerve signs speak of cauda equina.
		for (const flag of RED_FLAGS)
			expect(flag.reason.includes('cauda equina'), flag.id).toBe(flag.kind === 'spine-nerves');
	});

	it('keeps compress rules inside the sources: 15-20 min, off at least as long as on', () => {
		const c = CARE_CATALOGUE.compress;
		expect([c.minMinutes, c.maxMinutes]).toEqual([15, 20]);
		expect(c.minIntervalMinutes).toBeGreaterThanOrEqual(2 * c.maxMinutes);
		expect(c.intervalMinutes).toBeGreaterThanOrEqual(120);
		expect(c.intervalMinutes).toBeLessThanOrEqual(180);
	});
});

describe('sources on each card', () => {
	it('an exercise or measure names each source once (a guide card lists them)', () => {
		const cards = [
			...Object.values(CARE_CATALOGUE.exercises),
			...Object.values(CARE_CATALOGUE.measures)
		];
		for (const card of cards)
			expect(new Set(card.sourceIds).size, card.id).toBe(card.sourceIds.length);
	});
});

describe('values care-content.md corrected', () => {
	it('the nerve glide is taught as a slider: the head moves against the knee, never toes up with the knee straight', () => {
		const glide = EXERCISES['nerve-glide'];
		const steps = glide.steps.join(' ');
		expect(steps).toMatch(/straighten the knee .* tipping your head back/);
		expect(steps).toMatch(/bend the knee .* chin towards your chest/);
		expect(steps).not.toMatch(/toes/);
		expect(glide.picture.title).not.toMatch(/toes/);
		expect(glide.stopRules).toContain(
			'Stop if the pain or tingling spreads further down your leg.'
		);
	});

	it('the warm compress warns against every kind of heat on numb skin (NHS; heating-pad advice)', () => {
		const caution = CARE_CATALOGUE.measures['warm-compress'].cautions.find((c) => /numb/.test(c));
		for (const kind of ['heat pack', 'heating pad', 'hot water bottle'])
			expect(caution, kind).toContain(kind);
	});

	it('relaxation: tense about 5 s (4-10), relax 10 to 20 s (Healthwise)', () => {
		const steps = EXERCISES['muscle-relaxation'].steps.join(' ');
		expect(steps).toContain('for about 5 seconds');
		expect(steps).toContain('relax for 10 to 20 seconds');
		expect(steps).not.toMatch(/30 seconds/);
	});

	it("the bridge's hold and repetitions are labelled the app's choice (the sheet leaves them blank)", () => {
		const bridge = EXERCISES['glute-bridge'];
		expect(bridge.holdSeconds).toBe(5);
		expect(bridge.designChoices.join(' ')).toMatch(/5 seconds, 5 repetitions building to 10/);
	});
});

describe('the skin check after a compress (care-content.md section 1a)', () => {
	it('cites known sources and labels its own choices', () => {
		expect(
			missingSourceIds(
				SKIN_CHECKS.flatMap((c) => c.sourceIds),
				SOURCES
			)
		).toEqual([]);
		for (const check of SKIN_CHECKS)
			expect(check.sourceIds.length, check.lookFor).toBeGreaterThan(0);
	});

	it.each([
		['cold-compress', /: a cold injury/, /: a burn/],
		['warm-compress', /: a burn/, /: a cold injury/]
	] as const)('%s: what is normal, when to stop, and its own injury', (kind, own, other) => {
		const checks = SKIN_CHECKS.filter((c) => c.kinds.includes(kind))
			.map((c) => c.lookFor)
			.join(' ');
		expect(checks).toMatch(/Pink skin is normal/);
		expect(checks).toMatch(/faded back to your normal colour/);
		expect(checks).toMatch(own);
		expect(checks).not.toMatch(other);
	});
});
