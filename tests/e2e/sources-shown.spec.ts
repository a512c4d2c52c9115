import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Issue 24 point 13: what the sources do not say is labelled the app's choice where it is shown,
// and a claim shows its source where it is made.

test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

test('the weight step names the article as its source; About says which rules are the app’s own and lists the new ones', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	// As far as the weight step (the same answers as answerWithDefaults).
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	await setup.answer(/sit for long spells/, true);
	await setup.chooseSide();
	await setup.continue();
	await setup.answer(/flare or a bad day/, false);
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	await setup.continue();
	await expect(page.getByRole('heading', { name: 'Weight (optional)' })).toBeVisible();
	await expect(page.getByText(/Carrying less weight can take load off/)).toContainText(
		'Carrying less weight can take load off the lower back and hips. (Source: Team PainAssist, “What is Deep Gluteal Syndrome & How is it Treated?”, ePainAssist (epainassist.com).)'
	);

	await page.goto('/about');
	await expect(page.getByText(/comes from these sources/)).toContainText(
		'except the app’s own choices listed above'
	);
	const choices = page.getByRole('region', { name: 'The app’s own choices' });
	for (const words of [
		'A cold compress stays off at least as long as it was on',
		'The sciatic nerve glide: 5 rounds building to 10',
		'A visit is suggested after 6 weeks of pain',
		'The call button follows the region chosen in Settings'
	])
		await expect(choices).toContainText(words);
	const sources = page.getByRole('main');
	await expect(sources).not.toContainText('Manchester University');
	await expect(sources).not.toContainText('updated 2020');
	await expect(sources).toContainText('McGill / Liebenson: nerve flossing handout');
});
