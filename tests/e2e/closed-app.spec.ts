import { join } from 'node:path';
import Database from 'better-sqlite3';
// @ts-expect-error http_ece ships no types
import ece from 'http_ece';
import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';
import { fakePushManager, fakeSubscription, serviceWorker, type WorkerScope } from './push-helpers';
import { RELAY_DATA_DIR } from './relay-env';

// Closed-app reminders: a push delivered to the worker (CDP's ServiceWorker.deliverPushMessage,
// since Chromium here cannot get a real subscription) and the Settings switch, with the page's
// PushManager faked to hand out a subscription whose keys the test holds, against the real relay
// the e2e server runs.

// The walks set up and find items in the day's plan: they start at 10:00 (one installs its own clock).
test.use({
	locale: 'en-GB',
	timezoneId: 'Europe/Berlin',
	permissions: ['notifications'],
	clockTime: '2026-06-15T10:00'
});

/** Delivers a push message to the app's worker, as a push service would. */
async function deliverPush(page: Page, data: string): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const registration = new Promise<{ registrationId: string; scopeURL: string }>((resolve) =>
		cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
			const ours = registrations.find((r: { isDeleted: boolean }) => !r.isDeleted);
			if (ours) resolve(ours);
		})
	);
	await cdp.send('ServiceWorker.enable');
	const { registrationId, scopeURL } = await registration;
	await cdp.send('ServiceWorker.deliverPushMessage', {
		origin: new URL(scopeURL).origin,
		registrationId,
		data
	});
}

test('a pushed reminder shows with Done and Snooze, and Done from it records the item', async ({
	page,
	context
}) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await waitForServiceWorkerControl(page);
	const worker = await serviceWorker(context);
	const today = new TodayPage(page);
	const anchor = await today
		.item('Warm compress')
		.first()
		.evaluate((el) => el.closest('[id^="item-"]')?.id);
	// item-2026-06-15-warm-compress-0 -> 2026-06-15:warm-compress:0
	const itemId = anchor!.replace(/^item-(\d{4}-\d{2}-\d{2})-(.+)-(\d+)$/, '$1:$2:$3');
	const message = {
		web_push: 8030,
		notification: {
			title: 'Warm compress at 07:30',
			body: 'Warm the pack as its instructions say.',
			navigate: `/#${anchor}`,
			tag: itemId,
			data: { kind: 'item', itemId, date: '2026-06-15', at: '2026-06-15T05:30:00.000Z' }
		},
		mutable: true
	};
	await deliverPush(page, JSON.stringify(message));

	const shown = () =>
		worker.evaluate(async (tag) => {
			const list = await (self as unknown as WorkerScope).registration.getNotifications({ tag });
			return list.map((n) => ({
				title: n.title,
				body: n.body,
				actions: (n.actions ?? []).map((a) => a.action)
			}));
		}, itemId);
	await expect.poll(shown).toEqual([
		{
			title: 'Warm compress at 07:30',
			body: 'Warm the pack as its instructions say.',
			actions: ['done', 'snooze']
		}
	]);

	await worker.evaluate(async (tag) => {
		const scope = self as unknown as WorkerScope;
		const [notification] = await scope.registration.getNotifications({ tag });
		scope.dispatchEvent(
			new scope.NotificationEvent('notificationclick', { notification, action: 'done' })
		);
	}, itemId);
	await expect(today.item('Warm compress').first()).toBeChecked();
});

function relayRows(endpoint: string) {
	const db = new Database(join(RELAY_DATA_DIR, 'relay.sqlite'), {
		readonly: true,
		fileMustExist: true
	});
	try {
		return db
			.prepare(
				'select j.id, j.send_at, j.ttl, j.topic, j.payload from jobs j join devices d on d.id = j.device_id where d.endpoint = ? order by j.send_at'
			)
			.all(endpoint) as {
			id: string;
			send_at: number;
			ttl: number;
			topic: string;
			payload: Buffer;
		}[];
	} finally {
		db.close();
	}
}

function deviceCount(endpoint: string): number {
	const db = new Database(join(RELAY_DATA_DIR, 'relay.sqlite'), {
		readonly: true,
		fileMustExist: true
	});
	try {
		return (
			db.prepare('select count(*) as n from devices where endpoint = ?').get(endpoint) as {
				n: number;
			}
		).n;
	} finally {
		db.close();
	}
}

