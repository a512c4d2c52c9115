import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { advanceClock, expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

test.use({ timezoneId: 'Europe/Berlin' });
// Set up on Monday evening, so the first day ends a few hours later.
const MONDAY_2100 = new Date('2026-06-15T21:00:00+02:00');

/**
 * What Chromium does when the app meets its install criteria: `beforeinstallprompt`, with a prompt
 * that records it was shown and the person's answer. Dispatched until the app's listener takes it.
 */
async function browserOffersInstall(page: Page, outcome: 'accepted' | 'dismissed'): Promise<void> {
	await page.waitForFunction(
		(answer) => {
			const event = new Event('beforeinstallprompt', { cancelable: true });
			Object.assign(event, {
				prompt: async () => {
					const w = window as unknown as { prompted?: number };
					w.prompted = (w.prompted ?? 0) + 1;
				},
				userChoice: Promise.resolve({ outcome: answer })
			});
			dispatchEvent(event);
			return event.defaultPrevented;
		},
		outcome,
		{ polling: 100 }
	);
}

const offer = (page: Page) => page.getByRole('region', { name: 'Install the app' });
const prompted = (page: Page) =>
	page.evaluate(() => (window as unknown as { prompted?: number }).prompted ?? 0);

test('the install offer waits for the day after set-up, and Install shows the browser’s dialog', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY_2100 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await browserOffersInstall(page, 'accepted');
	await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
	await expect(offer(page)).toHaveCount(0); // not on the first day

	await advanceClock(page, '03:10:00'); // past midnight: the first day is over
	await expect(offer(page)).toBeVisible();
	await offer(page).getByRole('button', { name: 'Install' }).click();
	await expect(offer(page)).toHaveCount(0);
	expect(await prompted(page)).toBe(1);

	// Settings says so once the browser reports the app installed.
	await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(
		page.getByRole('region', { name: 'Install the app' }).getByText('Installed:')
	).toBeVisible();
});

test('“No thanks” is for good; Settings still offers to install', async ({ page }) => {
	await page.clock.install({ time: MONDAY_2100 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await advanceClock(page, '03:10:00');
	await browserOffersInstall(page, 'dismissed');
	await expect(offer(page)).toBeVisible();
	await offer(page).getByRole('button', { name: 'No thanks' }).click();
	await expect(offer(page)).toHaveCount(0);
	expect(await prompted(page)).toBe(0);

	await page.reload();
	await browserOffersInstall(page, 'dismissed');
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toBeVisible();
	await expect(offer(page)).toHaveCount(0);

	await page.getByRole('link', { name: 'Settings' }).click();
	const section = page.getByRole('region', { name: 'Install the app' });
	await expect(section.getByText('Not installed')).toBeVisible();
	await section.getByRole('button', { name: 'Install' }).click();
	await expect(section.getByRole('status')).toHaveText(
		'Not installed. You can install it here any time.'
	);
	expect(await prompted(page)).toBe(1);
});

test.describe('on an iPhone', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
	});

	test('the offer shows the Share, then Add to Home Screen steps', async ({ page }) => {
		await page.clock.install({ time: MONDAY_2100 });
		await new SetupPage(page).open();
		await new SetupPage(page).completeWithDefaults();
		await expect(offer(page)).toHaveCount(0);
		await advanceClock(page, '03:10:00');
		await offer(page).getByRole('button', { name: 'Show me how' }).click();
		const steps = offer(page).getByRole('listitem');
		await expect(steps).toHaveCount(3);
		await expect(steps.nth(0)).toContainText('Share');
		await expect(steps.nth(1)).toContainText('Add to Home Screen');
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);

		await page.getByRole('link', { name: 'Settings' }).click();
		const section = page.getByRole('region', { name: 'Install the app' });
		await expect(section.getByRole('listitem').nth(1)).toContainText('Add to Home Screen');
	});
});
