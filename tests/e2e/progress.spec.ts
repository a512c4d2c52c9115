import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { DEFAULT_PROFILE } from '../../src/lib/domain/profile';
import { expect, test, waitForHydration } from './fixtures';

test.use({ timezoneId: 'Europe/Berlin' });

/** A backup with 10 days of check-ins whose pain rises: the trend says to book a visit. */
function backupWithRisingPain(): string {
	const days = Array.from({ length: 10 }, (_, i) => `2026-06-${String(6 + i).padStart(2, '0')}`);
	return JSON.stringify({
		app: 'deep-gluteal-care',
		kind: 'backup',
		schemaVersion: 2,
		appVersion: '0.1.0',
		exportedAt: '2026-06-15T20:00:00.000Z',
		data: {
			profile: { key: 'current', profile: DEFAULT_PROFILE, updatedAt: '2026-06-01T08:00:00.000Z' },
			settings: [],
			dayPlans: [],
			checkIns: [],
			dailyEntries: days.map((date, i) => ({
				date,
				pain: Math.min(10, 1 + i),
				sittingToleranceMinutes: 60 - 5 * i,
				symptoms: { numbness: false, tingling: false, belowKnee: false, side: 'right' },
				redFlags: {},
				flare: i === 4,
				weightKg: null,
				medicine: '',
				notes: '',
				updatedAt: `${date}T20:00:00.000Z`
			}))
		}
	});
}

test('Progress shows the pain trend as a chart with a table, the streak, and the visit advice', async ({
	page
}, testInfo) => {
	await page.clock.install({ time: new Date('2026-06-15T18:00:00+02:00') });
	const file = testInfo.outputPath('history.json');
	await writeFile(file, backupWithRisingPain());
	await page.goto('/setup');
	await waitForHydration(page);
	await page.getByText('Restore from a backup').click();
	await page.getByLabel('Choose a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Restore this backup' }).click();
	// Restoring ends on Today; only then go to Progress (the restore would otherwise navigate back).
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toBeVisible();
	await page.getByRole('link', { name: 'Progress' }).click();

	await expect(page.getByRole('heading', { name: 'Book a visit' })).toBeVisible();
	await expect(
		page.getByText('Your pain has been getting worse over the last 7 days.')
	).toBeVisible();
	const chart = page.getByRole('img', { name: /Pain, .* to / });
	await expect(chart).toBeVisible();
	await page.getByText('Pain scores as a table').click();
	const rows = page.getByRole('table').first().getByRole('row');
	await expect(rows).toHaveCount(11); // header + 10 days
	await expect(rows.nth(10)).toContainText('10');
	await expect(page.getByRole('heading', { name: 'Plan done, last 4 weeks' })).toBeVisible();

	// Sitting tolerance beside it, over the same 30 days, with its table.
	const sitting = page.getByRole('region', { name: 'Sitting tolerance, last 30 days' });
	// The chart's name holds its title and its summary.
	await expect(
		sitting.getByRole('img', { name: /^Sitting tolerance, .* 10 days, from 15 to 60 \(minutes\)/ })
	).toBeVisible();
	await sitting.getByText('Sitting times as a table').click();
	const sittingRows = sitting.getByRole('table').getByRole('row');
	await expect(sittingRows).toHaveCount(11);
	await expect(sittingRows.nth(1)).toContainText('60');
	await expect(sittingRows.nth(10)).toContainText('15');

	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	// On a desktop the charts do not grow their axis labels past the body text.
	await page.setViewportSize({ width: 1440, height: 900 });
	const sizes = await page.evaluate(() =>
		[...document.querySelectorAll('main svg[viewBox]')].map((svg) => {
			const scale =
				svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
			const label = svg.querySelector('text');
			return label ? parseFloat(getComputedStyle(label).fontSize) * scale : 0;
		})
	);
	const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
	expect(sizes.length).toBeGreaterThan(1);
	for (const size of sizes) expect(size).toBeLessThanOrEqual(body);
});
