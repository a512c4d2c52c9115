import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';

// Issue 25 points 5 and 6, on a small phone in Berlin: a set-up late in the evening is neither
// crammed nor empty, and a day first opened at 19:00 (after set-up days before) is the whole day,
// its morning listed as missed.
// Times as a 24-hour locale writes them. Every test installs its own clock; the fixture fails a test
// on any uncaught page error or console error.
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB', viewport: { width: 360, height: 640 } });
// Each test walks the whole set-up first: 40-55 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** Set-up with no warning signs, no long sitting, no flare, nothing unsafe; "Create my plan". */
async function setUp(page: Page): Promise<void> {
	const setup = new SetupPage(page);
	await setup.open();
	await setup.answerWithDefaults({ sits: false });
	await page.getByRole('button', { name: 'Create my plan' }).click();
	await expect(page.getByRole('heading', { name: 'Your plan', level: 2 })).toBeVisible({
		timeout: 15_000
	});
}

const TOMORROW = [
	'07:30 Warm compress',
	'08:40 Stretch',
	'10:30 Warm compress',
	'12:40 Walk',
	'13:30 Warm compress',
	'17:25 Stretch',
	'21:30 Relaxation: progressive muscle relaxation'
];

test('set up at 21:30: tonight’s relaxation only, quiet hours that fit, tomorrow as a preview', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-18T21:30:00+02:00') }); // Thursday
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue(); // welcome
	await setup.answerAllNo(); // warning signs
	await setup.continue();
	// Quiet hours are offered from the sleep time to the wake-up time, and follow them.
	const offer = page.getByRole('group', { name: 'Quiet hours' });
	await expect(offer).toContainText('No reminders while I sleep, from 23:00 to 07:00');
	await expect(offer.getByRole('checkbox')).toBeChecked();
	await page.getByLabel('Usual sleep time').fill('23:30');
	await expect(offer).toContainText('from 23:30 to 07:00');
	await page.getByLabel('Usual sleep time').fill('23:00');
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
	const checklist = page.getByRole('list', { name: 'Today’s checklist' }).getByRole('checkbox');
	await expect(checklist).toHaveCount(1);
	await expect(today.item('Relaxation: progressive muscle relaxation')).toHaveAccessibleName(
		/, 21:30/
	);
	await expect(today.summary).toContainText('0 of 1 done');
	await expect(today.missed).toHaveCount(0);
	await expect(
		page.getByText('Your plan starts today at 21:30: nothing earlier counts.')
	).toBeVisible();
	// Nothing falls in the quiet hours set-up offered (23:00-07:00).
	await expect(page.getByText(/^Quiet hours from/)).toHaveCount(0);

	const tomorrow = page.getByRole('region', { name: 'Tomorrow from 07:00' });
	await expect(tomorrow.getByRole('listitem')).toHaveText(TOMORROW);

	// Quiet hours from 21:00 would silence tonight's item: Today says so.
	await page.goto('/settings');
	await waitForHydration(page);
	const quiet = page.getByRole('group', { name: /Quiet hours/ });
	await expect(quiet.getByLabel('From')).toHaveValue('23:00');
	await expect(quiet.getByLabel('Until')).toHaveValue('07:00');
	await quiet.getByLabel('From').fill('21:00');
	await quiet.getByLabel('From').blur();
	await page.getByRole('link', { name: 'Today' }).first().click();
	await expect(
		page.getByText(
			'Quiet hours from 21:00 to 07:00: no reminder for Relaxation: progressive muscle relaxation at 21:30.'
		)
	).toBeVisible();
});

test('set up at 23:15: no “0 of 0 done”, the plan starts tomorrow, and tomorrow is shown', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-18T23:15:00+02:00') });
	await setUp(page);
	const today = new TodayPage(page);
	await expect(page.getByText(/^Thursday 18 June/)).toBeVisible();
	await expect(today.summary).toContainText('Nothing left to do today');
	await expect(today.summary).not.toContainText('0 of 0');
	await expect(
		page.getByText('Your plan starts tomorrow: nothing is left of today.')
	).toBeVisible();
	await expect(page.getByText(/no free time left/)).toHaveCount(0);
	const tomorrow = page.getByRole('region', { name: 'Tomorrow from 07:00' });
	await expect(tomorrow.getByRole('listitem')).toHaveText(TOMORROW);
});

const MORNING = [
	/^Warm compress, due 07:30/,
	/^Stretch, due 08:40/,
	/^Warm compress, due 10:30/,
	/^Walk, due 12:40/,
	/^Warm compress, due 13:30/,
	/^Stretch, due 17:25/
];

test('set up on Monday, first opened on Thursday at 19:00: the whole day, the morning missed', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T08:00:00+02:00') }); // Monday
	await setUp(page);
	await expect(page.getByText(/^Monday 15 June/)).toBeVisible();

	// Not opened again until Thursday evening.
	await page.clock.setSystemTime(new Date('2026-06-18T19:00:00+02:00'));
	await page.reload();
	const today = new TodayPage(page);
	await expect(page.getByText(/^Thursday 18 June/)).toBeVisible();
	await expect(today.summary).toContainText(/0 of 7 done\s*· 6 missed/);
	await expect(today.missed.getByRole('listitem')).toHaveText(MORNING);
	await expect(page.getByText(/Your plan starts/)).toHaveCount(0);

	// A bad day rebuilds the plan: every missed item is still listed.
	await today.badDay.click();
	await expect(today.badDay).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText(/^Flare plan/)).toBeVisible();
	await expect(today.missed.getByRole('listitem')).toHaveText(MORNING);
});
