import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage } from './page-models/check-in-page';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

// A Monday morning, before the first item of the day.
const MONDAY_0650 = new Date('2026-06-15T06:50:00+02:00');

async function axeViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations.map(
		(v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

const checklist = (page: Page) => page.getByRole('list', { name: 'Today’s checklist' });

test('a serious accident at set-up shows the injury advice, pauses the plan through a reload, and "I have been assessed" brings it back', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY_0650 });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue();
	await setup.answerAllNo();
	await setup.answer(/after a serious accident/, true);
	await setup.continue();

	const urgent = page.getByRole('alertdialog', { name: 'Get urgent help now' });
	await expect(urgent).toContainText('broken bone in the spine or pelvis');
	await expect(urgent).toContainText('Pain after a serious accident or fall');
	await expect(urgent).not.toContainText('cauda equina');
	await expect(urgent).not.toContainText('nerves at the bottom of the spine');
	await urgent.getByRole('button', { name: 'I understand' }).click();
	await setup.continue();
	await setup.answer(/sit for long spells/, true);
	await setup.chooseSide();
	await setup.continue();
	await setup.answer(/flare or a bad day/, false);
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	await setup.continue();
	await setup.continue(); // weight
	await page.getByRole('button', { name: 'Create my plan' }).click();

	const paused = page.getByRole('region', { name: 'Your plan is paused' });
	await expect(paused).toBeVisible({ timeout: 15_000 });
	await expect(paused).toContainText('Go to an emergency department now');
	await expect(paused).toContainText('answered yes at set-up, Monday 15 June');
	await expect(checklist(page)).toHaveCount(0);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axeViolations(page, `paused (${scheme})`)).toEqual([]);
	}

	await page.reload();
	await expect(paused).toBeVisible();
	await expect(checklist(page)).toHaveCount(0);

	// One question first, naming the sign; minutes after the yes, it says the advice was to get help now.
	await page.clock.runFor('05:00');
	await paused.getByRole('button', { name: 'I have been assessed' }).click();
	await expect(paused).toContainText(
		'Were you seen by a doctor, nurse or emergency service about this? (Pain after a serious accident or fall)'
	);
	await expect(paused).toContainText(
		/You answered yes \d+ minutes ago\. The advice was to get help now\./
	);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axeViolations(page, `assessed question (${scheme})`)).toEqual([]);
	}
	await paused.getByRole('button', { name: 'Not yet' }).click();
	await expect(paused.getByRole('button', { name: 'I have been assessed' })).toBeVisible();
	await expect(checklist(page)).toHaveCount(0);
	// Half an hour on, the question comes without that line.
	await page.clock.runFor('30:00');
	await paused.getByRole('button', { name: 'I have been assessed' }).click();
	await expect(paused).toContainText('Were you seen by a doctor');
	await expect(paused).not.toContainText('The advice was to get help now');
	await paused.getByRole('button', { name: 'Yes, I was seen' }).click();
	await expect(paused).toHaveCount(0);
	await expect(checklist(page).getByRole('checkbox').first()).toBeVisible();
	await page.reload();
	await expect(checklist(page).getByRole('checkbox').first()).toBeVisible();
	await expect(paused).toHaveCount(0);
});

test('a bladder or bowel answer in the check-in leaves a warning on Today after a reload; the check-in shows its advice again', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await page
		.getByRole('group', { name: /Pain right now/ })
		.getByRole('radio', { name: '3' })
		.check();
	const any = page.getByRole('group', { name: 'Any of these warning signs today?' });
	await any.getByRole('radio', { name: 'Yes' }).check();
	await new SetupPage(page).answer(/newly hard to start peeing/, true);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	const urgent = page.getByRole('alertdialog', { name: 'Get urgent help now' });
	await expect(urgent).toContainText('cauda equina');
	await urgent.getByRole('button', { name: 'I understand' }).click();

	// Reopening the check-in that still says yes shows the advice again.
	await page.reload();
	await expect(page.getByRole('status')).toContainText('Go to an emergency department now');

	// Straight to Today (a tap on the link could land while the reloaded page hydrates), then reload.
	await page.goto('/');
	await expect(page).toHaveURL(/\/$/);
	await page.reload();
	const paused = page.getByRole('region', { name: 'Your plan is paused' });
	await expect(paused).toContainText('New trouble peeing or pooing');
	await expect(paused).toContainText('answered yes in a check-in');
});

