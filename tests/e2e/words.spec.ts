import { expect, test, waitForHydration } from './fixtures';
import { CheckInPage } from './page-models/check-in-page';
import { SetupPage } from './page-models/setup-page';

// Words that match what the person sees: file names and their buttons, sentences that read, defaults
// that follow the profile (issue 16, point 6).

test.use({ timezoneId: 'Europe/Berlin' });

test('CSV files are named as their buttons, and the check-in names the profile’s side without answering for the person', async ({
	page
}) => {
	test.setTimeout(90_000); // a whole set-up, Settings and Progress on a shared machine
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
	await waitForHydration(page); // a tap on the prerendered page downloads nothing
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

// Issue 25 point 10: a person in the US read 24-hour times beside AM/PM time pickers, a backup
// named for tomorrow (the UTC date), and advice to go to A&E or call 111.
test.describe('in the US (en-US, New York)', () => {
	test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

	test('times and dates as the locale writes them, the file named for the local date, no A&E or 111', async ({
		page
	}) => {
		test.setTimeout(90_000); // a whole set-up, a check-in and Settings on a shared machine
		await page.clock.install({ time: new Date('2026-12-14T07:20:00-05:00') }); // a Monday
		const setup = new SetupPage(page);
		await setup.open();
		await setup.completeWithDefaults();
		await expect(page.getByText('Monday, December 14', { exact: true })).toBeVisible();
		await expect(
			page
				.getByRole('list', { name: 'Today’s checklist' })
				.getByRole('checkbox', { name: /^Warm compress, 7:30\sAM/ })
		).toBeVisible();
		await expect(
			page.getByRole('button', { name: /^Skip: Warm compress, 7:30\sAM$/ })
		).toBeVisible();

		// A same-day sign: the advice names no UK service or number.
		await page.getByRole('link', { name: 'Daily check-in' }).click();
		await new CheckInPage(page).saveWithSign(/fever or a high temperature/);
		const advice = page.getByRole('status');
		await expect(advice).toContainText(
			'Get seen today: ask for an urgent appointment with your doctor, or call your local urgent-care line.'
		);
		await expect(advice).not.toContainText(/A&E|\b111\b|in the UK/);
		await page.getByRole('link', { name: 'Back to Today' }).click();
		const banner = page.getByRole('region', { name: 'Get seen today' });
		await expect(banner).toContainText(
			'Fever or high temperature · answered yes in a check-in, Monday, December 14'
		);
		await expect(banner).not.toContainText(/A&E|\b111\b|in the UK/);
		await expect(banner.getByRole('link', { name: /^Call/ })).toHaveCount(0);

		// 21:04 in New York is 02:04 the next day in UTC: the file keeps the local date.
		await page.clock.setSystemTime(new Date('2026-12-14T21:04:00-05:00'));
		await page.getByRole('link', { name: 'Settings' }).click();
		await waitForHydration(page);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export a backup' }).click();
		expect((await downloading).suggestedFilename()).toBe(
			'deep-gluteal-care-backup-2026-12-14.json'
		);
		await expect(page.getByText(/^Last backup: December 14 at 9:04\sPM\.$/)).toBeVisible();

		// The region is the device's until the person chooses another in Settings.
		const region = page.getByRole('combobox', { name: /^Country or region/ });
		await expect(region).toHaveValue('US');
		await region.selectOption({ label: 'United Kingdom' });
		await page.getByRole('link', { name: 'Today' }).click();
		await expect(banner.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
		await expect(banner).toContainText('(111 in the UK)');
	});
});

test.describe('smaller words (en-GB)', () => {
	test.use({ locale: 'en-GB' });

	test('after “Saved.” no Cancel; the bottom bar marks no tab in set-up and Progress on the visit summary; a test reminder offers only OK', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
		const nav = page.getByRole('navigation', { name: 'Main' });
		const setup = new SetupPage(page);
		await setup.open();
		await expect(nav.getByRole('link', { name: 'Today' })).not.toHaveAttribute('aria-current');
		await expect(nav.locator('[aria-current]')).toHaveCount(0);
		await setup.completeWithDefaults();
		await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');

		await page.getByRole('link', { name: 'Daily check-in' }).click();
		await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
		await page
			.getByRole('group', { name: /Pain right now/ })
			.getByRole('radio', { name: '3' })
			.check();
		await setup.answerAllNo();
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await expect(page.getByRole('status')).toContainText('Saved.');
		await expect(page.getByRole('link', { name: 'Back to Today' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

		await page.goto('/visit-summary');
		await expect(page.getByRole('heading', { name: 'Visit summary', level: 1 })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Progress' })).toHaveAttribute(
			'aria-current',
			'page'
		);

		await page.goto('/settings');
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Send a test reminder' }).click();
		const reminders = page.getByRole('region', { name: 'Reminders' }).first();
		await expect(reminders).toContainText('Test reminder');
		await expect(reminders.getByRole('button', { name: 'OK: Test reminder' })).toBeVisible();
		await expect(reminders.getByRole('button', { name: /Done|Snooze/ })).toHaveCount(0);
		await reminders.getByRole('button', { name: 'OK: Test reminder' }).click();
		await expect(page.getByRole('button', { name: 'OK: Test reminder' })).toHaveCount(0);
	});

	test('the paused plan does not offer the exercise guides', async ({ page }) => {
		test.setTimeout(90_000);
		await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
		const setup = new SetupPage(page);
		await setup.open();
		await setup.continue();
		await setup.answerAllNo();
		await setup.answer(/after a serious accident/, true);
		await setup.continue();
		await page
			.getByRole('alertdialog', { name: 'Get urgent help now' })
			.getByRole('button', { name: 'I understand' })
			.click();
		await setup.continue();
		await setup.answer(/sit for long spells/, true);
		await setup.chooseSide();
		await setup.continue();
		await setup.answer(/flare or a bad day/, false);
		await setup.continue();
		await setup.answerAllNo();
		await setup.continue();
		await setup.continue();
		await setup.continue(); // weight
		await page.getByRole('button', { name: 'Create my plan' }).click();
		await expect(page.getByRole('region', { name: 'Your plan is paused' })).toBeVisible({
			timeout: 15_000
		});
		const more = page.getByRole('navigation', { name: 'More for today' });
		await expect(more.getByRole('link', { name: 'Daily check-in' })).toBeVisible();
		await expect(more.getByRole('link', { name: 'Exercise guides' })).toHaveCount(0);
	});
});
