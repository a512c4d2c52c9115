import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';

test('the exercise guides show every exercise with a described picture, steps and stop rules', async ({
	page
}) => {
	const app = new AppShell(page);
	await app.open('/');
	await page.getByRole('link', { name: 'Exercise guides' }).click();
	await expect(app.heading('Exercise guides')).toBeVisible();

	const figureFour = page.getByRole('article', { name: 'Figure-4 stretch (lying)' });
	await expect(
		figureFour.getByRole('img', { name: /ankle crossed over the other knee/ })
	).toBeVisible();
	await expect(figureFour.getByText('Hold 30 s, 3 times, painful side')).toBeVisible();
	await expect(figureFour.getByRole('listitem').first()).toContainText('Lie on your back');
	await expect(
		figureFour
			.getByRole('note', { name: 'When to stop' })
			.getByText('Stop if pain shoots further down your leg.')
	).toBeVisible();

	await expect(page.getByRole('article')).toHaveCount(11);
	await expect(page.getByRole('img')).toHaveCount(11);
	const bridge = page.getByRole('article', { name: 'Glute bridge' });
	await expect(bridge.getByText('5 repetitions, building to 10')).toBeVisible();
});
