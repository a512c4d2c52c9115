import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { advanceClock, expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Feedback where the person is looking (issue 16 point 4): each action says what it did beside the
// control, inside the viewport at 360x640, and reminder banners stay in view while the page scrolls.

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

/** Whether the element is inside the viewport (not above it, below it, or under the bottom bar). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const nav = await page.getByRole('navigation', { name: /main/i }).boundingBox();
	const bottom = nav ? nav.y : 640;
	return !!box && box.y >= 0 && box.y + box.height <= bottom;
}

test('Send a test reminder and a restore each say what they did, in view', async ({
	page
}, testInfo) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.goto('/settings');

	await page.getByRole('button', { name: 'Send a test reminder' }).click();
	const said = page.getByRole('status').filter({ hasText: 'Test reminder sent' });
	await expect(said).toBeVisible();
	expect(await inView(page, said)).toBe(true);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup' }).click();
	const file = testInfo.outputPath('backup.json');
	await (await downloading).saveAs(file);
	await page.getByLabel('Choose a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Replace this device’s data' }).click();
	await page.getByRole('button', { name: 'Yes, replace this device’s data' }).click();
	const restored = page.getByRole('status').filter({ hasText: /^Restored: / });
	await expect(restored).toContainText('from the backup are on this device now.');
	// Settings redraws around it as the restored records are read again; then it is in view.
	await expect.poll(() => inView(page, restored)).toBe(true);

	// A broken file: the problem names its place in plain words and wraps inside its box.
	const backup = JSON.parse(await readFile(file, 'utf8'));
	backup.data.profile.profile.compressMinutes = 'a very long and wrong value that does not fit';
	const broken = testInfo.outputPath('broken.json');
	const { writeFile } = await import('node:fs/promises');
	await writeFile(broken, JSON.stringify(backup));
	await page.getByLabel('Choose a backup file').setInputFiles(broken);
	const alert = page.getByRole('alert').filter({ hasText: 'cannot be restored' });
	await expect(alert).toContainText(
		'Your plan settings: minutes per compress must be a whole number from 15 to 20'
	);
	const box = (await alert.boundingBox())!;
	for (const item of await alert.getByRole('listitem').all()) {
		const line = (await item.boundingBox())!;
		expect(line.x + line.width).toBeLessThanOrEqual(box.x + box.width);
	}
});

test('a reminder banner stays in view while the page scrolls', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await advanceClock(page, '10:30');
	const banner = page.getByRole('region', { name: 'Reminders' });
	await expect(banner).toContainText('Warm compress at 07:30');
	await page.mouse.wheel(0, 2000);
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
	// Docked above the navigation: in view at the bottom, whatever the scroll.
	expect(await inView(page, banner)).toBe(true);
	await page.evaluate(() => window.scrollTo(0, 0));
	expect(await inView(page, banner)).toBe(true);
	// The page keeps room for it: the last control can still be scrolled clear of it.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	const last = page.getByRole('main').getByRole('link').last();
	const [linkBox, bannerBox] = [(await last.boundingBox())!, (await banner.boundingBox())!];
	expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(bannerBox.y);
});
