import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { blankDailyEntry, type DailyEntry } from '$lib/domain/records';
import type { TestApp } from '../fakes/app';
import { makeTestApp } from '../fakes/app';

// Warning signs on in-memory fakes: kept, holding the plan and its reminders, until dealt with.

async function setUp(answers: DailyEntry['redFlags']) {
	const app = makeTestApp({ clock: '2026-06-15T04:50:00Z' }); // Monday 06:50 in Berlin
	await app.session.start();
	expect(await app.warnings.record(answers, 'set-up')).toBe(true);
	await app.today.saveProfile({
		...DEFAULT_PROFILE,
		sittingBlocks: [{ start: '09:00', end: '17:00', weekdays: [1, 2, 3, 4, 5] }]
	});
	await app.session.tick();
	return app;
}

/** What the check-in page does: the entry, then its warning-sign answers. */
async function checkIn(
	app: TestApp,
	entry: Omit<DailyEntry, 'date' | 'updatedAt'>
): Promise<boolean> {
	const saved = await app.today.saveEntry(entry);
	return saved && (await app.warnings.record(entry.redFlags, 'check-in'));
}

const startOf = (item: { startMinutes: number }) =>
	new Date(Date.parse('2026-06-15T00:00:00+02:00') + item.startMinutes * 60_000).toISOString();

describe('an emergency answer', () => {
	it('pauses the plan and every reminder until "I have been assessed", through a restart', async () => {
		const app = await setUp({ 'after-accident': true, fever: false });
		expect(app.today.planHold).toBe('paused');
		expect(app.today.warningSigns).toMatchObject([
			{ id: 'after-accident', level: 'emergency', from: 'set-up', answeredOn: '2026-06-15' }
		]);

		// An item's time and the sitting hours pass: nothing is sent, the badge shows nothing.
		const first = app.today.plan!.items.find((i) => i.kind === 'timed')!;
		app.clock.set(startOf(first));
		await app.session.tick();
		app.clock.set('2026-06-15T09:00:00Z'); // 11:00, two hours into the sitting hours
		await app.session.tick();
		expect(app.sink.shown).toEqual([]);
		expect(app.reminders.active).toEqual([]);
		expect(app.badge.count).toBe(0);

		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.today.planHold).toBe('paused');

		app.clock.set('2026-06-15T10:00:00Z');
		expect(await restarted.warnings.resolve(['after-accident'], 'assessed')).toBe(true);
		expect(restarted.today.planHold).toBe('none');
		expect(restarted.today.warningSigns).toEqual([]);
		expect(restarted.today.warningSignRecord.signs[0]).toMatchObject({
			resolution: 'assessed',
			resolvedAt: '2026-06-15T10:00:00.000Z'
		});
		// The day is planned again as a whole day: its next item, the 13:30 compress, reminds.
		app.clock.set('2026-06-15T11:30:00Z');
		await restarted.session.tick();
		expect(restarted.sink.shown.length).toBeGreaterThan(0); // reminders come back
	});
});

describe('a same-day answer in a check-in', () => {
	it('keeps only the flare-day measures until assessed, then plans the day as before', async () => {
		const app = await setUp({});
		expect(app.today.plan?.phase).toBe('recovery');
		const entry = { ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 4 };
		expect(await checkIn(app, { ...entry, redFlags: { fever: true } })).toBe(true);
		expect(app.today.planHold).toBe('flare-only');
		expect(app.today.plan).toMatchObject({ phase: 'flare', warningHold: true });
		expect(app.today.plan?.notes.join(' ')).toMatch(/needs a doctor today/);

		// Saving the check-in again with the same yes keeps one sign, with its first time.
		app.clock.set('2026-06-15T05:30:00Z');
		await checkIn(app, { ...entry, pain: 5, redFlags: { fever: true } });
		expect(app.today.warningSigns).toHaveLength(1);
		expect(app.today.warningSigns[0]!.answeredAt).toBe('2026-06-15T04:50:00.000Z');

		await app.warnings.resolve(['fever'], 'assessed');
		expect(app.today.plan?.phase).toBe('recovery');
		expect(app.today.plan?.warningHold).toBeUndefined();
	});

	it('a plan stored without the hold (say, restored) is made again at start-up', async () => {
		const app = await setUp({});
		await checkIn(app, {
			...blankDailyEntry('2026-06-15', app.clock.now()),
			pain: 4,
			redFlags: { fever: true }
		});
		const held = app.today.plan!;
		app.store.plans.set('2026-06-15', {
			...held,
			phase: 'recovery',
			warningHold: undefined,
			notes: []
		});
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.today.plan).toMatchObject({ phase: 'flare', warningHold: true });
	});

	it('changing the answer to no the same day takes the sign back', async () => {
		const app = await setUp({});
		const entry = { ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 4 };
		await checkIn(app, { ...entry, redFlags: { fever: true } });
		await checkIn(app, { ...entry, redFlags: { fever: false } });
		expect(app.today.planHold).toBe('none');
		expect(app.today.warningSignRecord.signs[0]?.resolution).toBe('withdrawn');
		expect(app.today.plan?.phase).toBe('recovery');
	});
});

