import { advanceClock, expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';

// Snooze as people want it (issue 16 point 5): 10 minutes by default, or 5, 30, 60 or later today,
// one tap away from the item and from a reminder banner; Today says until when.

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });

test('from an item: the lengths to choose from, and Today says until when', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	const today = new TodayPage(page);
	await page.getByRole('button', { name: /^Snooze: Warm compress, 07:30/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Snooze Warm compress' });
	for (const name of [
		'10 minutes (until 07:30)',
		'5 minutes (until 07:25)',
		'30 minutes (until 07:50)',
		'1 hour (until 08:20)',
		'Later today (in 3 hours) (until 10:20)'
	])
		await expect(dialog.getByRole('button', { name })).toBeVisible();
	await dialog.getByRole('button', { name: /^30 minutes/ }).click();
	await expect(dialog).toHaveCount(0);
	await expect(today.item('Warm compress').first().locator('xpath=ancestor::li')).toContainText(
		'Snoozed until 07:50'
	);
});

test('from a reminder banner: Snooze 10 min, or Longer… for the other lengths', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await advanceClock(page, '10:30'); // 07:30:30
	const banner = page.getByRole('region', { name: 'Reminders' });
	await expect(banner).toContainText('Warm compress at 07:30');
	await banner.getByRole('button', { name: 'Longer snooze' }).click();
	const lengths = banner.getByRole('group', { name: /Snooze Warm compress at 07:30 for/ });
	await expect(lengths.getByRole('button')).toHaveText([
		'5 minutes',
		'30 minutes',
		'1 hour',
		'Later today (in 3 hours)'
	]);
	await lengths.getByRole('button', { name: '1 hour' }).click();
	await expect(banner).toHaveCount(0);
	const item = new TodayPage(page).item('Warm compress').first().locator('xpath=ancestor::li');
	await expect(item).toContainText(/Snoozed until 08:3\d/);
});
