import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Issue 25 point 9: two reminder banners took 384 of 640 px and the second's buttons sat under the
// bottom bar. One banner at a time, its buttons above the navigation, "N more" for the rest.

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

test('with a sitting prompt and an item’s reminder due at once: one banner, "N more", each answered in turn', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: true });
	// The clock moves only when the test moves it (a busy machine's real minutes would add up).
	await page.clock.pauseAt(new Date('2026-06-15T07:30:30+02:00'));
	await page.clock.runFor(15_000);
	const banners = page.getByRole('region', { name: 'Reminders' });
	await expect(banners).toContainText('Warm compress at 07:30');
	await expect(banners.getByRole('button', { name: /more reminder/ })).toHaveCount(0);

	// 09:31: sitting since 09:00, and the compress still unanswered.
	await page.clock.pauseAt(new Date('2026-06-15T09:00:30+02:00'));
	await page.clock.runFor(15_000);
	await page.clock.runFor(31 * 60_000);
	await expect(banners).toContainText('You have been sitting for 30 minutes');
	const next = banners.getByRole('button', { name: /^\d+ more reminders?: show the next$/ });
	await expect(next).toBeVisible();
	const others = Number((await next.textContent())!.match(/\d+/)![0]);
	expect(others).toBeGreaterThanOrEqual(1);
	// Only the prompt's buttons: the items' banners wait.
	await expect(banners.getByRole('button', { name: /^Done: / })).toHaveCount(0);

	// Everything in the dock is above the bottom bar and within the screen.
	const bar = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	for (const button of await banners.getByRole('button').all()) {
		const box = (await button.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(bar.y + 1);
	}
	// At most half the screen: the page stays usable above it (two banners took 384 of 640 px).
	expect((await banners.boundingBox())!.height).toBeLessThanOrEqual(320);

	// "N more" shows the next banner, one at a time, and comes round to the first again.
	for (let i = 0; i < others; i++) {
		await next.click();
		await expect(banners.getByRole('button', { name: /^Done: / })).toHaveCount(1);
		await expect(banners).not.toContainText('You have been sitting');
	}
	await next.click();
	await expect(banners).toContainText('You have been sitting for 30 minutes');

	// Answering the prompt brings up the next by itself: the compress, one fewer to go.
	await banners.getByRole('button', { name: 'In 10 min' }).click();
	await expect(banners.getByRole('button', { name: 'Done: Warm compress at 07:30' })).toBeVisible();
	if (others === 1) await expect(next).toHaveCount(0);
	else
		await expect(next).toHaveText(
			`${others - 1} more ${others - 1 === 1 ? 'reminder' : 'reminders'}: show the next`
		);
	await banners.getByRole('button', { name: 'Done: Warm compress at 07:30' }).click();
	await expect(banners).not.toContainText('Warm compress at 07:30');
});
