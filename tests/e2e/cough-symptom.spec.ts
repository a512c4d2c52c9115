import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Issue 24 point 12: buttock or leg pain worse on coughing, sneezing or straining is a usual nerve
// sign (care-content.md section 5, level N): the check-in records it with no alarm, and the visit
// summary counts it next to the other symptoms.

test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

const MONDAY_0650 = new Date('2026-06-15T06:50:00+02:00');

test('pain worse on coughing is recorded in the check-in without an alarm and shows in the visit summary', async ({
	page
}) => {
	test.setTimeout(90_000); // a whole set-up, a check-in and the summary on a shared machine
	await page.clock.install({ time: MONDAY_0650 });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.completeWithDefaults();

	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await page
		.getByRole('group', { name: /Pain right now/ })
		.getByRole('radio', { name: '3' })
		.check();
	const symptom = page.getByRole('checkbox', {
		name: 'Buttock or leg pain worse on coughing, sneezing or straining'
	});
	await symptom.check();
	await page
		.getByRole('group', { name: 'Any of these warning signs today?' })
		.getByRole('radio', { name: 'No' })
		.check();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page.getByRole('link', { name: 'Back to Today' })).toBeVisible();
	await expect(page.getByRole('alertdialog')).toHaveCount(0);
	await expect(page.getByRole('status')).not.toContainText(/Get seen today|Get urgent help/);

	// Kept: the reopened check-in shows it ticked.
	await page.reload();
	await expect(symptom).toBeChecked();

	await page.goto('/');
	await expect(page.getByRole('region', { name: 'Get seen today' })).toHaveCount(0);
	await page.goto('/visit-summary');
	const symptoms = page.getByRole('region', { name: 'Symptoms' });
	await expect(symptoms).toContainText(
		'Of 1 day checked in: pain below the knee on 0, numbness on 0, tingling on 0, pain worse on coughing, sneezing or straining on 1.'
	);
});