describe('a book-a-visit answer', () => {
	it('keeps a note that does not change the plan, until dismissed', async () => {
		const app = await setUp({ 'minor-injury': true });
		expect(app.today.planHold).toBe('none');
		expect(app.today.warningSigns.map((s) => s.level)).toEqual(['routine']);
		await app.warnings.resolve(['minor-injury'], 'dismissed');
		expect(app.today.warningSigns).toEqual([]);
	});
});

describe('"I answered yes by mistake" on Today (issue 24 point 7)', () => {
	it('changes the check-in answer it came from, so saving the check-in again keeps it away', async () => {
		const app = await setUp({});
		const entry = { ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 3 };
		expect(await checkIn(app, { ...entry, redFlags: { fever: true, 'chest-pain': false } })).toBe(
			true
		);
		expect(app.today.planHold).toBe('flare-only');
		app.clock.set('2026-06-15T05:10:00Z');
		expect(await app.warnings.resolve(['fever'], 'withdrawn')).toBe(true);
		expect(app.today.planHold).toBe('none');
		expect(app.today.entry?.redFlags).toEqual({ fever: false, 'chest-pain': false });
		expect(app.store.entries.get('2026-06-15')?.redFlags.fever).toBe(false);
		// The check-in page reads the entry: saving it again as it now stands opens nothing.
		expect(await checkIn(app, { ...app.today.entry!, notes: 'later' })).toBe(true);
		expect(app.today.warningSigns).toEqual([]);
		expect(app.today.warningSignRecord.signs).toMatchObject([
			{ id: 'fever', resolution: 'withdrawn', resolvedAt: '2026-06-15T05:10:00.000Z' }
		]);
	});

	it('an assessment leaves the answer as it was given', async () => {
		const app = await setUp({});
		const entry = { ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 3 };
		await checkIn(app, { ...entry, redFlags: { fever: true } });
		expect(await app.warnings.resolve(['fever'], 'assessed')).toBe(true);
		expect(app.today.entry?.redFlags).toEqual({ fever: true });
	});
});

describe('a sign assessed before (issue 24 point 18: "After an assessment")', () => {
	async function assessedForBothLegs() {
		const app = await setUp({ 'both-legs': true });
		expect(app.today.planHold).toBe('paused');
		app.clock.set('2026-06-15T12:00:00Z');
		expect(await app.warnings.resolve(['both-legs'], 'assessed')).toBe(true);
		app.clock.set('2026-06-16T06:00:00Z');
		await app.session.tick();
		return app;
	}

	it('a yes said to be not new or worse raises no alarm, and is kept with the assessment', async () => {
		const app = await assessedForBothLegs();
		const entry = { ...blankDailyEntry('2026-06-16', app.clock.now()), pain: 4 };
		await app.today.saveEntry({ ...entry, redFlags: { 'both-legs': true } });
		expect(await app.warnings.record({ 'both-legs': true }, 'check-in', ['both-legs'])).toBe(true);
		expect(app.today.planHold).toBe('none');
		expect(app.today.warningSigns).toEqual([]);
		expect(app.today.warningSignRecord.signs.at(-1)).toMatchObject({
			id: 'both-legs',
			answeredOn: '2026-06-16',
			resolution: 'known',
			assessedAt: '2026-06-15T12:00:00.000Z'
		});
		// Saved again the same day: still one record of it.
		await app.warnings.record({ 'both-legs': true }, 'check-in', ['both-legs']);
		expect(app.today.warningSignRecord.signs.filter((s) => s.resolution === 'known')).toHaveLength(
			1
		);
		expect((await app.today.triageToday({})).level).toBe('none');
	});

	it('new or worse: the full advice and hold, as before', async () => {
		const app = await assessedForBothLegs();
		expect(await app.warnings.record({ 'both-legs': true }, 'check-in')).toBe(true);
		expect(app.today.planHold).toBe('paused');
	});

	it('never for bladder, bowel, saddle or sexual-function signs, nor without an assessment', async () => {
		const app = await setUp({ 'bladder-bowel': true });
		app.clock.set('2026-06-15T12:00:00Z');
		await app.warnings.resolve(['bladder-bowel'], 'assessed');
		expect(app.today.planHold).toBe('none');
		app.clock.set('2026-06-16T06:00:00Z');
		expect(
			await app.warnings.record({ 'bladder-bowel': true }, 'check-in', ['bladder-bowel'])
		).toBe(true);
		expect(app.today.planHold).toBe('paused');
		const fresh = await setUp({});
		expect(await fresh.warnings.record({ 'foot-drop': true }, 'check-in', ['foot-drop'])).toBe(
			true
		);
		expect(fresh.today.planHold).toBe('flare-only'); // never assessed: nothing to be known from
	});
});

