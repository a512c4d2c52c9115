import type { Page } from '@playwright/test';
import { expect, goOffline, test, waitForServiceWorkerControl } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';

test.use({ timezoneId: 'Europe/Berlin', permissions: ['notifications'] });
const MONDAY_0650 = new Date('2026-06-15T06:50:00+02:00');

/** Records in every store of the app's database, by store. */
function recordCounts(page: Page): Promise<Record<string, number>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('deep-gluteal-care');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const counts: Record<string, number> = {};
		for (const name of Array.from(db.objectStoreNames)) {
			counts[name] = await new Promise<number>((resolve, reject) => {
				const request = db.transaction(name).objectStore(name).count();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		}
		db.close();
		return counts;
	});
}

/** A person with a plan, a ticked item, a cache entry of their own and a notification showing. */
async function personWithData(page: Page): Promise<void> {
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await new TodayPage(page).item('Warm compress').first().check();
	await waitForServiceWorkerControl(page);
	await page.evaluate(async () => {
		await (await caches.open('marker')).put('/marker', new Response('kept by the worker'));
		const registration = await navigator.serviceWorker.ready;
		await registration.showNotification('Warm compress', { tag: 'marker' });
	});
	const counts = await recordCounts(page);
	expect(counts.profile).toBe(1);
	expect(counts.checkIns).toBeGreaterThan(0);
}

/**
 * The stores that still hold records, with their counts (empty when everything is gone). The
 * migrations log stays: it says which schema steps ran, nothing about the person.
 */
async function nonEmptyStores(page: Page): Promise<Record<string, number>> {
	const counts = await recordCounts(page);
	return Object.fromEntries(
		Object.entries(counts).filter(([store, n]) => n > 0 && store !== 'migrations')
	);
}

async function deleteEverything(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await expect(page.getByRole('alert')).toContainText('It cannot be undone');
	await page.getByRole('button', { name: 'Yes, delete everything' }).click();
}

test('delete all my data: the database, caches, notifications and worker are emptied', async ({
	page
}) => {
	await personWithData(page);
	const notificationsBefore = await page.evaluate(
		async () => (await (await navigator.serviceWorker.ready).getNotifications()).length
	);
	expect(notificationsBefore).toBe(1);

	// "Keep my data" backs out and nothing is touched.
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await page.getByRole('button', { name: 'Keep my data' }).click();
	expect((await recordCounts(page)).profile).toBe(1);

	await deleteEverything(page);

	// Online, the app starts again like a first visit and says what happened.
	await expect(
		page.getByRole('status').filter({ hasText: 'All your data was deleted' })
	).toHaveText('All your data was deleted from this device.');
	await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
	expect(new URL(page.url()).hash).toBe('');
	expect(await nonEmptyStores(page)).toEqual({});
	const after = await page.evaluate(async () => ({
		marker: await caches.has('marker'),
		notifications: await Promise.all(
			(await navigator.serviceWorker.getRegistrations()).map(
				async (r) => (await r.getNotifications()).length
			)
		)
	}));
	expect(after.marker).toBe(false);
	expect(after.notifications.every((n) => n === 0)).toBe(true);

	// The fresh worker caches a new offline copy: the app still reloads offline.
	await waitForServiceWorkerControl(page);
	await goOffline(page.context());
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
});

test.describe('offline', () => {
	test.use({
		expectedErrors: {
			'offline on purpose, then with the offline copy deleted: the browser logs each request it cannot make':
				/Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)/
		}
	});

	test('delete all my data offline: everything goes and the app says the offline copy needs a connection', async ({
		page,
		context
	}) => {
		await personWithData(page);
		await page.getByRole('link', { name: 'Settings' }).click();
		await goOffline(context);
		await deleteEverything(page);

		await expect(
			page.getByRole('status').filter({ hasText: 'All your data was deleted' })
		).toContainText('All your data was deleted from this device');
		await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
		expect(await nonEmptyStores(page)).toEqual({});
		const worker = await page.evaluate(async () => ({
			registrations: (await navigator.serviceWorker.getRegistrations()).length,
			caches: (await caches.keys()).length
		}));
		expect(worker).toEqual({ registrations: 0, caches: 0 });

		// Today in this page has no plan left.
		await page.getByRole('link', { name: 'Today' }).click();
		await expect(page.getByRole('link', { name: 'Set up my plan' })).toBeVisible();
	});
});
