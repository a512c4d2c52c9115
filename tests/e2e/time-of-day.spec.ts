import { instantOfLocalTime } from './clock-time';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { SetupPage } from './page-models/setup-page';

// Set up and live into the next morning at whatever hour the fixture's clock says: this file runs
// in every project of playwright.config.ts (07:00, 19:00, 00:10, the night the clocks go forward,
// and the suite's own hour). It installs no clock of its own.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

/** "2026-06-15T23:15" plus one day, at 07:30. */
function nextMorning(local: string): string {
	const [year, month, day] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
	const next = new Date(Date.UTC(year, month - 1, day + 1));
	return `${next.toISOString().slice(0, 10)}T07:30`;
}

function weekday(local: string): string {
	return new Date(`${local.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', {
		weekday: 'long',
		timeZone: 'UTC'
	});
}

async function expectSensibleToday(page: import('@playwright/test').Page, local: string) {
	const app = new AppShell(page);
	await expect(app.heading('Today')).toBeVisible();
	await expect(page.getByText(weekday(local), { exact: false }).first()).toBeVisible();
	const checklist = page.getByRole('list', { name: 'Today’s checklist' }).getByRole('checkbox');
	const items = await checklist.count();
	const summary = page.getByRole('region', { name: 'Today so far' });
	if (items > 0) {
		await expect(summary).toContainText(new RegExp(`\\b\\d+ of ${items} done`));
	} else {
		// Nothing is left of today: tomorrow's plan is shown instead of an empty "0 of 0".
		await expect(page.getByText(/^Tomorrow from \d\d:\d\d/)).toBeVisible();
		await expect(summary).not.toContainText('0 of 0 done');
	}
}

test('set up at the fixture’s hour, then every screen and the next morning make sense', async ({
	page,
	clockTime,
	timezoneId
}) => {
	test.skip(!clockTime, 'needs the fixture’s clock');
	const start = clockTime!;
	await new SetupPage(page).open();
	await new SetupPage(page).answerWithDefaults();
	await page.getByRole('button', { name: 'Create my plan' }).click();
	await expectSensibleToday(page, start);

	const app = new AppShell(page);
	for (const screen of ['Progress', 'Settings'] as const) {
		await app.navigateTo(screen);
		await expect(app.heading(screen)).toBeVisible();
	}
	await page.goto('/visit-summary');
	await expect(app.heading('Visit summary')).toBeVisible();
	await expect(page.getByText('Putting your records together…')).toHaveCount(0);

	// The next morning, with the page left open overnight.
	await app.navigateTo('Today');
	const morning = nextMorning(start);
	const zone = timezoneId ?? 'Europe/Berlin';
	const overnight =
		instantOfLocalTime(morning, zone).getTime() - instantOfLocalTime(start, zone).getTime();
	await page.clock.fastForward(overnight);
	await page.clock.runFor(15_000);
	await expectSensibleToday(page, morning);
	await expect(
		page.getByRole('list', { name: 'Today’s checklist' }).getByRole('checkbox').first()
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Today so far' })).toContainText(/^0 of \d+ done/);
});
