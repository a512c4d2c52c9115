import { describe, expect, it } from 'vitest';
import { CARE_CATALOGUE } from '$lib/content/care-rules';
import { planDay, regenerateDay, type DayPlan, type PlanItem } from '$lib/domain/plan';
import { makeContext, makeDay, makeProfile } from '../fixtures/builders';

// Whole days as a person sees them: what is planned when, and what each item says. Monday
// 15 June 2026 in Berlin, planned the day before unless said otherwise.

const MONDAY = '2026-06-15';
const DAY_BEFORE = makeContext('2026-06-14T12:00:00Z', 'Europe/Berlin');
const timeline = (plan: DayPlan) =>
	plan.items
		.filter((i) => i.kind === 'timed')
		.map((i) => `${i.start} ${i.title} (${i.durationMinutes} min)`);
const first = (plan: DayPlan, title: string): PlanItem =>
	plan.items.find((i) => i.title === title)!;

const worker = makeProfile({
	sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
	weight: {
		unit: 'kg',
		heightCm: 175,
		weightKg: 80,
		goalsOff: false,
		goalKg: null,
		weighInDay: 1
	}
});

describe('a whole day', () => {
	it('a recovery day: heat every 3 hours (3 at most), two stretch sessions, a walk, relaxation before bed', () => {
		expect(timeline(planDay(makeProfile(), MONDAY, [], DAY_BEFORE))).toEqual([
			'07:30 Warm compress (15 min)',
			'08:40 Stretch (15 min)',
			'10:30 Warm compress (15 min)',
			'12:40 Walk (10 min)',
			'13:30 Warm compress (15 min)',
			'17:25 Stretch (15 min)',
			'21:30 Relaxation: progressive muscle relaxation (10 min)'
		]);
	});

	it('a working day: the weigh-in first thing, the walk and stretches outside the sitting hours', () => {
		const plan = planDay(worker, MONDAY, [], DAY_BEFORE);
		expect(timeline(plan)).toEqual([
			'07:00 Weigh-in (5 min)',
			'07:30 Warm compress (15 min)',
			'08:40 Stretch (15 min)',
			'10:30 Warm compress (15 min)',
			'13:30 Warm compress (15 min)',
			'17:00 Walk (10 min)',
			'17:25 Stretch (15 min)',
			'21:30 Relaxation: progressive muscle relaxation (10 min)'
		]);
		const breaks = plan.items.filter((i) => i.kind === 'prompt');
		expect([breaks[0]!.start, breaks.at(-1)!.start, breaks.length]).toEqual(['09:30', '16:30', 15]);
		expect(breaks.map((b) => b.id)).toEqual(breaks.map((_, n) => `${MONDAY}:sitting-break:${n}`));
		expect(breaks.every((b) => b.exercises.length === 0)).toBe(true);
		// Two things at 10:30: listed in a fixed order (the break, then the compress).
		expect(plan.items.filter((i) => i.start === '10:30').map((i) => i.measure)).toEqual([
			'sitting-break',
			'warm-compress'
		]);
		expect(first(plan, 'Weigh-in').exercises).toEqual([]);
		expect(first(plan, 'Weigh-in').instructions).toEqual([
			'Weigh yourself before breakfast, in similar clothes each week.',
			CARE_CATALOGUE.measures['weigh-in'].summary
		]);
	});

	it('a flare day: cold every 3 hours until bed, gentle stretches, a second relaxation', () => {
		const flare = makeProfile({ phase: 'flare', flareStartedOn: '2026-06-14' });
		expect(timeline(planDay(flare, MONDAY, [], DAY_BEFORE))).toEqual([
			'07:30 Cold compress (15 min)',
			'08:40 Stretch (gentle) (5 min)',
			'10:30 Cold compress (15 min)',
			'12:40 Walk (10 min)',
			'13:30 Cold compress (15 min)',
			'15:50 Relaxation: belly breathing (5 min)',
			'16:30 Cold compress (15 min)',
			'17:25 Stretch (gentle) (5 min)',
			'19:30 Cold compress (15 min)',
			'21:30 Relaxation: progressive muscle relaxation (10 min)',
			'22:30 Cold compress (15 min)'
		]);
	});

	it('a short day: stretches 2 hours apart, none in the last hour, a note for what does not fit', () => {
		// Planned at 12:20 on the day itself (issue 25): still the whole day, nothing crammed.
		const short = makeProfile({ wakeTime: '08:00', sleepTime: '14:00', stretchSessionsPerDay: 3 });
		const plan = planDay(short, MONDAY, [], makeContext('2026-06-15T10:20:00Z', 'Europe/Berlin'));
		expect(timeline(plan)).toEqual([
			'08:30 Warm compress (15 min)',
			'08:50 Stretch (15 min)',
			'10:10 Walk (10 min)',
			'11:00 Stretch (15 min)',
			'11:30 Warm compress (15 min)',
			'12:30 Relaxation: progressive muscle relaxation (10 min)'
		]);
		expect(plan.notes).toEqual(['Stretch: no free time left today for this item.']);
	});

	it('says how many items of a kind did not fit', () => {
		const short = makeProfile({ wakeTime: '08:00', sleepTime: '14:00', stretchSessionsPerDay: 3 });
		const whole = planDay(short, MONDAY, [], DAY_BEFORE);
		// A day already taken up by a long walk the person did (kept as it was).
		const walk = {
			...first(whole, 'Walk'),
			startMinutes: 8 * 60,
			start: '08:00',
			durationMinutes: 330
		};
		const plan = planDay(short, MONDAY, [], DAY_BEFORE, [walk]);
		expect(plan.notes).toContain('Stretch: no free time left today for 3 items.');
	});

	it('set up at 12:20 on a short day: what is left of the day, in its whole-day place', () => {
		const short = makeProfile({ wakeTime: '08:00', sleepTime: '14:00', stretchSessionsPerDay: 3 });
		const setUp = makeContext('2026-06-15T10:20:00Z', 'Europe/Berlin');
		const plan = planDay(short, MONDAY, [], { ...setUp, setUpAt: '2026-06-15T10:20:00Z' });
		expect(timeline(plan)).toEqual(['12:30 Relaxation: progressive muscle relaxation (10 min)']);
		expect(plan.startsAt).toBe('12:20');
	});
});

