import { readFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage } from './page-models/check-in-page';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

// A Monday morning, before the first item of the day.
const MONDAY_0650 = new Date('2026-06-15T06:50:00+02:00');

/** Exports the calendar from Settings and reads the downloaded file. */
async function exportCalendar(page: Page, testInfo: TestInfo, name: string): Promise<string> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('deep-gluteal-care-plan.ics');
	const file = testInfo.outputPath(name);
	await download.saveAs(file);
	return readFile(file, 'utf8');
}

const summaries = (ics: string) => ics.split('\r\n').filter((l) => l.startsWith('SUMMARY:'));

test('the calendar exported while an emergency sign pauses the plan holds no care item; once assessed, Settings asks for a new one', async ({
	page
}, testInfo) => {
	test.setTimeout(60_000); // set-up, a check-in and two exports
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();

	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await page
		.getByRole('group', { name: /Pain right now/ })
		.getByRole('radio', { name: '3' })
		.check();
	await page
		.getByRole('group', { name: 'Any of these warning signs today?' })
		.getByRole('radio', { name: 'Yes' })
		.check();
	await new SetupPage(page).answer(/chest pain, with or without back pain/, true);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await page
		.getByRole('alertdialog', { name: 'Get urgent help now' })
		.getByRole('button', { name: 'I understand' })
		.click();
	await page.getByRole('link', { name: 'Back to Today' }).click();
	const paused = page.getByRole('region', { name: 'Your plan is paused' });
	await expect(paused).toContainText('Chest pain');

	await page.getByRole('link', { name: 'Settings' }).click();
	const exportButton = page.getByRole('button', { name: 'Export to calendar (.ics)' });
	// The button says what the file leaves out, and why.
	await expect(exportButton).toHaveAccessibleDescription(
		/Your plan is paused by a warning sign, so the calendar file holds none of your care items: it leaves out Warm compress, Stretch, .*Walk/
	);
	await expect(page.getByText(/If you added your plan to your calendar before/)).toBeVisible();
	const held = await exportCalendar(page, testInfo, 'paused.ics');
	expect(held.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(held.endsWith('END:VCALENDAR\r\n')).toBe(true);
	expect(held).not.toContain('BEGIN:VEVENT');
	expect(held).not.toContain('BEGIN:VALARM');
	expect(held).not.toMatch(/compress|stretch/i);
	// Still paused: nothing to export again yet.
	await expect(page.getByText(/Export it again/)).toHaveCount(0);

	await page.getByRole('link', { name: 'Today', exact: true }).click();
	await new TodayPage(page).recordAssessed(paused);
	await expect(new TodayPage(page).item('Warm compress').first()).toBeVisible();

	await page.getByRole('link', { name: 'Settings' }).click();
	const again = page.getByRole('status').filter({ hasText: 'Export it again' });
	await expect(again).toContainText(
		'Your last calendar file (Monday 15 June) was made while a warning sign held your plan.'
	);
	await expect(exportButton).not.toHaveAccessibleDescription(/paused/);
	const whole = await exportCalendar(page, testInfo, 'whole.ics');
	expect(summaries(whole)).toEqual(expect.arrayContaining(['SUMMARY:Warm compress']));
	expect(whole).toContain('BEGIN:VALARM');
	await expect(again).toHaveCount(0);
	// The note is kept, not only shown: after a reload nothing asks again.
	await page.reload();
	await expect(exportButton).toBeVisible();
	await expect(page.getByText(/Export it again/)).toHaveCount(0);
});

test('the calendar exported while a same-day sign is open holds only the flare-day measures, and says so', async ({
	page
}, testInfo) => {
	test.setTimeout(60_000); // set-up, a check-in and two exports
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.getByRole('link', { name: 'Settings' }).click();
	const usual = await exportCalendar(page, testInfo, 'usual.ics');
	expect(summaries(usual)).toContain('SUMMARY:Warm compress');

	await page.getByRole('link', { name: 'Today', exact: true }).click();
	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await new CheckInPage(page).saveWithSign(/fever or a high temperature/);
	await expect(page.getByRole('status')).toContainText('infection near the spine');
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(page.getByRole('region', { name: 'Get seen today' })).toBeVisible();

	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(
		page.getByRole('button', { name: 'Export to calendar (.ics)' })
	).toHaveAccessibleDescription(
		/needs a doctor today, so the calendar file holds only the flare-day measures \(Cold compress.*\) and leaves out Warm compress/
	);
	const held = await exportCalendar(page, testInfo, 'flare-only.ics');
	expect(summaries(held)).toContain('SUMMARY:Cold compress');
	expect(summaries(held)).not.toContain('SUMMARY:Warm compress');
	expect(summaries(held)).not.toContain('SUMMARY:Stretch');
});
