import { describe, expect, it } from 'vitest';
import { REST_LATER_MINUTES, REST_PAUSE_MINUTES, SNOOZE_MINUTES } from '$lib/domain/day';
import { DEFAULT_PROFILE, type Profile } from '$lib/domain/profile';
import { DEFAULT_REMINDER_SETTINGS } from '$lib/domain/reminder-settings';
import { TAGS } from '$lib/pwa/protocol';
import { makeTestApp, type TestApp } from '../fakes/app';

// Reminders and sitting on in-memory fakes: the clock is moved by hand and the sink records what a
// notification would have shown. Europe/Berlin is UTC+2 in June.

const WORKDAY: Profile = {
	...DEFAULT_PROFILE,
	sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
	sittingBreakMinutes: 30
};

async function appAt(iso: string, profile: Profile = WORKDAY): Promise<TestApp> {
	const app = makeTestApp({ clock: iso });
	await app.session.start();
	await app.today.saveProfile(profile);
	await app.session.tick();
	return app;
}

/** The instant an item of 15 June starts, in Berlin (UTC+2). */
const startOf = (item: { startMinutes: number }) =>
	new Date(Date.parse('2026-06-15T00:00:00+02:00') + item.startMinutes * 60_000).toISOString();

const minutesLater = (app: TestApp, minutes: number) =>
	new Date(app.clock.now().getTime() + minutes * 60_000).toISOString();