test('a same-day sign keeps a banner and only the flare-day plan; "I answered yes by mistake" takes it back with a trace', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await expect(page.getByText(/^Recovery plan:/)).toBeVisible();
	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await new CheckInPage(page).saveWithSign(/fever or a high temperature/);
	await expect(page.getByRole('status')).toContainText('infection near the spine');
	await page.getByRole('link', { name: 'Back to Today' }).click();

	const banner = page.getByRole('region', { name: 'Get seen today' });
	await expect(banner).toContainText('Fever or high temperature');
	await expect(page.getByText(/^Flare plan/)).toBeVisible();
	await expect(page.getByRole('list', { name: 'About today’s plan' })).toContainText(
		'needs a doctor today'
	);
	await expect(new TodayPage(page).item(/compress/).first()).toBeVisible();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axeViolations(page, `same-day banner (${scheme})`)).toEqual([]);
	}

	await banner.getByRole('button', { name: 'I answered yes by mistake' }).click();
	await banner.getByRole('button', { name: 'Yes, I answered by mistake' }).click();
	await expect(banner).toHaveCount(0);
	await expect(page.getByText(/^Recovery plan:/)).toBeVisible();

	// The check-in it came from now says no, so saving it again brings nothing back.
	await page.getByRole('link', { name: 'Edit today’s check-in' }).click();
	await expect(
		page.getByRole('group', { name: 'Any of these warning signs today?' }).getByRole('radio', {
			name: 'No'
		})
	).toBeChecked();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await expect(page.getByRole('status')).toContainText('Saved.');
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(page.getByText(/^Recovery plan:/)).toBeVisible();
	await expect(banner).toHaveCount(0);
});

test('taking back a check-in’s emergency yes asks first, and "Keep my answer" keeps the plan paused', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY_0650 });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await page
		.getByRole('group', { name: /Pain right now/ })
		.getByRole('radio', { name: '3' })
		.check();
	const any = page.getByRole('group', { name: 'Any of these warning signs today?' });
	await any.getByRole('radio', { name: 'Yes' }).check();
	await new SetupPage(page).answer(/newly hard to start peeing/, true);
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await page
		.getByRole('alertdialog', { name: 'Get urgent help now' })
		.getByRole('button', { name: 'I understand' })
		.click();

	// "No" to the one question would take the yes back: the same question as on Today.
	await any.getByRole('radio', { name: 'No' }).check();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	const question = page.getByRole('group', { name: /Take back your yes to New trouble peeing/ });
	await expect(question).toContainText('your plan stays paused');
	await expect(question.getByRole('button', { name: 'Yes, I answered by mistake' })).toBeFocused();
	expect(await axeViolations(page, 'take-back question')).toEqual([]);
	await question.getByRole('button', { name: 'Keep my answer' }).click();
	await expect(question).toHaveCount(0);
	await expect(any.getByRole('radio', { name: 'Yes' })).toBeChecked();
	await page
		.getByRole('alertdialog', { name: 'Get urgent help now' })
		.getByRole('button', { name: 'I understand' })
		.click();
	await page.goto('/');
	const paused = page.getByRole('region', { name: 'Your plan is paused' });
	await expect(paused).toContainText('New trouble peeing or pooing');

	// Taken back as a mistake: the plan comes back, and the record keeps the trace.
	await page.getByRole('link', { name: 'Edit today’s check-in' }).click();
	await any.getByRole('radio', { name: 'No' }).check();
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await question.getByRole('button', { name: 'Yes, I answered by mistake' }).click();
	await expect(page.getByRole('status')).toContainText('Saved.');
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(paused).toHaveCount(0);
	await expect(checklist(page).getByRole('checkbox').first()).toBeVisible();
});
