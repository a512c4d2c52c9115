import { advanceClock, expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';

// A day that ends after midnight (issue 16 point 2): wake at 07:00, sleep at 00:30. The evening
// runs on past midnight: at 00:10 Today is still Monday, its late item reminds then, and the
// check-in made at 00:20 is Monday's. At 00:45 Tuesday begins.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });

test('sleep at 00:30: the plan, a reminder and the check-in belong to the waking day across midnight', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') }); // Monday
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue(); // welcome
	await setup.answerAllNo(); // warning signs
	await setup.continue();
	await page.getByLabel('Usual wake-up time').fill('07:00');
	await page.getByLabel('Usual sleep time').fill('00:30');
	await expect(page.getByLabel('Usual sleep time')).toHaveAccessibleDescription(
		/after midnight.*Enter the time as it is/
	);
	await expect(page.getByRole('group', { name: 'Quiet hours' })).toContainText(
		'No reminders while I sleep, from 00:30 to 07:00'
	);
	await setup.answer(/sit for long spells/, false);
	await setup.chooseSide();
	await setup.continue();
	await setup.answer(/flare or a bad day/, false);
	await setup.continue();
	await setup.answerAllNo(); // safety
	await setup.continue();
	await setup.continue(); // preferences
	await setup.continue(); // weight
	await page.getByRole('button', { name: 'Create my plan' }).click();
	const today = new TodayPage(page);
	await expect(page.getByText(/^Monday 15 June/)).toBeVisible();
	// The relaxation comes 90 minutes before sleep: 23:00, inside the day.
	await expect(today.item('Relaxation: progressive muscle relaxation')).toBeVisible();
	const relaxation = today.item(/^Relaxation: progressive muscle relaxation, 23:00/);
	await expect(relaxation).toBeVisible();

	// Set-up offered quiet hours from the sleep time (issue 25 point 6), so nothing late is silenced.
	// Quiet hours from 22:00 would silence it: Settings says so, and they move back.
	await page.goto('/settings');
	const reminders = page.getByRole('main').getByRole('region', { name: 'Reminders' });
	await expect(reminders.getByLabel('From')).toHaveValue('00:30');
	await expect(reminders).not.toContainText('before your sleep time');
	await reminders.getByLabel('From').fill('22:00');
	await reminders.getByLabel('From').blur();
	await expect(reminders).toContainText('Quiet from 22:00, before your sleep time (00:30)');
	await reminders.getByLabel('From').fill('00:30');
	await reminders.getByLabel('From').blur();
	await expect(reminders).not.toContainText('before your sleep time');
	await page.goto('/');

	// 23:00: its reminder comes, on Monday.
	await page.clock.fastForward('16:10:00'); // 23:00
	await advanceClock(page, '00:01');
	await expect(page.getByRole('region', { name: 'Reminders' })).toContainText(
		'Relaxation: progressive muscle relaxation at 23:00'
	);
	await page.getByRole('button', { name: /^Snooze 10 min: Relaxation/ }).click();

	// 00:20 on Tuesday's clock: still Monday's day, the item still open (snoozed, then due).
	await advanceClock(page, '01:20:00');
	await expect(page.getByText(/^Monday 15 June/)).toBeVisible();
	await expect(relaxation).toBeVisible();
	await expect(today.summary).toContainText('missed');

	// The check-in made now is Monday's.
	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await page
		.getByRole('group', { name: /Pain right now/ })
		.getByRole('radio', { name: '2' })
		.check();
	await setup.answerAllNo();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.goto('/progress');
	await page.getByText('Pain scores as a table').click();
	const rows = page.getByRole('table').first().getByRole('row');
	await expect(rows).toHaveCount(2); // header and Monday, nothing on Tuesday
	await expect(rows.nth(1).getByRole('cell').first()).toHaveText('15 June');
	await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('2');

	// 00:45: past the sleep time, Tuesday begins with its own plan.
	await page.goto('/');
	await advanceClock(page, '00:25:00');
	await expect(page.getByText(/^Tuesday 16 June/)).toBeVisible();
	await expect(today.item('Warm compress').first()).toBeVisible();
	await expect(today.summary).toContainText('0 of');
});