test('Settings: the switch uploads encrypted reminders the relay cannot read, and off removes the device', async ({
	page
}) => {
	const subscription = fakeSubscription();
	await fakePushManager(page, subscription.json);
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await page.goto('/settings');
	// Settings' own section, not a reminder banner that may be showing above the page (real time here).
	const reminders = page.getByRole('main').getByRole('region', { name: 'Reminders' });
	const toggle = reminders.getByRole('switch', { name: 'Remind me even when the app is closed' });
	await expect(toggle).not.toBeChecked();
	await expect(reminders).toContainText('sees when your reminders are due, never what they say');
	await expect(reminders).toContainText('on an iPhone the app added to the Home Screen');

	await toggle.check();
	await expect(
		reminders.getByRole('status', { name: 'Reminders with the app closed' })
	).toContainText(/On: the relay holds \d+ reminders for the next three days/);
	const rows = relayRows(subscription.json.endpoint);
	const pageNow = await page.evaluate(() => Date.now());
	expect(rows.length).toBeGreaterThan(2);
	const opened = rows.map((row) =>
		JSON.parse(
			(
				ece.decrypt(row.payload, {
					version: 'aes128gcm',
					privateKey: subscription.ecdh,
					authSecret: subscription.auth.toString('base64url')
				}) as Buffer
			).toString('utf8')
		)
	);
	for (const row of rows) {
		expect(row.payload.length).toBe(86 + 1500 + 16); // every reminder one size
		expect(row.payload.toString('latin1')).not.toMatch(/compress|stretch|walk/i);
		expect(row.send_at).toBeGreaterThan(pageNow);
		expect(row.ttl).toBe(7200);
		// Id and Topic say nothing of the measure or the date (issue 26).
		expect(row.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(row.topic).toBe(row.id);
	}
	// What the page encrypted opens, with the subscription's own private key, to Declarative Web Push
	// reminders of at least two days, each with the item it is for.
	const days = new Set(opened.map((message) => message.notification.data.date));
	expect(days.size).toBeGreaterThanOrEqual(2);
	expect(opened[0]).toMatchObject({
		web_push: 8030,
		notification: { data: { kind: 'item' } },
		mutable: true
	});
	expect(opened[0].notification.tag).toBe(opened[0].notification.data.itemId);
	expect(opened[0].notification.data.itemId).toMatch(/^\d{4}-\d\d-\d\d:[a-z-]+:\d+$/);
	expect(opened[0].notification.title).toMatch(/ at \d\d:\d\d$/);
	const last = opened.at(-1);
	expect(last.notification.body).toContain('Open the app to keep your reminders coming.');

	await toggle.uncheck();
	await expect(
		reminders.getByRole('status', { name: 'Reminders with the app closed' })
	).toContainText('Off: reminders come only while the app is open');
	expect(deviceCount(subscription.json.endpoint)).toBe(0);
});

test.describe('without a relay', () => {
	test.use({
		expectedErrors: {
			'the test answers the relay address with 404 on purpose': /status of 404.*\/relay\/v1\//
		}
	});

	test('Settings says plainly when closed-app reminders are not possible here', async ({
		page,
		context
	}) => {
		await new SetupPage(page).open();
		await new SetupPage(page).completeWithDefaults({ sits: false });
		// A static-only deploy: no relay answers on the app's origin.
		await page.route('**/relay/v1/**', (route) =>
			route.fulfill({ status: 404, body: 'Not found' })
		);
		await page.goto('/settings');
		const reminders = page.getByRole('main').getByRole('region', { name: 'Reminders' });
		await expect(reminders).toContainText(
			'reminders with the app closed need the relay, and this copy of the app is served without one'
		);
		await expect(reminders.getByRole('switch')).toHaveCount(0);

		await page.unroute('**/relay/v1/**');
		await context.clearPermissions();
		await page.reload();
		await expect(page.getByRole('main').getByRole('region', { name: 'Reminders' })).toContainText(
			'allow notifications first'
		);
	});
});

test.describe('with the relay out of reach', () => {
	test.use({
		expectedErrors: {
			'the test cuts the relay off on purpose': /net::ERR_(FAILED|INTERNET_DISCONNECTED)/
		}
	});

	test('turning the switch on says "not turned on" and leaves it off, never "on" with nothing held', async ({
		page
	}) => {
		const subscription = fakeSubscription();
		await fakePushManager(page, subscription.json);
		await new SetupPage(page).open();
		await new SetupPage(page).completeWithDefaults({ sits: false });
		await page.goto('/settings');
		const reminders = page.getByRole('main').getByRole('region', { name: 'Reminders' });
		const toggle = reminders.getByRole('switch', { name: 'Remind me even when the app is closed' });
		await expect(toggle).not.toBeChecked();
		// Registration and uploads fail as on a train; the key was already fetched when Settings opened.
		await page.route('**/relay/v1/devices/**', (route) => route.abort('internetdisconnected'));
		await toggle.click();
		const state = reminders.getByRole('status', { name: 'Reminders with the app closed' });
		await expect(state).toContainText('Not turned on: the relay could not be reached');
		await expect(toggle).not.toBeChecked();
		expect(deviceCount(subscription.json.endpoint)).toBe(0);

		// Back online, the same switch turns it on.
		await page.unroute('**/relay/v1/devices/**');
		await toggle.click();
		await expect(state).toContainText(/On: the relay holds \d+ reminders/);
		await expect(toggle).toBeChecked();
	});
});
