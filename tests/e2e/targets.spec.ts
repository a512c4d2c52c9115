import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Small phone, big fingers (issue 16 point 7): every control at least 44 x 44 px at 360 x 640,
// measured from its bounding box. Links inside running text are exempt (WCAG 2.5.5 / 2.5.8).

test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const controls = document.querySelectorAll<HTMLElement>(
			'button, input:not([type="hidden"]), select, summary, a.button, nav a'
		);
		const small: string[] = [];
		for (const el of controls) {
			if (el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue; // not shown
			// A checkbox or radio inside its label: a tap anywhere on the label works, so the label
			// is the target (WCAG 2.5.8 counts it).
			const choice = el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type);
			const target = choice && el.closest('label') ? el.closest('label')! : el;
			const r = target.getBoundingClientRect();
			if (r.width < 44 || r.height < 44) {
				const name =
					el.getAttribute('aria-label') ||
					el.textContent?.trim() ||
					(el as HTMLInputElement).labels?.[0]?.textContent?.trim() ||
					el.outerHTML.slice(0, 60);
				small.push(
					`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}x${Math.round(r.height)}`
				);
			}
		}
		return small;
	});
}

test('Today, the check-in and Settings have no control under 44 x 44 px', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	expect(await smallTargets(page), 'Today').toEqual([]);
	await page.goto('/check-in');
	await page.getByRole('group', { name: /Pain right now/ }).waitFor();
	expect(await smallTargets(page), 'check-in').toEqual([]);
	await page.goto('/settings');
	await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
	expect(await smallTargets(page), 'Settings').toEqual([]);
});