describe('reminders of plan items', () => {
	it("fires a banner and a notification at an item's time, once", async () => {
		const app = await appAt('2026-06-15T04:50:00Z'); // Monday 06:50
		const first = app.today.plan!.items.find((i) => i.kind === 'timed')!;
		expect(app.reminders.active).toEqual([]);
		app.clock.set(startOf(first));
		await app.session.tick();
		expect(app.reminders.active.map((r) => r.itemId)).toEqual([first.id]);
		expect(app.sink.shown).toEqual([
			expect.objectContaining({ tag: first.id, kind: 'item', itemId: first.id, date: '2026-06-15' })
		]);
		await app.session.tick();
		expect(app.sink.shown).toHaveLength(1);
		// What was sent is kept: a restart the same day does not send it again.
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		await restarted.session.tick();
		expect(restarted.sink.shown.filter((m) => m.tag === first.id)).toEqual([]);
	});

	it(`"Snooze" on a banner puts the item off ${SNOOZE_MINUTES} minutes and reminds again then`, async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		const first = app.today.plan!.items.find((i) => i.kind === 'timed')!;
		app.clock.set(startOf(first));
		await app.session.tick();
		await app.reminders.answer(first.id, 'snooze');
		expect(app.reminders.active).toEqual([]);
		expect(app.today.checkIns[first.id]?.status).toBe('snoozed');
		app.clock.set(minutesLater(app, SNOOZE_MINUTES));
		await app.session.tick();
		expect(app.reminders.active.map((r) => r.itemId)).toEqual([first.id]);
		expect(app.sink.shown.filter((m) => m.tag === first.id)).toHaveLength(2);
	});

	it.each([5, 30, 60, 180])(
		'a banner’s longer snooze of %i minutes reminds again then, not before',
		async (minutes) => {
			const app = await appAt('2026-06-15T04:50:00Z');
			const first = app.today.plan!.items.find((i) => i.kind === 'timed')!;
			app.clock.set(startOf(first));
			await app.session.tick();
			expect(app.reminders.snoozeChoices().map((c) => c.minutes)).toContain(minutes);
			await app.reminders.answer(first.id, 'snooze', minutes);
			const until = minutesLater(app, minutes);
			expect(app.today.checkIns[first.id]?.snoozedUntil).toBe(until);
			app.clock.set(minutesLater(app, minutes - 1));
			await app.session.tick();
			expect(app.reminders.active.map((r) => r.itemId)).not.toContain(first.id);
			app.clock.set(until);
			await app.session.tick();
			expect(app.reminders.active.map((r) => r.itemId)).toContain(first.id);
		}
	);

	it('"Done" on a banner ticks the item; "Dismiss" only hides the banner', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		const [first, second] = app.today.plan!.items.filter((i) => i.kind === 'timed');
		await app.reminders.answer(first!.id, 'done');
		expect(app.today.checkIns[first!.id]?.status).toBe('done');
		await app.reminders.answer(second!.id, 'dismiss');
		expect(app.today.checkIns[second!.id]).toBeUndefined();
	});

	it('reminders switched off send nothing; saved settings survive a restart', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		expect(await app.settings.saveReminders({ ...DEFAULT_REMINDER_SETTINGS, enabled: false })).toBe(
			true
		);
		app.clock.set('2026-06-15T12:00:00Z');
		await app.session.tick();
		expect(app.sink.shown).toEqual([]);
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.settings.reminders.enabled).toBe(false);
	});

	it('at midnight the banners of the day before go', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		await app.reminders.sendTest();
		expect(app.reminders.active).toHaveLength(1);
		app.clock.set('2026-06-15T22:05:00Z'); // 00:05 the next day
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-16');
		expect(app.reminders.active).toEqual([]);
	});

	it('a clock that jumps a day ahead reads that day, and jumping back reads today again', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		app.clock.jump('2026-06-16T06:00:00Z');
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-16');
		app.clock.jump('2026-06-15T06:00:00Z');
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-15');
	});

	it('a new zone rebuilds the day in that zone', async () => {
		const app = await appAt('2026-06-15T20:30:00Z'); // 22:30 in Berlin
		app.clock.moveTo('Asia/Tokyo'); // 05:30 the next day
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-16');
	});

	it('updates the app badge with the items still open', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		const open = app.today.progress.total;
		expect(app.badge.count).toBe(open);
		await app.today.markDone(app.today.items.find((v) => v.item.kind === 'timed')!.item);
		await app.session.tick();
		expect(app.badge.count).toBe(open - 1);
	});

	it('"Send a test reminder" shows a banner and a notification now', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		await app.reminders.sendTest();
		expect(app.reminders.active.map((r) => r.title)).toEqual(['Test reminder']);
		expect(app.sink.shown.map((m) => m.tag)).toEqual([TAGS.test]);
		// Issue 25 point 10: a test has nothing to mark done or snooze.
		expect(app.sink.shown[0]?.noActions).toBe(true);
	});

	it('asks for notifications only when told to, then turns on the morning summary', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		expect(app.permission.asked).toBe(0);
		expect(await app.reminders.allowNotifications()).toBe('granted');
		expect(app.worker.calls).toEqual(['morning summary']);
		app.permission.answer = 'denied';
		expect(await app.reminders.allowNotifications()).toBe('denied');
		expect(app.worker.calls).toEqual(['morning summary']);
	});

	it('exports the plan as a calendar from tomorrow on', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		const file = await app.reminders.calendarFile();
		expect(file?.name).toBe('deep-gluteal-care-plan.ics');
		expect(file?.text).toContain('BEGIN:VCALENDAR');
		expect(file?.text).toMatch(/DTSTART:2026061[6-9]T/); // from tomorrow on
		expect(file?.text).not.toMatch(/DTSTART:2026061[0-5]T/);
	});
});

