import { expect, goOffline, test, waitForServiceWorkerControl } from './fixtures';
import { AppShell, PAGES } from './page-models/app-shell';

test('after the service worker takes control, every page reloads and navigates offline', async ({
	page,
	context
}) => {
	const app = new AppShell(page);
	await app.open('/');
	// The first visit's worker claims the page: no reload is needed to work offline.
	await waitForServiceWorkerControl(page);
	await expect(app.heading('Today')).toBeVisible();

	const reachedNetwork = await goOffline(context);

	await page.reload();
	await expect(app.heading('Today')).toBeVisible();

	for (const { path, heading } of PAGES) {
		await page.goto(path);
		await expect(app.heading(heading)).toBeVisible();
	}

	await app.navigateTo('Progress');
	await expect(app.heading('Progress')).toBeVisible();
	await app.openAboutFromSettings();
	await expect(app.heading('About and sources')).toBeVisible();
	await page.reload();
	await expect(app.heading('About and sources')).toBeVisible();

	expect(reachedNetwork, 'requests the worker did not serve from its cache').toEqual([]);
});

test.describe('an unknown address', () => {
	test.use({
		expectedErrors: {
			'the browser logs the 404 the server rightly answers for an unknown address':
				/Failed to load resource: .*404 \(Not Found\)/,
			'offline, Kit’s router logs that no route matches the unknown address it is shown':
				/Not found: \/another\/missing\/page/
		}
	});

	test('an unknown address shows the app’s own "page not found" with its navigation, online and offline', async ({
		page,
		context
	}) => {
		const app = new AppShell(page);
		const online = await page.goto('/no-such-page');
		expect(online?.status()).toBe(404);
		await expect(app.heading('Page not found')).toBeVisible();
		await waitForServiceWorkerControl(page);

		const reachedNetwork = await goOffline(context);
		await page.goto('/another/missing/page');
		await expect(app.heading('Page not found')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Today', exact: true })).toBeVisible();
		await page.getByRole('link', { name: 'Go to Today' }).click();
		await expect(app.heading('Today')).toBeVisible();
		// Only the unknown page itself was asked of the (absent) network.
		expect(reachedNetwork).toEqual([expect.stringMatching(/\/another\/missing\/page$/)]);
	});
});

test('every page keeps the console clean (no deprecation warnings, no errors)', async ({
	page
}) => {
	const messages: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`);
	});
	const app = new AppShell(page);
	await app.open('/');
	await waitForServiceWorkerControl(page);
	for (const { path, heading } of PAGES) {
		await page.goto(path);
		await expect(app.heading(heading)).toBeVisible();
	}
	expect(messages).toEqual([]);
});
