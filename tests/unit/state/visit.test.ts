import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { blankDailyEntry } from '$lib/domain/records';
import { NO_VISIT_ANSWERS, VISIT_ANSWERS_KEY } from '$lib/domain/visit-answers';
import { VisitAnswersDraft } from '$lib/state/visit-draft.svelte';
import { VisitActions } from '$lib/state/visit-actions';
import { makeTestApp } from '../fakes/app';
import { MemoryHistoryReader, MemorySettingsRepository } from '../fakes/ports';

// The doctor's questions and the visit summary on in-memory fakes of the ports.

async function setUp(profile = DEFAULT_PROFILE) {
	const app = makeTestApp({ clock: '2026-06-15T04:50:00Z' }); // Monday 06:50 in Berlin
	await app.session.start();
	await app.today.saveProfile(profile);
	await app.session.tick();
	return app;
}

describe('the visit actions', () => {
	it('keep the answers a form gives, and read them back', async () => {
		const app = await setUp();
		expect(await app.visit.answers()).toBeNull();
		const draft = VisitAnswersDraft.from(null);
		draft.startKind = 'about';
		draft.startAmount = 6;
		draft.startUnit = 'weeks';
		draft.injury = 'yes';
		draft.injuryKinds = ['fall'];
		draft.familyWeakness = 'no';
		draft.helps = '  Walking ';
		const result = draft.result(app.today.currentDate, app.clock.now());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(await app.visit.save(result.answers)).toBe(true);
		const stored = await app.visit.answers();
		expect(stored).toMatchObject({
			painStart: { kind: 'about', amount: 6, unit: 'weeks', answeredOn: '2026-06-15' },
			injury: 'yes',
			injuryKinds: ['fall'],
			familyWeakness: 'no',
			helps: 'Walking',
			answeredAt: '2026-06-15T04:50:00.000Z'
		});
		// Opened again later, an "about 6 weeks" keeps the day it was said.
		app.clock.set('2026-07-01T08:00:00Z');
		const again = VisitAnswersDraft.from(stored).result('2026-07-01', app.clock.now());
		expect(again.ok && again.answers.painStart).toEqual(stored!.painStart);
	});

	it('a form with a start kind but no value says what is missing', () => {
		const draft = VisitAnswersDraft.from(null);
		draft.startKind = 'date';
		const result = draft.result('2026-06-15', new Date());
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0]!.field).toBe('painStart.on');
		// The set-up's start date fills the question.
		expect(VisitAnswersDraft.from(null, '2026-05-01').startDate).toBe('2026-05-01');
	});

	it('"Not now" puts the card aside and keeps every answer', async () => {
		const app = await setUp();
		await app.visit.save({ ...NO_VISIT_ANSWERS, helps: 'Heat' });
		expect(await app.visit.putAside()).toBe(true);
		expect(await app.visit.answers()).toMatchObject({
			helps: 'Heat',
			cardDismissedAt: '2026-06-15T04:50:00.000Z'
		});
	});

	it('answers that do not read are treated as none, not as a crash', async () => {
		const app = await setUp();
		app.store.settings.set(VISIT_ANSWERS_KEY, {
			key: VISIT_ANSWERS_KEY,
			value: { painStart: 'yesterday' },
			updatedAt: '2026-06-15T04:50:00.000Z'
		});
		expect(await app.visit.answers()).toBeNull();
	});

	it('the default range starts at the pain start when sooner than 4 weeks', async () => {
		const app = await setUp({ ...DEFAULT_PROFILE, painStartedOn: '2026-06-01' });
		expect(await app.visit.defaultRange()).toEqual({ from: '2026-06-01', to: '2026-06-15' });
		await app.visit.save({
			...NO_VISIT_ANSWERS,
			painStart: { kind: 'date', on: '2026-06-10' }
		});
		expect(await app.visit.defaultRange()).toEqual({ from: '2026-06-10', to: '2026-06-15' });
	});

	it("summarises what was recorded today, with the day's note offered but not included", async () => {
		const app = await setUp();
		const first = app.today.plan!.items[0]!;
		await app.today.markDone(first);
		await app.today.saveEntry({
			...blankDailyEntry('2026-06-15', app.clock.now()),
			pain: 5,
			sittingToleranceMinutes: 25,
			medicine: 'Paracetamol 1 g',
			notes: 'Long drive'
		});
		const range = { from: '2026-06-01', to: '2026-06-15' };
		const { summary, notes } = await app.visit.summary(range, []);
		expect(summary.pain).toMatchObject({ daysRecorded: 1, best: 5 });
		expect(summary.sitting.typical).toBe(25);
		expect(summary.medicine).toEqual([{ date: '2026-06-15', text: 'Paracetamol 1 g' }]);
		expect(summary.measures.find((m) => m.measure === first.measure)?.itemsDone).toBe(1);
		expect(notes).toEqual([{ date: '2026-06-15', text: 'Long drive' }]);
		expect(summary.notes).toEqual([]);
		expect((await app.visit.summary(range, ['2026-06-15'])).summary.notes).toHaveLength(1);
	});

	it('ticking a note rebuilds from the range already read; a new range or new answers read again', async () => {
		const app = await setUp();
		await app.today.saveEntry({
			...blankDailyEntry('2026-06-15', app.clock.now()),
			pain: 4,
			notes: 'Long drive'
		});
		const reader = new MemoryHistoryReader(app.store);
		let reads = 0;
		const visit = new VisitActions({
			today: app.today,
			settingsStore: new MemorySettingsRepository(app.store),
			records: { rangeRecords: (from, to) => (reads++, reader.rangeRecords(from, to)) },
			clock: app.clock,
			problems: app.problems
		});
		const range = { from: '2026-06-01', to: '2026-06-15' };
		await visit.summary(range, []);
		const ticked = await visit.summary(range, ['2026-06-15']);
		expect(ticked.summary.notes).toEqual([{ date: '2026-06-15', text: 'Long drive' }]);
		expect(reads).toBe(1);
		await visit.summary({ from: '2026-06-08', to: '2026-06-15' }, []);
		expect(reads).toBe(2);
		await visit.save({ ...NO_VISIT_ANSWERS, helps: 'Heat' });
		expect((await visit.summary({ from: '2026-06-08', to: '2026-06-15' }, [])).summary.helps).toBe(
			'Heat'
		);
		expect(reads).toBe(3);
	});
});
