import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveBuild } from '../../scripts/serve-build.mjs';
import { expect, goOffline, test, waitForServiceWorkerControl } from './fixtures';
import { AppShell, PAGES } from './page-models/app-shell';
import { SetupPage } from './page-models/setup-page';

// A clinic publishes the static build under https://example.org/care/: the app, its manifest,
// its worker and every link live under /care/, and the whole of it works offline from there.
// This file builds that variant (BASE_PATH=/care, in its own Kit folder so the main build is
// untouched) and serves it on its own port, where nothing answers outside /care/.
const PORT = 4176;
const BASE = '/care';
const ORIGIN = `http://127.0.0.1:${PORT}`;

let dir = '';
let server: { stop: () => void } | undefined;

// The walk ticks items of the day's plan: it starts in the morning, when the day has items.
test.use({
	baseURL: ORIGIN,
	clockTime: '2026-06-15T10:00',
	expectedErrors: {
		'the browser logs the 404 the server rightly answers for an unknown address':
			/Failed to load resource: .*404 \(Not Found\)/,
		'offline, Kit’s router logs that no route matches the unknown address it is shown':
			/Not found: \/care\/no\/such\/page/
	}
});
test.describe.configure({ timeout: 60_000 });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dir = mkdtempSync(join(tmpdir(), 'dgc-care-'));
	execFileSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
		{
			env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: dir, KIT_OUT_DIR: '.svelte-kit-sub-path' },
			stdio: 'ignore'
		}
	);
	server = await serveBuild(PORT, dir, { base: BASE });
});

test.afterAll(() => {
	server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('under a sub-path: set up, install facts, every page offline, downloads named', async ({
	page,
	context
}) => {
	const app = new AppShell(page);
	await page.goto(`${BASE}/`);
	await expect(app.heading('Today')).toBeVisible();

	// The manifest and the worker belong to /care/, not to the whole host.
	const manifest = await (await page.request.get(`${BASE}/manifest.webmanifest`)).json();
	expect(manifest).toMatchObject({ start_url: `${BASE}/`, scope: `${BASE}/`, id: `${BASE}/` });
	for (const icon of manifest.icons as { src: string }[]) {
		expect(icon.src.startsWith(`${BASE}/`)).toBe(true);
		expect((await page.request.get(icon.src)).ok()).toBe(true);
	}
	await waitForServiceWorkerControl(page);
	const scope = await page.evaluate(
		async () => (await navigator.serviceWorker.getRegistration())?.scope
	);
	expect(scope).toBe(`${ORIGIN}${BASE}/`);

	// Set up through the app's own links.
	const setup = new SetupPage(page);
	await setup.open(`${BASE}/`);
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/setup`);
	await setup.completeWithDefaults();
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/`);

	// Offline: a reload and every page, by address and by the navigation.
	const reachedNetwork = await goOffline(context);
	await page.reload();
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toBeVisible();
	for (const { path, heading } of PAGES) {
		await page.goto(`${BASE}${path === '/' ? '/' : path}`);
		await expect(app.heading(heading)).toBeVisible();
	}
	await app.navigateTo('Progress');
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/progress`);
	await expect(app.navLink('Progress')).toHaveAttribute('aria-current', 'page');
	await app.navigateTo('Today');
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/`);
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toBeVisible();

	// An unknown address under /care/ shows the app's own page, offline too.
	await page.goto(`${BASE}/no/such/page`);
	await expect(app.heading('Page not found')).toBeVisible();
	await page.getByRole('link', { name: 'Go to Today' }).click();
	await expect(page).toHaveURL(`${ORIGIN}${BASE}/`);

	// The calendar and the backup download from the device, under their own names.
	await app.navigateTo('Settings');
	const calendar = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
	expect((await calendar).suggestedFilename()).toMatch(/\.ics$/);
	const backup = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup' }).click();
	expect((await backup).suggestedFilename()).toMatch(/^deep-gluteal-care-backup-.*\.json$/);

	// Only the unknown page itself was asked of the (absent) network.
	expect(reachedNetwork).toEqual([expect.stringMatching(/\/care\/no\/such\/page$/)]);
});
