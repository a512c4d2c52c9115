import { describe, expect, it } from 'vitest';
import { SITTING_BREAK_SUGGESTIONS } from '$lib/content/sitting-breaks';
import { todaysBreakSuggestions } from '$lib/domain/sitting-breaks';
import { SCREENING_QUESTIONS } from '$lib/domain/care';
import { SNOOZE_MINUTES } from '$lib/domain/day';
import { DEFAULT_PROFILE, type Profile } from '$lib/domain/profile';
import { blankDailyEntry } from '$lib/domain/records';
import { ProfileDraft } from '$lib/state/profile-draft.svelte';
import { makeTestApp } from '../fakes/app';
import { FakeClock } from '../fakes/ports';

// Today on in-memory fakes of its ports: the clock is set by hand, storage is a MemoryStore.

async function setUpApp(clock: FakeClock | string = '2026-06-15T04:50:00Z') {
	const app = makeTestApp({ clock });
	await app.session.start();
	await app.today.saveProfile(DEFAULT_PROFILE);
	return app;
}

describe('TodayState', () => {
	it('creates a plan from a form draft, records check-ins, and finds them after a restart', async () => {
		const app = makeTestApp({ clock: '2026-06-15T04:50:00Z' }); // 06:50 in Berlin
		await app.session.start();
		expect(app.today.status).toBe('ready');
		expect(app.today.profile).toBeNull();
		expect(app.storage.hasPlanHint).toBe(false);

		const draft = new ProfileDraft(); // rune state, as the set-up form holds it
		draft.sits = true;
		draft.affectedSide = 'right';
		draft.flareToday = false;
		for (const q of SCREENING_QUESTIONS) draft.screening[q] = false;
		const result = draft.result(app.today.currentDate);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(await app.today.saveProfile(result.profile)).toBe(true);
		expect(app.storage.hasPlanHint).toBe(true);
		expect(app.settings.firstUseAt).toBe('2026-06-15T04:50:00.000Z');
		expect(app.today.plan?.date).toBe('2026-06-15');
		const first = app.today.items.find((v) => v.item.kind === 'timed')!.item;
		expect(await app.today.markDone(first)).toBe(true);
		const entry = { ...blankDailyEntry(app.today.date, app.clock.now()), pain: 5 };
		expect(await app.today.saveEntry(entry)).toBe(true);
		expect(app.problems.message).toBeNull();

		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.today.profile?.sittingBlocks).toHaveLength(1);
		expect(restarted.today.items.find((v) => v.item.id === first.id)?.state).toBe('done');
		expect(restarted.today.entry?.pain).toBe(5);
		expect(restarted.settings.firstUseAt).toBe('2026-06-15T04:50:00.000Z');
	});

	it('a tick on the checklist records a done check-in with the plan, the way the worker does', async () => {
		const app = await setUpApp();
		const item = app.today.plan!.items.find((i) => i.measure === 'stretch')!;
		await app.today.markDone(item);
		expect(app.store.checkIns.get(item.id)).toEqual({
			itemId: item.id,
			date: '2026-06-15',
			measure: 'stretch',
			status: 'done',
			at: '2026-06-15T04:50:00.000Z',
			reason: null,
			snoozedUntil: null,
			exerciseIds: item.exercises.map((e) => e.exerciseId)
		});
		expect(app.store.plans.get('2026-06-15')).toEqual(app.today.plan);
	});

	it.each([
		{ name: 'skip with a reason', act: 'skip', reason: '  too sore  ', stored: 'too sore' },
		{ name: 'skip with only spaces', act: 'skip', reason: '   ', stored: null }
	])('$name keeps the reason as the person wrote it, trimmed', async ({ reason, stored }) => {
		const app = await setUpApp();
		const item = app.today.items[0]!.item;
		await app.today.answer(item, { status: 'skipped', reason });
		expect(app.today.checkIns[item.id]).toMatchObject({ status: 'skipped', reason: stored });
		expect(app.today.items[0]!.state).toBe('skipped');
	});

	it(`snooze puts an item off for ${SNOOZE_MINUTES} minutes, then it is due again`, async () => {
		const app = await setUpApp('2026-06-15T05:00:00Z');
		const view = app.today.items.find((v) => v.item.kind === 'timed')!;
		app.clock.set(
			new Date(Date.parse('2026-06-15T05:00:00Z') + 60_000 * 60 * 3).toISOString() // 10:00
		);
		await app.session.tick();
		await app.today.answer(view.item, { status: 'snoozed', minutes: SNOOZE_MINUTES });
		const until = new Date(app.clock.now().getTime() + SNOOZE_MINUTES * 60_000).toISOString();
		expect(app.today.checkIns[view.item.id]?.snoozedUntil).toBe(until);
		expect(app.today.items.find((v) => v.item.id === view.item.id)?.state).toBe('snoozed');
		app.clock.set(until);
		await app.session.tick();
		expect(app.today.items.find((v) => v.item.id === view.item.id)?.state).not.toBe('snoozed');
	});

	it('unticking an item takes its check-in back', async () => {
		const app = await setUpApp();
		const item = app.today.items[0]!.item;
		await app.today.markDone(item);
		expect(await app.today.markNotDone(item)).toBe(true);
		expect(app.today.checkIns[item.id]).toBeUndefined();
		expect(app.store.checkIns.has(item.id)).toBe(false);
		expect(app.today.items[0]!.state).toBe('upcoming');
	});

	it('marks an item missed once its time has passed, and moves to the next day at midnight', async () => {
		const app = await setUpApp();
		expect(app.today.items[0]!.state).toBe('upcoming');
		app.clock.set('2026-06-15T08:00:00Z'); // 10:00
		await app.session.tick();
		expect(app.today.items[0]!.state).toBe('missed');
		expect(app.today.progress.missed).toBeGreaterThan(0);
		app.clock.set('2026-06-15T22:30:00Z'); // 00:30 the next day in Berlin
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-16');
		expect(app.today.plan?.date).toBe('2026-06-16');
		expect(app.store.plans.has('2026-06-16')).toBe(true);
	});

	it('a declared bad day switches to the flare plan and keeps what was done', async () => {
		const app = await setUpApp();
		const compress = app.today.items.find((v) => v.item.measure === 'warm-compress')!.item;
		await app.today.markDone(compress);
		expect(await app.today.setBadDay(true)).toBe(true);
		expect(app.today.plan?.phase).toBe('flare');
		expect(app.today.plan?.badDay).toBe(true);
		expect(app.today.plan?.items).toContainEqual(compress);
		expect(app.today.items.find((v) => v.item.id === compress.id)?.state).toBe('done');
		expect(app.store.entries.get('2026-06-15')?.flare).toBe(true);
		// Taken back: the recovery plan again, the done compress still there.
		expect(await app.today.setBadDay(false)).toBe(true);
		expect(app.today.plan?.phase).toBe('recovery');
		expect(app.today.plan?.items).toContainEqual(compress);
	});

	it('regenerating keeps only the done items of the old plan, not the undone ones', async () => {
		const app = await setUpApp();
		const [done, undone] = app.today.plan!.items.filter((i) => i.kind === 'timed');
		await app.today.markDone(done!);
		await app.today.setBadDay(true);
		expect(app.today.plan?.items).toContainEqual(done);
		expect(app.today.plan?.items).not.toContainEqual(undone);
	});

	it('the check-in rebuilds the plan only when its flare answer changed', async () => {
		const app = await setUpApp();
		const before = app.today.plan;
		await app.today.saveEntry({ ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 3 });
		expect(app.today.plan).toBe(before);
		await app.today.saveEntry({ ...blankDailyEntry('2026-06-15', app.clock.now()), flare: true });
		expect(app.today.plan?.phase).toBe('flare');
	});

	it('asks the browser to keep the data once, after the first real record', async () => {
		const app = await setUpApp();
		expect(app.storage.persistRequests).toBe(0);
		await app.today.markDone(app.today.items[0]!.item);
		await app.today.markDone(app.today.items[1]!.item);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(app.storage.persistRequests).toBe(1);
	});

	it('a full disk says so and changes nothing on screen', async () => {
		const app = await setUpApp();
		const item = app.today.items[0]!.item;
		app.store.failNextWrite(new Error('Your device is out of storage space.'));
		expect(await app.today.markDone(item)).toBe(false);
		expect(app.problems.message).toBe('Your device is out of storage space.');
		expect(app.today.checkIns[item.id]).toBeUndefined();
		app.problems.dismiss();
		expect(app.problems.message).toBeNull();
	});

	it('keeps a running timer across a restart, and forgets it when closed', async () => {
		const app = await setUpApp();
		const item = app.today.items[0]!.item;
		const timer = { itemId: item.id, date: '2026-06-15', endsAt: 1_000, remainingMs: 500 };
		await app.today.keepTimer(timer);
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.today.runningTimer).toEqual(timer);
		await restarted.today.keepTimer(null);
		expect(app.store.settings.get('runningTimer')?.value).toBeNull();
	});

	it.each([
		{ answer: { status: 'done' } as const, kept: false },
		{ answer: { status: 'skipped', reason: 'Too sore' } as const, kept: false },
		{ answer: { status: 'snoozed', minutes: 10 } as const, kept: true }
	])("an item's timer ends when the item is answered $answer.status", async ({ answer, kept }) => {
		const app = await setUpApp();
		const [item, other] = app.today.items.map((v) => v.item);
		const timer = { itemId: item!.id, date: '2026-06-15', endsAt: 1_000, remainingMs: 500 };
		await app.today.keepTimer(timer);
		await app.today.answer(other!, { status: 'done' });
		expect(app.today.runningTimer).toEqual(timer); // another item's answer leaves it alone
		await app.today.answer(item!, answer);
		expect(app.today.runningTimer).toEqual(kept ? timer : null);
		await app.today.markNotDone(item!);
		expect(app.today.runningTimer).toEqual(kept ? timer : null); // untick: it does not come back
	});

	it('triage and Progress read the history window of the profile', async () => {
		const app = await setUpApp();
		await app.today.saveEntry({ ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 4 });
		const urgent = await app.today.triageToday({ 'bladder-bowel': true });
		expect(urgent.level).toBe('emergency');
		const progress = await app.today.historySummary();
		expect(progress.records.map((r) => r.date)).toEqual(['2026-06-15']);
		expect(progress.summary.days[0]?.pain).toBe(4);
	});
});