describe('the calendar file while a warning sign holds the plan', () => {
	const events = (text: string | undefined) =>
		(text ?? '').split('\r\n').filter((l) => l.startsWith('SUMMARY:'));

	it('holds nothing while paused, says what it leaves out, and asks for a new file once assessed', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		const usual = await app.reminders.calendarFile();
		expect(events(usual?.text)).toContain('SUMMARY:Stretch');
		expect(app.settings.calendarExportOutdated(app.today.planHold)).toBe(false);
		expect(await app.reminders.calendarUnderHold()).toBeNull();

		await app.warnings.record({ 'chest-pain': true }, 'check-in');
		expect(app.today.planHold).toBe('paused');
		const under = await app.reminders.calendarUnderHold();
		expect(under).toMatchObject({ hold: 'paused', holds: [] });
		expect(under?.leftOut).toEqual([...new Set(events(usual?.text).map((l) => l.slice(8)))]);
		const paused = await app.reminders.calendarFile();
		expect(paused?.text).toContain('BEGIN:VCALENDAR');
		expect(events(paused?.text)).toEqual([]);
		expect(app.settings.lastCalendarExport).toEqual({ on: '2026-06-15', hold: 'paused' });
		// Still paused: the file is as it should be, nothing to do again.
		expect(app.settings.calendarExportOutdated(app.today.planHold)).toBe(false);

		await app.warnings.resolve(['chest-pain'], 'assessed');
		expect(app.settings.calendarExportOutdated(app.today.planHold)).toBe(true);
		// The note is kept: a restart still asks.
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.settings.lastCalendarExport).toEqual({ on: '2026-06-15', hold: 'paused' });
		expect(restarted.settings.calendarExportOutdated(restarted.today.planHold)).toBe(true);
		// A new file, with the whole plan again, answers it.
		const again = await restarted.reminders.calendarFile();
		expect(events(again?.text)).toEqual(events(usual?.text));
		expect(restarted.settings.calendarExportOutdated(restarted.today.planHold)).toBe(false);
	});

	it('holds only the limited day while a same-day sign is open', async () => {
		const app = await appAt('2026-06-15T04:50:00Z', { ...WORKDAY, phase: 'recovery' });
		await app.warnings.record({ fever: true }, 'check-in');
		expect(app.today.planHold).toBe('flare-only');
		const file = await app.reminders.calendarFile();
		const titles = new Set(events(file?.text).map((l) => l.slice(8)));
		// The same titles as today's limited plan (the file starts tomorrow; the measures are the same).
		expect(titles).toEqual(
			new Set(app.today.plan!.items.filter((i) => i.kind === 'timed').map((i) => i.title))
		);
		expect(titles.has('Warm compress')).toBe(false);
		const under = await app.reminders.calendarUnderHold();
		expect(under?.hold).toBe('flare-only');
		expect(under?.leftOut).toEqual(expect.arrayContaining(['Warm compress']));
		expect(new Set(under?.holds)).toEqual(titles);
		expect(app.settings.lastCalendarExport).toEqual({ on: '2026-06-15', hold: 'flare-only' });

		await app.warnings.resolve(['fever'], 'assessed');
		expect(app.settings.calendarExportOutdated(app.today.planHold)).toBe(true);
	});

	it('a file made with the whole plan is not called outdated by a later sign', async () => {
		const app = await appAt('2026-06-15T04:50:00Z');
		await app.reminders.calendarFile();
		await app.warnings.record({ fever: true }, 'check-in');
		expect(app.settings.calendarExportOutdated(app.today.planHold)).toBe(false);
	});
});

