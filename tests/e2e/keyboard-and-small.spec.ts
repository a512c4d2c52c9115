import { expect, test } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// The set-up's Continue is always reachable, dialogs give focus back, and the check-in fits 320 px
// (issue 16 points 7 and 13, in part).

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

test('set-up: Continue is in view above the bottom bar on every step, without scrolling', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	const inView = async () => {
		const button = page.getByRole('button', { name: /^(Continue|Create my plan)$/ });
		const box = (await button.boundingBox())!;
		const bar = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
		return box.y >= 0 && box.y + box.height <= bar.y;
	};
	expect(await inView()).toBe(true);
	await setup.continue();
	expect(await inView()).toBe(true); // the long list of warning signs
	await setup.answerAllNo();
	await setup.continue();
	expect(await inView()).toBe(true);
});

test('closing a dialog gives focus back to what opened it', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	const skip = page.getByRole('button', { name: /^Skip: Warm compress, 07:30/ });
	await skip.click();
	await expect(page.getByRole('dialog', { name: /Skip Warm compress/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(skip).toBeFocused();

	const snooze = page.getByRole('button', { name: /^Snooze: Warm compress, 07:30/ });
	await snooze.click();
	await page
		.getByRole('dialog', { name: 'Snooze Warm compress' })
		.getByRole('button', { name: 'Cancel' })
		.click();
	await expect(snooze).toBeFocused();
	// Snoozed: the button that opened it stays, and keeps focus.
	await snooze.click();
	await page.getByRole('button', { name: /^5 minutes/ }).click();
	await expect(snooze).toBeFocused();
});

test.describe('at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the check-in does not scroll sideways', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
		await new SetupPage(page).open();
		await new SetupPage(page).completeWithDefaults();
		await page.goto('/check-in');
		await page.getByRole('group', { name: /Pain right now/ }).waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test('a control reached with Tab is not hidden under the bottom bar', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.goto('/check-in');
	await page.getByRole('group', { name: /Pain right now/ }).waitFor();
	const bar = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	// Tab through the whole form; after each key the focused control must be clear of the bar.
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		const box = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el.closest('nav') || !el.matches('a, button, input, select, textarea, summary'))
				return null;
			const r = el.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom, name: el.textContent?.trim() || el.tagName };
		});
		if (!box) continue;
		expect(box.bottom, `${box.name} is under the bottom bar`).toBeLessThanOrEqual(bar.y + 1);
		expect(box.top).toBeGreaterThanOrEqual(0);
	}
});

test('urgent help is truly modal: Tab stays inside, Escape acknowledges, focus goes back', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue();
	await setup.answerAllNo();
	await setup.answer(/newly hard to start peeing/, true);
	const next = page.getByRole('button', { name: 'Continue' });
	await next.focus();
	await page.keyboard.press('Enter');
	const urgent = page.getByRole('alertdialog', { name: 'Get urgent help now' });
	const understand = urgent.getByRole('button', { name: 'I understand' });
	await expect(understand).toBeFocused();
	// The page behind is inert: Tab never lands on a control outside the dialog (past its last
	// control the browser's own toolbar may take focus, which leaves the page's focus on <body>).
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() =>
			document.activeElement === document.body
				? 'browser'
				: document.activeElement?.closest('[role="alertdialog"]')
					? 'dialog'
					: (document.activeElement?.textContent ?? '?')
		);
		expect(['dialog', 'browser']).toContain(where);
	}
	// Its focus ring is white on the dark red (at least 3:1).
	await understand.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	const ring = await understand.evaluate((el) => getComputedStyle(el).outlineColor);
	expect(ring).toBe('rgb(255, 255, 255)');
	// Escape does what "I understand" does, and focus returns to Continue.
	await page.keyboard.press('Escape');
	await expect(urgent).toHaveCount(0);
	await expect(next).toBeFocused();
});

