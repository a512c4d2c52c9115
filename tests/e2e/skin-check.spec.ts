import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { SetupPage } from './page-models/setup-page';

// Issue 24 (point 1): a warm compress asks "Check your skin now" at 5 minutes of the pack being on
// (care-content.md section 1a), in its dialog and in Today's timer bar, and again every 5 minutes
// while paused; a sign seen ends the session with its advice and shows in the visit summary.

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });

// A Monday morning, before the first item of the day.
const MONDAY_0650 = new Date('2026-06-15T06:50:00+02:00');

test('a warm compress asks for a skin check at 5 minutes and again while paused; a sign ends it', async ({
	page
}) => {
	test.setTimeout(90_000); // a long walk: set-up, two screens, axe, the visit summary
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	const shell = new AppShell(page);

	await page.getByRole('button', { name: /^Start timer: Warm compress, 07:30/ }).click();
	const timer = page.getByRole('dialog', { name: 'Warm compress' });
	const askedInDialog = timer.getByRole('heading', { name: 'Check your skin now' });
	await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.clock.fastForward('04:00');
	await expect(timer.getByRole('timer', { name: 'Time left' })).toHaveText(/^(11:00|10:5\d)$/);
	await expect(askedInDialog).toHaveCount(0); // not before 5 minutes

	await page.clock.fastForward('01:00');
	await expect(askedInDialog).toBeVisible();
	const asked = timer.getByRole('region', { name: 'Check your skin now' });
	await expect(asked).toContainText('Pink skin is normal');
	// What to look for: the warm compress's rows of section 1a, each an answer.
	for (const sign of [
		'Bright red or blotchy skin, blisters or burning',
		'Red, blistered, white or charred skin (a burn)',
		'A lacy, net-like red-brown patch'
	])
		await expect(asked.getByRole('button', { name: sign })).toBeVisible();
	await expect(asked.getByRole('button', { name: /hard or waxy/ })).toHaveCount(0); // cold only
	expect(
		(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze())
			.violations
	).toEqual([]);

	// Another screen and back: Today's timer bar asks too.
	await timer.getByRole('button', { name: 'Close' }).click();
	await shell.navigateTo('Progress');
	await expect(shell.heading('Progress')).toBeVisible();
	// Another screen asks too: the timer bar is on every screen (issue 25), and answers there.
	const bar = page.getByRole('region', { name: 'Your timer' });
	await expect(bar.getByRole('alert')).toContainText('Check your skin now.');
	await expect(bar).toContainText('Pink is normal');
	await bar.getByRole('button', { name: 'Looks fine' }).click();
	await expect(bar.getByRole('alert')).toHaveCount(0);
	await shell.navigateTo('Today');
	await expect(bar.getByRole('alert')).toHaveCount(0);
	await expect(bar.getByRole('button', { name: 'Looks fine' })).toHaveCount(0);
	// Answered and running: not asked again while it runs.
	await page.clock.fastForward('05:00');
	await expect(bar.getByRole('timer', { name: 'Time left' })).toHaveText(/^(5:00|4:[0-5]\d)$/); // real time runs on beside the page clock
	await expect(bar.getByRole('button', { name: 'Looks fine' })).toHaveCount(0);

	// Paused with the pack on: asked again after 5 minutes of pause.
	await bar.getByRole('button', { name: 'Open timer' }).click();
	await timer.getByRole('button', { name: 'Pause' }).click();
	await page.clock.fastForward('04:00');
	await expect(askedInDialog).toHaveCount(0);
	await page.clock.fastForward('01:00');
	await expect(askedInDialog).toBeVisible();
	await expect(asked).toContainText(
		'The app’s choice, not a published rule: Asking again every 5 minutes while the timer is paused with the pack on.'
	);

	// A sign: the session ends, with that row's advice.
	await asked
		.getByRole('button', { name: 'Red, blistered, white or charred skin (a burn)' })
		.click();
	const ended = timer.getByRole('alert');
	await expect(ended).toContainText('Take the pack off: this session has ended');
	await expect(
		ended.getByRole('heading', { name: 'Take the pack off: this session has ended' })
	).toBeFocused();
	await expect(ended).toContainText(
		'Go to A&E for white or charred skin of any size, a burn bigger than your hand'
	);
	await expect(ended).toContainText(
		'The app’s choice, not a published rule: Get seen the same day for a blistered burn on the buttock'
	);
	await expect(asked).toHaveCount(0);
	await expect(timer.getByRole('button', { name: /^(Pause|Resume|Start)$/ })).toHaveCount(0);
	await timer.getByRole('button', { name: 'Close' }).click();
	await expect(bar).toHaveCount(0);
	await expect(
		page.getByRole('button', { name: /^Start timer: Warm compress, 07:30/ })
	).toBeVisible();

	// The visit summary lists the event with its date and what was seen.
	await page.goto('/visit-summary');
	const coldHeat = page.getByRole('region', { name: 'Cold and heat' });
	await expect(coldHeat).toContainText(
		'Skin checks during sessions: 1 looked fine, 1 showed a sign.'
	);
	await expect(coldHeat).toContainText(
		'15 June, warm compress: Red, blistered, white or charred skin (a burn) (the session was ended).'
	);
});