describe('sitting and rest prompts', () => {
	it('switches sitting on by itself in the sitting hours, and prompts after the interval', async () => {
		const app = await appAt('2026-06-15T07:00:00Z'); // Monday 09:00
		expect(app.sitting.state.since).toBe('2026-06-15T07:00:00.000Z');
		expect(app.sitting.restPromptDue).toBe(false);
		app.clock.set('2026-06-15T07:30:00Z');
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(true);
		expect(app.sink.shown.filter((m) => m.tag === TAGS.restPrompt)).toHaveLength(1);
		await app.session.tick();
		expect(app.sink.shown.filter((m) => m.tag === TAGS.restPrompt)).toHaveLength(1);
		// Out of the sitting hours it switches off again.
		app.clock.set('2026-06-15T15:10:00Z'); // 17:10
		await app.session.tick();
		expect(app.sitting.state.since).toBeNull();
		expect(app.sitting.restPromptDue).toBe(false);
	});

	it('"Took a break" does the same from Today, the banner and a notification', async () => {
		for (const from of ['today', 'banner', 'notification'] as const) {
			const app = await appAt('2026-06-15T07:00:00Z');
			app.clock.set('2026-06-15T07:31:00Z');
			await app.session.tick();
			const breakItem = app.today.items.find(
				(v) => v.item.measure === 'sitting-break' && v.state === 'due'
			);
			expect(app.sitting.restPromptDue).toBe(true);
			if (from === 'notification')
				await app.reminders.handleWorkerMessage({
					type: 'notification-action',
					action: 'break',
					kind: 'rest',
					itemId: null,
					date: '2026-06-15'
				});
			else await app.sitting.tookBreak();
			expect(app.sitting.restPromptDue, from).toBe(false);
			expect(app.sitting.state.since, from).toBe('2026-06-15T07:31:00.000Z');
			if (breakItem) expect(app.today.checkIns[breakItem.item.id]?.status, from).toBe('done');
			app.clock.set('2026-06-15T07:45:00Z');
			await app.session.tick();
			expect(app.sitting.restPromptDue, from).toBe(false);
		}
	});

	it('"Took a break" while not sitting ticks the break item but does not start the sitting timer', async () => {
		const app = await appAt('2026-06-14T08:00:00Z'); // Sunday: no sitting hours
		expect(app.sitting.state.since).toBeNull();
		await app.sitting.tookBreak();
		expect(app.sitting.state.since).toBeNull();
	});

	it(`"In ${REST_LATER_MINUTES} min" and "Pause" hold the prompt back until then`, async () => {
		const app = await appAt('2026-06-15T07:00:00Z');
		app.clock.set('2026-06-15T07:30:00Z');
		await app.session.tick();
		await app.sitting.restLater();
		expect(app.sitting.restPromptDue).toBe(false);
		app.clock.set(minutesLater(app, REST_LATER_MINUTES - 1));
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(false);
		app.clock.set(minutesLater(app, 1));
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(true);
		await app.sitting.pauseRestPrompts();
		app.clock.set(minutesLater(app, REST_PAUSE_MINUTES - 1));
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(false);
		app.clock.set(minutesLater(app, 1));
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(true);
	});

	it('quiet hours keep the prompt silent', async () => {
		const evening: Profile = {
			...WORKDAY,
			sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '21:00', end: '23:00' }]
		};
		const app = await appAt('2026-06-15T19:00:00Z', evening); // 21:00; quiet from 22:00
		app.clock.set('2026-06-15T19:30:00Z');
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(true);
		await app.sitting.tookBreak();
		app.clock.set('2026-06-15T20:10:00Z'); // 22:10, in the quiet hours
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(false);
		expect(app.sink.shown.filter((m) => m.tag === TAGS.restPrompt)).toHaveLength(1);
	});

	it('switched off in the sitting hours, it stays off for the rest of that day only', async () => {
		const app = await appAt('2026-06-15T07:00:00Z');
		await app.sitting.setSitting(false);
		app.clock.set('2026-06-15T08:00:00Z');
		await app.session.tick();
		expect(app.sitting.state.since).toBeNull();
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		await restarted.session.tick();
		expect(restarted.sitting.state.since).toBeNull();
		app.clock.set('2026-06-16T07:05:00Z'); // Tuesday 09:05
		await app.session.tick();
		expect(app.sitting.state.since).toBe('2026-06-16T07:05:00.000Z');
	});

	it('the "I\'m sitting" switch starts the timer by hand outside the sitting hours', async () => {
		const app = await appAt('2026-06-14T08:00:00Z'); // Sunday
		await app.sitting.setSitting(true);
		expect(app.sitting.state.since).toBe('2026-06-14T08:00:00.000Z');
		app.clock.set('2026-06-14T08:30:00Z');
		await app.session.tick();
		expect(app.sitting.restPromptDue).toBe(true);
		await app.sitting.setSitting(false);
		expect(app.sitting.restPromptDue).toBe(false);
		expect(app.store.settings.get('sitting')?.value).toMatchObject({ since: null });
	});
});
