import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

// Issue 24 point 17: an accident or a fall named in the doctor's questions asks the injury warning
// signs and shows their advice, instead of only being kept for the visit summary.
test('an accident in the doctor’s questions asks the injury signs, and a yes pauses the plan', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.getByRole('link', { name: 'Settings', exact: true }).click();
	await page.getByRole('link', { name: 'Questions your doctor may ask' }).click();
	const form = page.getByRole('region', { name: 'Questions your doctor may ask' });
	await form
		.getByRole('group', { name: /after an injury/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	const accident = /after a serious accident/;
	// A twist alone cannot break a bone: the injury signs are not asked for it.
	await form.getByRole('checkbox', { name: /Twisting the hip/ }).check();
	await expect(form.getByRole('group', { name: accident })).toHaveCount(0);
	await form.getByRole('checkbox', { name: 'An accident (such as a car accident)' }).check();
	await form.getByRole('group', { name: accident }).getByRole('radio', { name: 'Yes' }).check();
	await expect(form.getByRole('status')).toContainText('broken bone in the spine or pelvis');
	await expect(form.getByRole('status')).toContainText('Go to an emergency department now');
	await form.getByRole('button', { name: 'Save my answers' }).click();

	const urgent = page.getByRole('alertdialog', { name: 'Get urgent help now' });
	await expect(urgent).toContainText('Pain after a serious accident or fall');
	await urgent.getByRole('button', { name: 'I understand' }).click();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	const paused = page.getByRole('region', { name: 'Your plan is paused' });
	await expect(paused).toContainText('answered yes in the doctor’s questions');
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toHaveCount(0);
});
