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
