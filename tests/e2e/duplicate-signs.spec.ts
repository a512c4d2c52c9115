import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage } from './page-models/check-in-page';
import { SetupPage } from './page-models/setup-page';

// Issue 25, point 1: one warning sign answered twice on one day (a check-in saved again after "I
// have booked or had the visit", or edited Yes → No → Yes) left the visit summary and "Questions
// your doctor may ask" at "Putting your records together…" for good. Both must render, with no page
// or console error.

test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

const MONDAY_0650 = new Date('2026-06-15T06:50:00+02:00');

/** Every uncaught page error and console error the test meets. */
function errorsOf(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	return errors;
}

async function setUp(page: Page) {
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
}

async function saveCheckInAgain(page: Page) {
	await page.getByRole('link', { name: 'Edit today’s check-in' }).click();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page.getByRole('status').getByText('Saved.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to Today' }).click();
}

/** The summary lists the sign once, and the doctor's questions open from Today's link. */
async function expectSummaryAndQuestions(page: Page, sign: string) {
	await page.goto('/visit-summary');
	const sheet = page.getByRole('article', { name: 'Deep gluteal pain: visit summary' });
	await expect(sheet).toBeVisible();
	const signs = page.getByRole('region', { name: 'Warning signs' }).getByRole('listitem');
	await expect(signs.filter({ hasText: sign })).toHaveCount(1);
	await expect(page.getByText('Putting your records together…')).toHaveCount(0);

	await page.goto('/visit-summary?answer');
	const form = page.getByRole('region', { name: 'Questions your doctor may ask' });
	await expect(form.getByRole('heading', { name: 'Questions your doctor may ask' })).toBeFocused();
	await expect(page.getByText('Putting your records together…')).toHaveCount(0);
}

test('a book-a-visit sign saved again after "I have booked or had the visit" leaves the visit summary and the doctor’s questions working', async ({
	page
}) => {
	const errors = errorsOf(page);
	await setUp(page);
	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await new CheckInPage(page).saveWithSign(/new or spreading numbness/);
	await expect(page.getByRole('status').getByText('Saved.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to Today' }).click();

	const note = page.getByRole('region', { name: 'Book a visit' });
	await note.getByRole('button', { name: 'I have booked or had the visit' }).click();
	await expect(note).toHaveCount(0);

	// The same yes saved again that day: the sign stays dealt with.
	await saveCheckInAgain(page);
	await expect(note).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toBeVisible();
	await expect(note).toHaveCount(0);

	await expectSummaryAndQuestions(page, 'New or spreading numbness');
	expect(errors).toEqual([]);
});

test('a same-day sign edited Yes → No → Yes in one day’s check-in is one open sign, and the visit summary still renders', async ({
	page
}) => {
	const errors = errorsOf(page);
	await setUp(page);
	await page.getByRole('link', { name: 'Daily check-in' }).click();
	const checkIn = new CheckInPage(page);
	await checkIn.saveWithSign(/fever or a high temperature/);
	await expect(page.getByRole('status')).toContainText('infection near the spine');

	// No: taken back (asked first, as on Today).
	const any = page.getByRole('group', { name: 'Any of these warning signs today?' });
	await any.getByRole('radio', { name: 'No' }).check();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await page
		.getByRole('group', { name: /Take back your yes/ })
		.getByRole('button', { name: 'Yes, I answered by mistake' })
		.click();
	await expect(page.getByRole('status').getByText('Saved.')).toBeVisible();

	// Yes again, the same day.
	await checkIn.saveWithSign(/fever or a high temperature/);
	await expect(page.getByRole('status')).toContainText('infection near the spine');
	await page.getByRole('link', { name: 'Back to Today' }).click();
	const banner = page.getByRole('region', { name: 'Get seen today' });
	await expect(banner.getByText('Fever or high temperature')).toHaveCount(1);

	await expectSummaryAndQuestions(page, 'Fever or high temperature');
	expect(errors).toEqual([]);
});
