import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { PAGES } from './page-models/app-shell';

for (const scheme of ['light', 'dark'] as const) {
	for (const { path, heading } of PAGES) {
		test(`${path} has no WCAG 2.1 A/AA violations (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}
}