describe('numbness reported in a check-in', () => {
	it('takes the compresses not yet done off today, says why, and they return once the safety questions are answered', async () => {
		const app = await setUpApp('2026-06-15T04:50:00Z'); // 06:50
		const compresses = () =>
			app.today.plan!.items.filter(
				(i) => i.measure === 'cold-compress' || i.measure === 'warm-compress'
			);
		const [done, ...rest] = compresses();
		expect(rest.length).toBeGreaterThan(0);
		await app.today.markDone(done!);
		app.clock.set('2026-06-15T06:00:00Z');
		const entry = blankDailyEntry('2026-06-15', app.clock.now());
		const numb = { ...entry, symptoms: { ...entry.symptoms, numbness: true } };
		expect(await app.today.saveEntry(numb)).toBe(true);
		expect(compresses()).toEqual([done]); // the one done stays on the record
		expect(app.today.plan?.notes.join(' ')).toMatch(/You reported numbness/);

		// A restart keeps it off: it comes from what was recorded.
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.today.plan?.items.filter((i) => i.measure.endsWith('compress'))).toEqual([
			done
		]);

		// Answering the safety questions again (numbness: no) brings them back.
		app.clock.set('2026-06-15T06:05:00Z');
		await app.today.saveProfile(app.today.profile!, { safetyAnswered: true });
		expect(compresses().length).toBeGreaterThan(1);
		expect(app.today.plan?.notes.join(' ')).not.toMatch(/You reported numbness/);
	});

	// Issue 24 point 3: changing the sleep time and pressing Save put compresses back on numb skin.
	it.each<{ section: string; change: (p: Profile) => Profile }>([
		{ section: 'your day', change: (p) => ({ ...p, sleepTime: '23:00', wakeTime: '06:30' }) },
		{
			section: 'your day (sitting hours)',
			change: (p) => ({
				...p,
				sittingBlocks: [{ weekdays: [1, 2, 3], start: '10:00', end: '15:00' }]
			})
		},
		{
			section: 'your pain',
			change: (p) => ({ ...p, affectedSide: 'left', painStartedOn: '2026-06-01' })
		},
		{
			section: 'preferences',
			change: (p) => ({ ...p, compressPreference: 'alternate', stretchSessionsPerDay: 3 })
		},
		{
			section: 'weight',
			change: (p) => ({
				...p,
				weight: {
					unit: 'kg',
					heightCm: 170,
					weightKg: 85,
					goalsOff: true,
					goalKg: null,
					weighInDay: 1
				}
			})
		}
	])('a save of $section alone leaves compresses off', async ({ change }) => {
		const app = await setUpApp('2026-06-15T04:50:00Z');
		const compresses = () => app.today.plan!.items.filter((i) => i.measure.endsWith('compress'));
		expect(compresses().length).toBeGreaterThan(0);
		app.clock.set('2026-06-15T05:00:00Z');
		const entry = blankDailyEntry('2026-06-15', app.clock.now());
		await app.today.saveEntry({ ...entry, symptoms: { ...entry.symptoms, numbness: true } });
		expect(compresses()).toEqual([]);
		app.clock.set('2026-06-15T05:10:00Z');
		expect(await app.today.saveProfile(change(app.today.profile!))).toBe(true);
		expect(compresses()).toEqual([]);
		expect(app.today.plan?.notes.join(' ')).toMatch(/You reported numbness/);
		// A restart reads the same: the stored profile did not count as a review either.
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.today.plan!.items.filter((i) => i.measure.endsWith('compress'))).toEqual([]);
	});
});