describe('what each item says', () => {
	const plan = planDay(makeProfile(), MONDAY, [], DAY_BEFORE);

	it('a compress: its length, the timer and the skin check', () => {
		expect(first(plan, 'Warm compress').instructions).toEqual([
			'15 minutes, then take it off. Set the timer.',
			'Check your skin when you take it off.'
		]);
		expect(first(plan, 'Warm compress').exercises).toEqual([]);
	});

	it('a stretch session: each exercise with its hold, count and side, the painful side first', () => {
		const stretch = first(plan, 'Stretch');
		expect(stretch.instructions).toEqual([
			'Figure-4 stretch (lying): hold 30 s, 3 times, right side.',
			'Knee to opposite shoulder: hold 30 s, 3 times, each side, right first.',
			'Sciatic nerve glide: 5 repetitions, right side.',
			'Pelvic tilt: 5 repetitions.',
			'Glute bridge: 5 repetitions.'
		]);
		expect(stretch.exercises.map((e) => [e.exerciseId, e.reps, e.holdSeconds, e.sides])).toEqual([
			['figure-four', 3, 30, 'right side'],
			['knee-to-opposite-shoulder', 3, 30, 'each side, right first'],
			['nerve-glide', 5, null, 'right side'],
			['pelvic-tilt', 5, 2, null],
			['glute-bridge', 5, 5, null]
		]);
	});

	it('the walk: minutes, how, and when to slow down', () => {
		const walk = first(plan, 'Walk');
		expect(walk.instructions).toEqual([
			'Walk at an easy pace on the flat for 10 minutes.',
			...CARE_CATALOGUE.exercises.walking.steps.slice(1)
		]);
		expect(walk.exercises).toEqual([
			{ exerciseId: 'walking', name: 'Easy walk', reps: 1, holdSeconds: null, sides: null }
		]);
	});

	it('relaxation: the exercise by name, with its steps', () => {
		const rest = plan.items.find((i) => i.measure === 'rest')!;
		const pmr = CARE_CATALOGUE.exercises['muscle-relaxation'];
		expect(rest.title).toBe('Relaxation: progressive muscle relaxation');
		expect(rest.instructions).toEqual(pmr.steps);
		expect(rest.exercises).toEqual([
			{
				exerciseId: 'muscle-relaxation',
				name: pmr.name,
				reps: 1,
				holdSeconds: pmr.holdSeconds,
				sides: null
			}
		]);
	});

	it('a flare day with none of the chosen stretches gentle: the gentlest ones instead', () => {
		const flare = makeProfile({
			phase: 'flare',
			flareStartedOn: '2026-06-14',
			stretchIds: ['nerve-glide', 'glute-bridge']
		});
		const stretch = first(planDay(flare, MONDAY, [], DAY_BEFORE), 'Stretch (gentle)');
		expect(stretch.instructions).toEqual([
			'Knee to chest: hold 30 s, 3 times, each side, right first.',
			'Pelvic tilt: 5 repetitions.'
		]);
	});

	it('a flare day keeps the gentle ones of the chosen stretches', () => {
		const flare = makeProfile({
			phase: 'flare',
			flareStartedOn: '2026-06-14',
			stretchIds: ['nerve-glide', 'pelvic-tilt']
		});
		const stretch = first(planDay(flare, MONDAY, [], DAY_BEFORE), 'Stretch (gentle)');
		expect(stretch.exercises.map((e) => e.exerciseId)).toEqual(['pelvic-tilt']);
	});

	it('a flare that starts on a later date does not make today a flare day', () => {
		const coming = makeProfile({ phase: 'flare', flareStartedOn: '2026-06-20' });
		expect(planDay(coming, MONDAY, [], DAY_BEFORE).phase).toBe('recovery');
	});

	it('the stretch session carries each exercise’s own stop rules', () => {
		expect(first(plan, 'Stretch').cautions).toContain('Only to a light pull, never into pain.');
	});

	it('a dose held back says why on the stretch session and the walk', () => {
		const walkedAndStretched = (date: string, pain: number) =>
			makeDay({
				date,
				pain,
				done: [
					{ measure: 'stretch', exerciseIds: ['nerve-glide'] },
					{ measure: 'walk', exerciseIds: ['walking'] }
				]
			});
		const history = [walkedAndStretched('2026-06-13', 2), walkedAndStretched('2026-06-14', 7)];
		const held = planDay(makeProfile(), MONDAY, history, DAY_BEFORE);
		const why = "Stepped back one step (the app's rule): pain was 7/10 on Sunday 14 June.";
		expect(first(held, 'Stretch').instructions).toEqual([
			'Figure-4 stretch (lying): hold 30 s, 3 times, right side.',
			'Knee to opposite shoulder: hold 30 s, 3 times, each side, right first.',
			'Sciatic nerve glide: 5 repetitions, right side.',
			'Pelvic tilt: 5 repetitions.',
			'Glute bridge: 5 repetitions.',
			why
		]);
		expect(first(held, 'Walk').instructions.slice(0, 2)).toEqual([
			'Walk at an easy pace on the flat for 10 minutes.',
			why
		]);
	});

	it('a flare beyond its cold days is a recovery day again', () => {
		const old = makeProfile({ phase: 'flare', flareStartedOn: '2026-06-01' });
		const plan = planDay(old, MONDAY, [], DAY_BEFORE);
		expect([plan.phase, plan.flareDay]).toEqual(['recovery', null]);
	});
});

