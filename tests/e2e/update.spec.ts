import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { serveBuild } from '../../scripts/serve-build.mjs';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';

// A deploy, as a person lives it: the app is open (a timer running) when a new version goes up.
// This file serves its own copy of the build on its own port, then swaps a second build into it.
const PORT = 4175;
const VERSION: string = JSON.parse(readFileSync('package.json', 'utf8')).version;
const NEXT_VERSION = `${VERSION}-next`;

let live = '';
let next = '';
let server: { stop: () => void } | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}`, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
test.describe.configure({ timeout: 60_000 });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	live = mkdtempSync(join(tmpdir(), 'dgc-live-'));
	next = mkdtempSync(join(tmpdir(), 'dgc-next-'));
	cpSync('build', live, { recursive: true });
	// The same sources with another version number: About shows it, and every page's precache
	// revision changes, as in a real release.
	execFileSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
		{
			// Its own Kit folder: the served build's (and the bench's chunk report) stay as they are.
			env: {
				...process.env,
				APP_VERSION: NEXT_VERSION,
				BUILD_DIR: next,
				KIT_OUT_DIR: '.svelte-kit-next'
			},
			stdio: 'ignore'
		}
	);
	server = await serveBuild(PORT, live);
});

test.afterAll(() => {
	server?.stop();
	for (const dir of [live, next]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Replaces the served files with the next build, as a static host's deploy does. */
function deployNextVersion(): void {
	rmSync(live, { recursive: true, force: true });
	cpSync(next, live, { recursive: true });
}

async function shownVersion(page: Page): Promise<string | undefined> {
	await page.goto('/about');
	const text = await page.getByText(/^App version /).textContent();
	return text?.replace(/^App version /, '').replace(/\.$/, '');
}

const markDocument = (page: Page) =>
	page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
const isSameDocument = (page: Page) =>
	page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
const updateBanner = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'A new version is ready.' });

test('a new version waits for Reload, never interrupts a timer, and keeps every record', async ({
	page,
	context
}) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
	expect(await shownVersion(page)).toBe(VERSION);
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	const today = new TodayPage(page);
	await today.item('Warm compress').first().check();
	await waitForServiceWorkerControl(page);

	// A second tab shows Today; then a compress timer is started in the first.
	const other = await context.newPage();
	await other.goto('/');
	await expect(new TodayPage(other).item('Warm compress').first()).toBeChecked();
	await page.getByRole('button', { name: 'Start timer: Warm compress, 10:30' }).click();
	const timer = page.getByRole('dialog', { name: 'Warm compress' });
	await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible(); // started by the tap
	await markDocument(page);

	deployNextVersion();
	// The browser's own check for a new worker (the app also asks every hour).
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
	await expect(updateBanner(page)).toBeVisible({ timeout: 20_000 });
	await expect(updateBanner(other)).toBeVisible();

	// "Reload" in the other tab activates the new worker and reloads that tab only.
	await Promise.all([
		other.waitForEvent('framenavigated'),
		updateBanner(other).getByRole('button', { name: 'Reload' }).click()
	]);
	await expect(updateBanner(other)).toHaveCount(0);
	expect(await shownVersion(other)).toBe(NEXT_VERSION);

	// Nothing reloaded under the timer: it is still open and counting, and the banner waits.
	await page.clock.runFor(2_000);
	await expect(timer.getByRole('timer', { name: 'Time left' })).not.toHaveText('15:00');
	expect(await isSameDocument(page)).toBe(true);
	await expect(updateBanner(page)).toBeVisible();
	await timer.getByRole('button', { name: 'Close' }).click();

	// Once the person presses Reload there too, it loads the new version.
	await Promise.all([
		page.waitForEvent('framenavigated'),
		updateBanner(page).getByRole('button', { name: 'Reload' }).click()
	]);
	await expect(today.item('Warm compress').first()).toBeChecked();
	expect(await isSameDocument(page)).toBe(false);
	await expect(updateBanner(page)).toHaveCount(0);
	expect(await shownVersion(page)).toBe(NEXT_VERSION);

	// The new version's worker controls the page, and the records survived the update.
	await page.goto('/');
	await expect(today.item('Warm compress').first()).toBeChecked();
	const worker = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return { waiting: !!registration?.waiting, controlled: !!navigator.serviceWorker.controller };
	});
	expect(worker).toEqual({ waiting: false, controlled: true });
});
