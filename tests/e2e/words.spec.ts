import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Words that match what the person sees: file names and their buttons, sentences that read, defaults
// that follow the profile (issue 16, point 6).

test.use({ timezoneId: 'Europe/Berlin' });

test('CSV files are named as their buttons, and the check-in names the profile’s side without answering for the person', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await expect(
		page.getByText('Recovery plan: your everyday measures. On a bad day, tap “Bad day / flare”.')
	).toBeVisible();

	await page.getByRole('link', { name: 'Daily check-in' }).click();
	// Today's side is today's answer (issue 25 point 8): not pre-filled, the usual one named.
	const side = page.getByRole('combobox', { name: 'Side' });
	await expect(side).toHaveValue('');
	await expect(side.getByRole('option')).toHaveText([
		'Not sure / none',
		'Left',
		'Right (your usual side)',
		'Both'
	]);

	await page.goto('/settings');
	for (const [button, name] of [
		['Daily check-ins (CSV)', 'deep-gluteal-care-daily-check-ins-2026-06-15.csv'],
		['Ticked items (CSV)', 'deep-gluteal-care-ticked-items-2026-06-15.csv']
	]) {
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: button }).click();
		expect((await downloading).suggestedFilename()).toBe(name);
	}
	await expect(page.getByText(/^Optional\./)).toHaveCount(0);

	await page.goto('/progress');
	await expect(
		page.getByText('There are not enough pain scores from the last 7 days yet to tell a trend.')
	).toBeVisible();
});
