import { expect, test, waitForHydration } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Errors where the mistake is (issue 16 point 3): on the set-up step that holds the field, when the
// person leaves it; and a clear word for input the app cannot use.

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });

test('set-up says what is wrong on the step that holds it, and keeps the person there', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	await expect(page.getByRole('heading', { name: 'Your day', level: 2 })).toBeVisible();
	await page.getByLabel('Usual wake-up time').fill('09:00');
	await page.getByLabel('Usual sleep time').fill('08:00');
	await setup.answer(/sit for long spells/, false);
	await setup.chooseSide();
	await setup.continue();
	// Still on "Your day", the field marked, its message tied to it, focus on it.
	await expect(page.getByRole('heading', { name: 'Your day', level: 2 })).toBeVisible();
	const sleep = page.getByLabel('Usual sleep time');
	await expect(sleep).toHaveAttribute('aria-invalid', 'true');
	await expect(sleep).toHaveAccessibleDescription(/From wake-up to sleep can be at most 20 hours/);
	await expect(sleep).toBeFocused();

	await sleep.fill('23:00');
	await setup.continue();
	await expect(page.getByRole('heading', { name: 'Your pain', level: 2 })).toBeVisible();
	const start = page.getByLabel(/When did this bout of pain start/);
	await expect(start).toHaveAttribute('max', '2026-06-15');
	await start.fill('2026-07-01');
	await setup.answer(/flare or a bad day/, false);
	await setup.continue();
	await expect(page.getByRole('heading', { name: 'Your pain', level: 2 })).toBeVisible();
	await expect(start).toHaveAccessibleDescription(
		'The pain cannot start after today; pick today or an earlier day.'
	);
	await start.fill('2026-06-01');
	await setup.continue();
	await expect(page.getByRole('heading', { name: 'Safety questions', level: 2 })).toBeVisible();
});

test('quiet hours that cover the whole day and a note near its limit are said plainly', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.goto('/settings');
	// A time typed into the prerendered page before it hydrates fires no change: wait for the app.
	await waitForHydration(page);
	const quiet = page.getByRole('group', { name: /Quiet hours/ });
	await quiet.getByLabel('From').fill('07:00');
	await quiet.getByLabel('From').blur();
	await expect(quiet.getByRole('status')).toContainText(
		'From 07:00 until 07:00 is the whole day, so these quiet hours are not used.'
	);
	await quiet.getByLabel('From').fill('09:00');
	await quiet.getByLabel('From').blur();
	await expect(quiet.getByRole('status')).toContainText(
		'Quiet for 22 hours: reminders and prompts come only from 07:00 until 09:00.'
	);

	await page.goto('/check-in');
	const notes = page.getByLabel('Notes (optional)');
	await expect(notes).toHaveAccessibleDescription('Up to 5000 characters.');
	await notes.fill('x'.repeat(4600));
	await expect(notes).toHaveAccessibleDescription(
		'4600 of 5000 characters: a note can hold 5000 characters; more cannot be typed.'
	);
});