describe('an open same-day sign and a leg sign on a later day', () => {
	it('becomes an emergency and pauses the plan (issue 24 point 16)', async () => {
		const app = await setUp({ 'cancer-history': true });
		expect(app.today.planHold).toBe('flare-only');
		// The next day, a check-in answers only a one-leg sign.
		app.clock.set('2026-06-16T06:00:00Z');
		await app.session.tick();
		const entry = { ...blankDailyEntry('2026-06-16', app.clock.now()), pain: 5 };
		expect(await checkIn(app, { ...entry, redFlags: { 'foot-drop': true } })).toBe(true);
		expect(app.today.planHold).toBe('paused');
		expect(app.today.warningSigns.map((s) => [s.id, s.level, s.answeredOn])).toEqual([
			['cancer-history', 'emergency', '2026-06-15'],
			['foot-drop', 'same-day', '2026-06-16']
		]);
		// The check-in's advice is the emergency's, naming the sign that escalated.
		const result = await app.today.triageToday({ 'foot-drop': true });
		expect(result.level).toBe('emergency');
		expect(result.signs.map((s) => s.flag.id)).toContain('cancer-history');
	});
});

it('a sign that cannot be saved (full disk) says so and leaves the plan as it was', async () => {
	const app = await setUp({});
	app.store.failNextWrite(new DOMException('full', 'QuotaExceededError'));
	expect(await app.warnings.record({ 'chest-pain': true }, 'set-up')).toBe(false);
	expect(app.problems.message).not.toBeNull();
	expect(app.today.planHold).toBe('none');
});

describe('one record of a sign for a day, through the check-in (issue 25 point 1)', () => {
	const perDay = (app: TestApp) =>
		app.today.warningSignRecord.signs.map((s) => [s.id, s.answeredOn, s.resolution]);

	it('a book-a-visit sign saved again after "I have booked or had the visit" stays booked, once', async () => {
		const app = await setUp({});
		const entry = { ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 3 };
		await checkIn(app, { ...entry, redFlags: { 'numbness-buttock-leg': true } });
		app.clock.set('2026-06-15T08:00:00Z');
		expect(await app.warnings.resolve(['numbness-buttock-leg'], 'assessed')).toBe(true);
		app.clock.set('2026-06-15T09:00:00Z');
		expect(
			await checkIn(app, { ...entry, pain: 4, redFlags: { 'numbness-buttock-leg': true } })
		).toBe(true);
		expect(perDay(app)).toEqual([['numbness-buttock-leg', '2026-06-15', 'assessed']]);
		expect(app.today.warningSigns).toEqual([]);
	});

	it('an assessed sign that asks, said to be new or worse the same day, holds the plan again, once', async () => {
		const app = await setUp({});
		const entry = { ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 3 };
		await checkIn(app, { ...entry, redFlags: { 'night-pain': true } });
		app.clock.set('2026-06-15T08:00:00Z');
		await app.warnings.resolve(['night-pain'], 'assessed');
		expect(app.today.planHold).toBe('none');
		app.clock.set('2026-06-15T15:00:00Z');
		// The check-in asked "new or worse since?" and the answer was yes: not in the known list.
		expect(await checkIn(app, { ...entry, redFlags: { 'night-pain': true } })).toBe(true);
		expect(app.today.planHold).toBe('flare-only');
		expect(perDay(app)).toEqual([['night-pain', '2026-06-15', null]]);
	});
});