describe('a yes to new numbness in one buttock or leg (issue 24 point 8)', () => {
	it('takes compresses off as reported numbness does, until the safety questions are answered', async () => {
		const app = await setUpApp('2026-06-15T04:50:00Z');
		const compresses = () => app.today.plan!.items.filter((i) => i.measure.endsWith('compress'));
		expect(compresses().length).toBeGreaterThan(0);
		app.clock.set('2026-06-15T05:00:00Z');
		const entry = blankDailyEntry('2026-06-15', app.clock.now());
		expect(
			await app.today.saveEntry({ ...entry, pain: 3, redFlags: { 'numbness-buttock-leg': true } })
		).toBe(true);
		expect(compresses()).toEqual([]);
		expect(app.today.plan?.notes.join(' ')).toMatch(/Cold or heat on numb skin/);
		app.clock.set('2026-06-15T05:30:00Z');
		await app.today.saveProfile(app.today.profile!, { safetyAnswered: true });
		expect(compresses().length).toBeGreaterThan(0);
	});
});

describe('sitting-break suggestions on Today', () => {
	it("follow the person's exercises, with or without breaks on today's plan", async () => {
		const app = makeTestApp({ clock: '2026-06-15T04:50:00Z' }); // Monday
		await app.session.start();
		const stretch = 'Do the seated piriformis stretch.';
		const profile = {
			...DEFAULT_PROFILE,
			stretchIds: ['figure-four', 'seated-piriformis'] as const
		};
		await app.today.saveProfile({ ...profile, stretchIds: [...profile.stretchIds] });
		const suggestions = () =>
			todaysBreakSuggestions(
				app.today.plan,
				app.today.profile?.stretchIds ?? [],
				SITTING_BREAK_SUGGESTIONS
			);
		expect(suggestions()).toContain(stretch); // no sitting hours: the rule itself
		await app.today.saveProfile({
			...profile,
			stretchIds: ['figure-four'],
			sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }]
		});
		expect(app.today.plan?.items.some((i) => i.measure === 'sitting-break')).toBe(true);
		expect(suggestions()).not.toContain(stretch);
		expect(suggestions()).toContain('Stand up and walk for 1-2 minutes.');
	});
});

