import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Issue 24 point 6: the advice offers a call to the region's number (care-content.md section 5),
// chosen from the browser's locale; with no region, the words only.

test.use({ timezoneId: 'Europe/London', viewport: { width: 360, height: 640 } });

const MONDAY_0650 = new Date('2026-06-15T06:50:00+01:00');

/** WCAG A/AA problems on the page, in light and dark. */
async function axeViolations(page: Page, where: string) {
	const found: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		for (const v of results.violations)
			found.push(
				`${where} (${scheme}): ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
			);
	}
	return found;
}

/** Set-up as far as the warning signs, answering yes to a serious accident: the emergency screen. */
async function emergencyAtSetUp(page: Page) {
	await page.clock.install({ time: MONDAY_0650 });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue();
	await setup.answerAllNo();
	await setup.answer(/after a serious accident/, true);
	await setup.continue();
	const urgent = page.getByRole('alertdialog', { name: 'Get urgent help now' });
	await expect(urgent).toBeVisible();
	return urgent;
}

test.describe('in the UK (en-GB)', () => {
	test.use({ locale: 'en-GB' });

	test('the emergency screen has a "Call 999" link of at least 44 px', async ({ page }) => {
		test.setTimeout(60_000); // two axe passes on a shared machine
		const urgent = await emergencyAtSetUp(page);
		const call = urgent.getByRole('link', { name: 'Call 999' });
		await expect(call).toHaveAttribute('href', 'tel:999');
		const box = (await call.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.width).toBeGreaterThanOrEqual(44);
		await expect(urgent).not.toContainText('Call your local emergency number.');
		// The emergency screen offers no urgent-care line: it is not a same-day sign.
		await expect(urgent.getByRole('link', { name: 'Call 111' })).toHaveCount(0);
		expect(await axeViolations(page, 'emergency screen')).toEqual([]);
	});

	test('a same-day sign offers "Call 111" in the check-in and on Today, and no emergency number', async ({
		page
	}) => {
		test.setTimeout(90_000); // a whole set-up, a check-in and two axe passes on a shared machine
		await page.clock.install({ time: MONDAY_0650 });
		const setup = new SetupPage(page);
		await setup.open();
		await setup.completeWithDefaults();
		await page.getByRole('link', { name: 'Daily check-in' }).click();
		await page
			.getByRole('group', { name: /Pain right now/ })
			.getByRole('radio', { name: '3' })
			.check();
		await page
			.getByRole('group', { name: 'Any of these warning signs today?' })
			.getByRole('radio', { name: 'Yes' })
			.check();
		await setup.answer(/fever or a high temperature/, true);
		await page.getByRole('button', { name: 'Save check-in' }).click();
		const advice = page.getByRole('status');
		await expect(advice).toContainText('infection near the spine');
		await expect(advice.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
		await expect(advice.getByRole('link', { name: 'Call 999' })).toHaveCount(0);

		await page.getByRole('link', { name: 'Back to Today' }).click();
		const banner = page.getByRole('region', { name: 'Get seen today' });
		const call = banner.getByRole('link', { name: 'Call 111' });
		await expect(call).toHaveAttribute('href', 'tel:111');
		expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		expect(await axeViolations(page, 'same-day banner')).toEqual([]);
	});
});

test.describe('with a locale that names no region (en)', () => {
	test.use({ locale: 'en' });

	test('the emergency screen says to call the local emergency number and links no number', async ({
		page
	}) => {
		const urgent = await emergencyAtSetUp(page);
		await expect(urgent).toContainText('Call your local emergency number.');
		await expect(urgent.getByRole('link', { name: /^Call/ })).toHaveCount(0);
		await expect(urgent.locator('a[href^="tel:"]')).toHaveCount(0);
	});
});
