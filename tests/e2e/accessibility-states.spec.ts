import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { advanceClock, expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

test.use({ timezoneId: 'Europe/Berlin' });

async function violations(page: Page, where: string): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations.map(
		(v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`every set-up step and every screen with data passes axe (${scheme})`, async ({ page }) => {
		// Thirteen axe analyses: about 30 s alone, twice that beside another worker on 2 cores.
		test.setTimeout(150_000);
		await page.emulateMedia({ colorScheme: scheme });
		await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
		const found: string[] = [];
		const setup = new SetupPage(page);
		await setup.open();
		found.push(...(await violations(page, 'welcome')));
		await setup.continue();
		await setup.answerAllNo();
		found.push(...(await violations(page, 'warning signs')));
		await setup.continue();
		await setup.answer(/sit for long spells/, true);
		await setup.chooseSide();
		found.push(...(await violations(page, 'your day')));
		await setup.continue();
		await setup.answer(/flare or a bad day/, false);
		found.push(...(await violations(page, 'your pain')));
		await setup.continue();
		await setup.answerAllNo();
		await setup.answer(/numb, or does it have less feeling/, true);
		found.push(...(await violations(page, 'safety')));
		await setup.answer(/told you that cold or heat packs are safe/, true);
		await setup.continue();
		found.push(...(await violations(page, 'preferences')));
		await setup.continue();
		await page.getByRole('checkbox', { name: 'Track my weight' }).check();
		found.push(...(await violations(page, 'weight')));
		await page.getByRole('checkbox', { name: 'Track my weight' }).uncheck();
		await setup.continue();
		await page.getByRole('radio', { name: 'About how long ago' }).check();
		await page
			.getByRole('group', { name: /after an injury/ })
			.getByRole('radio', { name: 'Yes' })
			.check();
		await page.getByRole('radio', { name: 'Yes' }).last().check(); // family
		found.push(...(await violations(page, 'questions a doctor may ask')));
		await page.getByRole('radio', { name: 'Not sure' }).first().check();
		await page.getByRole('button', { name: 'Create my plan' }).click();
		await expect(
			page.getByRole('list', { name: 'Today’s checklist' }).getByRole('checkbox').first()
		).toBeVisible();

		await advanceClock(page, '00:45:00'); // an item due now and its reminder banner
		await expect(page.getByRole('region', { name: 'Reminders' })).toBeVisible();
		found.push(...(await violations(page, 'today with a reminder')));
		await page
			.getByRole('button', { name: /^Start timer: / })
			.first()
			.click();
		await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
		await expect(page.getByRole('region', { name: 'Your timer' })).toBeVisible();
		found.push(...(await violations(page, 'today with a timer running')));
		await page
			.getByRole('region', { name: 'Your timer' })
			.getByRole('button', { name: 'Stop' })
			.click();
		found.push(...(await violations(page, 'today, asked to stop the timer')));

		await page.getByRole('link', { name: 'Settings' }).click();
		await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
		await expect(page.getByText('Your day', { exact: true })).toBeVisible();
		for (const summary of await page.locator('main details > summary').all()) await summary.click();
		found.push(...(await violations(page, 'settings, all sections open')));
		await page.getByRole('link', { name: 'Progress' }).click();
		await expect(page.getByRole('heading', { name: 'Streak' })).toBeVisible();
		found.push(...(await violations(page, 'progress')));
		expect(found).toEqual([]);
	});
}
