import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { PUSH_RELAY_KEY, WINDOW_CLOSING_LINE } from '$lib/domain/push-window';
import { makeTestApp, type TestApp } from '../fakes/app';

// Closed-app reminders on fakes: the push port keeps what the relay would hold for the device.

async function appAt(iso: string): Promise<TestApp> {
	const app = makeTestApp({ clock: iso });
	await app.session.start();
	await app.today.saveProfile(DEFAULT_PROFILE);
	await app.session.tick();
	return app;
}

const relayWindow = (app: TestApp) => [...app.push.relay.values()][0] ?? [];

describe('closed-app reminders', () => {
	it('is off until turned on, and then uploads three days of reminders', async () => {
		const app = await appAt('2026-06-15T04:00:00Z'); // Monday 06:00 in Berlin
		const closed = app.reminders.closedApp;
		await closed.refresh();
		expect(closed.status).toEqual({ kind: 'off' });
		expect(app.push.uploads).toEqual([]);

		await closed.turnOn();
		expect(app.push.subscribed).toBe(true);
		const window = relayWindow(app);
		expect(new Set(window.map((r) => r.date))).toEqual(
			new Set(['2026-06-15', '2026-06-16', '2026-06-17'])
		);
		const todays = app.today.plan!.items.filter((i) => i.kind === 'timed').map((i) => i.id);
		expect(window.filter((r) => r.date === '2026-06-15').map((r) => r.id)).toEqual(todays);
		expect(window.at(-1)!.body).toContain(WINDOW_CLOSING_LINE);
		expect(closed.status).toMatchObject({ kind: 'on', reminders: window.length });
		// The device's registration is kept, with the window the worker reads for a snooze.
		const stored = await app.store.settings.get(PUSH_RELAY_KEY);
		expect((stored as { value: unknown }).value).toMatchObject({
			on: true,
			device: { id: 'device-1' }
		});
	});

	it('uploads again when an item is done (its reminder is cancelled), and not when nothing changed', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		await app.reminders.closedApp.turnOn();
		const uploads = app.push.uploads.length;
		await app.session.tick();
		expect(app.push.uploads).toHaveLength(uploads); // the same window is not sent again
		const item = app.today.plan!.items.find((i) => i.kind === 'timed')!;
		await app.today.markDone(item);
		await app.session.tick();
		expect(app.push.uploads).toHaveLength(uploads + 1);
		expect(relayWindow(app).some((r) => r.id === item.id)).toBe(false);
	});

	it('leaves out a reminder the page already showed, so it never arrives twice', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		await app.reminders.closedApp.turnOn();
		const first = relayWindow(app)[0]!;
		app.clock.set(first.sendAt.toISOString());
		await app.session.tick(); // the page shows it
		expect(app.sink.shown.map((m) => m.tag)).toContain(first.id);
		expect(relayWindow(app).some((r) => r.id === first.id)).toBe(false);
	});

	it('empties the window while an emergency warning sign pauses the plan', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		await app.reminders.closedApp.turnOn();
		expect(relayWindow(app).length).toBeGreaterThan(0);
		const warnings = app.warnings;
		await warnings.record({ 'bladder-bowel': true }, 'check-in');
		await app.session.tick();
		expect(app.today.planHold).toBe('paused');
		expect(relayWindow(app)).toEqual([]);
	});

	it('says when the relay is not reached, with when it last was, and catches up later', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		await app.reminders.closedApp.turnOn();
		const reached = app.reminders.closedApp.status;
		expect(reached.kind).toBe('on');
		app.push.relayAnswers = 'unreachable';
		await app.today.setBadDay(true);
		await app.session.tick();
		expect(app.reminders.closedApp.status).toEqual({
			kind: 'unreachable',
			lastReachedAt: new Date('2026-06-15T04:00:00Z')
		});
		app.push.relayAnswers = 'ok';
		app.clock.set('2026-06-15T04:02:00Z');
		await app.session.tick();
		expect(app.reminders.closedApp.status.kind).toBe('on');
	});

	it('turns itself off with a word when the push service ended the subscription', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		await app.reminders.closedApp.turnOn();
		app.push.relay.clear(); // the relay forgot the device after a 410
		await app.today.setBadDay(true);
		await app.session.tick();
		expect(app.reminders.closedApp.status).toEqual({ kind: 'ended' });
		expect((app.store.settings.get(PUSH_RELAY_KEY) as { value: unknown }).value).toMatchObject({
			on: false,
			device: null
		});
		expect(app.push.subscribed).toBe(false);
	});

	it.each(['no-relay', 'needs-install', 'notifications-off', 'unsupported'] as const)(
		'says why it is not possible: %s',
		async (why) => {
			const app = await appAt('2026-06-15T04:00:00Z');
			app.push.availabilityIs = why;
			await app.reminders.closedApp.refresh();
			expect(app.reminders.closedApp.status).toEqual({ kind: 'unavailable', why });
		}
	);

	it('turning it off or deleting all data removes the device at the relay', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		await app.reminders.closedApp.turnOn();
		await app.reminders.closedApp.turnOff();
		expect(app.push.relay.size).toBe(0);
		expect(app.reminders.closedApp.status).toEqual({ kind: 'off' });
		await app.reminders.closedApp.turnOn();
		expect(app.push.relay.size).toBe(1);
		expect(await app.data.deleteAllData()).toBe(true);
		expect(app.push.relay.size).toBe(0);
		expect(app.push.subscribed).toBe(false);
	});

	it('keeps the switch across a restart and sends the window again on the first tick', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		await app.reminders.closedApp.turnOn();
		const before = app.push.uploads.length;
		const reopened = makeTestApp({ store: app.store, clock: app.clock });
		reopened.push.relay.set('device-1', []);
		await reopened.session.start();
		await reopened.session.tick();
		expect(reopened.push.uploads.length).toBe(1);
		expect(reopened.push.relay.get('device-1')!.length).toBe(relayWindow(app).length);
		expect(before).toBeGreaterThan(0);
	});

	// Issue 25 point 7: the switch shows only what is true.
	it('turned on offline, stays off and says the relay was not reached (it said "on", holding nothing)', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		const closed = app.reminders.closedApp;
		app.push.enableFails = 'unreachable';
		await closed.turnOn();
		expect(closed.status).toEqual({ kind: 'not-turned-on', why: 'unreachable' });
		const stored = await app.store.settings.get(PUSH_RELAY_KEY);
		expect((stored as { value?: { on: boolean } } | undefined)?.value?.on ?? false).toBe(false);
		// Online again, the same switch turns it on.
		app.push.enableFails = null;
		await closed.turnOn();
		expect(closed.status).toMatchObject({ kind: 'on' });
	});

	it('registered but the first window not taken: off again, not "on" with nothing at the relay', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		const closed = app.reminders.closedApp;
		app.push.relayAnswers = 'unreachable';
		await closed.turnOn();
		expect(closed.status).toEqual({ kind: 'not-turned-on', why: 'unreachable' });
		expect((app.store.settings.get(PUSH_RELAY_KEY) as { value: unknown }).value).toMatchObject({
			on: false,
			device: { id: 'device-1' }
		});
		// Nothing is uploaded behind the person's back while it is off.
		app.push.relayAnswers = 'ok';
		app.clock.set('2026-06-15T04:05:00Z');
		await app.session.tick();
		expect(app.push.uploads).toEqual([]);
		// Turned on again, the kept registration takes the window.
		await closed.turnOn();
		expect(closed.status).toMatchObject({ kind: 'on' });
		expect(app.push.relay.size).toBe(1);
	});

	it('a refused subscription (a private window) keeps the switch to try again, and says why', async () => {
		const app = await appAt('2026-06-15T04:00:00Z');
		app.push.enableFails = 'refused';
		await app.reminders.closedApp.turnOn();
		expect(app.reminders.closedApp.status).toEqual({ kind: 'not-turned-on', why: 'refused' });
	});
});