describe('asking the browser to keep the data', () => {
	it('reads the setting once a page, not on every tick of the checklist', async () => {
		const app = await setUpApp();
		const reads: string[] = [];
		const store = app.store.settings;
		const get = store.get.bind(store);
		store.get = (key: string) => {
			reads.push(key);
			return get(key);
		};
		for (const view of app.today.items.slice(0, 3)) await app.today.markDone(view.item);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(reads.filter((k) => k === 'persistRequested')).toHaveLength(1);
		expect(app.storage.persistRequests).toBe(1);
	});
});

describe('a waking day that ends after midnight (sleep 00:30)', () => {
	it('at 00:15 Today is still the day before: its plan, its missed items, its check-in', async () => {
		const clock = new FakeClock('2026-06-15T04:50:00Z'); // Monday 06:50 in Berlin
		const app = makeTestApp({ clock });
		await app.session.start();
		await app.today.saveProfile({ ...DEFAULT_PROFILE, wakeTime: '07:00', sleepTime: '00:30' });
		const monday = app.today.plan!;
		expect(monday.date).toBe('2026-06-15');
		const late = monday.items.filter((i) => i.kind === 'timed').at(-1)!;
		expect(late.startMinutes).toBeGreaterThan(22 * 60); // the evening runs on to 00:30

		clock.set('2026-06-15T22:15:00Z'); // Tuesday 00:15 in Berlin
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-15');
		expect(app.today.plan).toEqual(monday);
		// Its items before midnight are missed, not gone; the day's check-in is Monday's.
		expect(app.today.items.filter((v) => v.state === 'missed').length).toBeGreaterThan(0);
		await app.today.saveEntry({ ...blankDailyEntry('2026-06-15', clock.now()), pain: 3 });
		expect(app.store.entries.get('2026-06-15')?.pain).toBe(3);
		expect(app.store.entries.get('2026-06-16')).toBeUndefined();

		clock.set('2026-06-15T22:45:00Z'); // 00:45: past the sleep time, Tuesday begins
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-16');
		expect(app.today.plan?.date).toBe('2026-06-16');
		expect(app.today.items.every((v) => v.state === 'upcoming')).toBe(true);
	});
});