test('question labels sit inside their card, not on its border (set-up, check-in)', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	await setup.answer(/sit for long spells/, true);
	await setup.chooseSide();
	const legendsInside = () =>
		page.evaluate(() =>
			[...document.querySelectorAll('main fieldset')]
				.filter((f) => getComputedStyle(f).borderTopWidth !== '0px')
				.map((f) => {
					const legend = f.querySelector('legend');
					if (!legend || legend.classList.contains('visually-hidden')) return null;
					const box = f.getBoundingClientRect();
					const label = legend.getBoundingClientRect();
					const border = parseFloat(getComputedStyle(f).borderTopWidth);
					return label.top >= box.top + border ? null : legend.textContent;
				})
				.filter((crossing) => crossing !== null)
		);
	expect(await legendsInside()).toEqual([]);
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	expect(await legendsInside()).toEqual([]); // preferences: compress and stretch choices
});

// Issue 25 point 8: no clinical answer is pre-filled, and "Please answer…" is said where Continue
// takes the person (the first question without an answer), not at the foot of the step.
test('set-up: Continue with questions unanswered says so at the first of them, in view; no side is chosen for the person', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.continue();
	await expect(page.getByRole('heading', { name: 'First, some warning signs' })).toBeVisible();
	const questions = page.getByRole('group');
	const left = await questions.count();
	await setup.continue();
	const first = questions.first();
	const message = first.getByRole('alert');
	await expect(message).toHaveText(`Please answer every question (${left} left).`);
	await expect(message).toBeInViewport();
	await expect(first.getByRole('radio', { name: 'Yes' })).toBeFocused();
	await expect(first.getByRole('radio', { name: 'Yes' })).toHaveAccessibleDescription(
		`Please answer every question (${left} left).`
	);
	await expect(page.getByRole('alert')).toHaveCount(1);

	// Answered, the message goes; the next Continue says it at the next question left.
	await setup.answerAllNo();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await setup.continue();

	await expect(page.getByRole('heading', { name: 'Your day', level: 2 })).toBeVisible();
	const side = page.getByRole('group', { name: 'Which side hurts?' });
	for (const name of ['Left', 'Right', 'Both'])
		await expect(side.getByRole('radio', { name })).not.toBeChecked();
	await setup.continue();
	// Two left on this step: said at the first, the sitting question.
	const sits = page.getByRole('group', { name: /sit for long spells/ });
	await expect(sits.getByRole('alert')).toHaveText('Please answer every question (2 left).');
	await expect(sits.getByRole('alert')).toBeInViewport();
	await setup.answer(/sit for long spells/, false);
	await setup.continue();
	// The side alone: its own words, at it, in view; focus on its first choice.
	await expect(side.getByRole('alert')).toHaveText(
		'Please choose which side hurts: left, right or both.'
	);
	await expect(side.getByRole('alert')).toBeInViewport();
	await expect(side.getByRole('radio', { name: 'Left' })).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Your day', level: 2 })).toBeVisible();
	await setup.chooseSide('Left');
	await setup.continue();
	await expect(page.getByRole('heading', { name: 'Your pain', level: 2 })).toBeVisible();
	await setup.answer(/flare or a bad day/, false);
	await setup.continue();

	// Safety: one answered, Continue: the message at the second, in view.
	await expect(page.getByRole('heading', { name: 'Safety questions', level: 2 })).toBeVisible();
	const safety = page.getByRole('group');
	const asked = await safety.count();
	await safety.first().getByRole('radio', { name: 'No' }).check();
	await setup.continue();
	await expect(safety.nth(1).getByRole('alert')).toHaveText(
		`Please answer every question (${asked - 1} left).`
	);
	await expect(safety.nth(1).getByRole('alert')).toBeInViewport();
	await expect(safety.nth(1).getByRole('radio', { name: 'Yes' })).toBeFocused();
});

test('set-up: the welcome’s “Restore from a backup” opens the restore section, in view', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('link', { name: 'Restore from a backup' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome', level: 2 })).toBeVisible();
	const file = page.getByLabel('Choose a backup file');
	await expect(file).toBeVisible();
	await expect(file).toBeInViewport();
	// Tab goes on from there, into the section.
	await page.keyboard.press('Tab');
	await expect(page.getByText('Restore from a backup', { exact: true })).toBeFocused();
	// Opened the same way when the link is opened in a new tab (a full load of the page).
	await page.goto('/setup#restore');
	await expect(file).toBeInViewport();
});