describe('sitting breaks', () => {
	it('up to the end of the sitting hours, and none in the hour a clock change skips', () => {
		// Sunday 29 March 2026 in Berlin: 02:00 to 03:00 does not exist.
		const night = makeProfile({
			wakeTime: '00:30',
			sleepTime: '10:00',
			sittingBlocks: [{ weekdays: [7], start: '01:00', end: '04:32' }]
		});
		const plan = planDay(
			night,
			'2026-03-29',
			[],
			makeContext('2026-03-28T12:00:00Z', 'Europe/Berlin')
		);
		expect(plan.items.filter((i) => i.kind === 'prompt').map((i) => i.start)).toEqual([
			'01:30',
			'03:00',
			'03:30',
			'04:00',
			'04:30'
		]);
	});
});

describe('planning a day again', () => {
	it('keeps what was done and what was missed; the rest keeps its whole-day place', () => {
		const morning = planDay(makeProfile(), MONDAY, [], DAY_BEFORE);
		const stretch = first(morning, 'Stretch');
		const later = regenerateDay(
			morning,
			{ [stretch.id]: { status: 'done' } },
			makeProfile({ stretchSessionsPerDay: 3 }),
			[],
			makeContext('2026-06-15T09:00:00Z', 'Europe/Berlin') // 11:00
		);
		expect(timeline(later)).toEqual([
			'07:30 Warm compress (15 min)', // missed, still listed
			'08:40 Stretch (15 min)', // done
			'10:30 Warm compress (15 min)', // missed, still listed
			'12:40 Walk (10 min)',
			'13:30 Warm compress (15 min)',
			'15:00 Stretch (15 min)', // the third session, in its whole-day place
			'20:40 Stretch (15 min)',
			'21:30 Relaxation: progressive muscle relaxation (10 min)'
		]);
		expect(later.items.find((i) => i.id === stretch.id)).toBe(stretch);
		for (const start of ['07:30', '10:30'])
			expect(later.items).toContainEqual(morning.items.find((i) => i.start === start));
	});

	it('a compress already done keeps its place, and the next one keeps its distance from it', () => {
		const morning = planDay(makeProfile(), MONDAY, [], DAY_BEFORE);
		const compress = first(morning, 'Warm compress'); // 07:30
		const later = regenerateDay(
			morning,
			{ [compress.id]: { status: 'done' } },
			makeProfile(),
			[],
			makeContext('2026-06-15T06:00:00Z', 'Europe/Berlin') // 08:00
		);
		expect(later.items.filter((i) => i.measure === 'warm-compress').map((i) => i.start)).toEqual([
			'07:30',
			'10:30',
			'13:30'
		]);
	});
});
