import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Keyboard only, at 360x640 (issue 16 point 13): set-up, a timer, a guide, a check-in, export and
// delete, by Tab, arrows, Enter, Space and Escape. After every key the focused control must be
// on screen and not covered (by the bottom bar, the reminder dock or anything else), and each
// dialog must give focus back to what opened it.
test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

interface Focused {
	name: string;
	role: string;
	visible: boolean;
	covered: string | null;
}

/** What has focus, and whether a person can see it: inside the viewport, and on top at its centre. */
async function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body)
			return { name: '', role: 'body', visible: false, covered: null };
		const box = el.getBoundingClientRect();
		const visible =
			box.width > 0 &&
			box.bottom > 0 &&
			box.top < innerHeight &&
			box.right > 0 &&
			box.left < innerWidth;
		const x = Math.min(innerWidth - 1, Math.max(0, box.left + box.width / 2));
		const y = Math.min(innerHeight - 1, Math.max(0, box.top + Math.min(box.height / 2, 10)));
		const top = document.elementFromPoint(x, y);
		const covered =
			top &&
			top !== el &&
			!el.contains(top) &&
			!top.contains(el) &&
			!(el as HTMLInputElement).labels?.[0]?.contains(top)
				? top.closest('nav, [class*="dock"], header, section, div')?.className || top.tagName
				: null;
		const name =
			el.getAttribute('aria-label') ??
			((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '').trim();
		return { name, role: el.getAttribute('role') ?? el.tagName.toLowerCase(), visible, covered };
	});
}

/**
 * Presses a key, then checks the focused control is in view and not covered once what the key
 * started has settled (a save, a dialog opening: up to 2 seconds).
 */
async function press(page: Page, key: string): Promise<Focused> {
	await page.keyboard.press(key);
	let now = await focused(page);
	await expect
		.poll(
			async () => {
				now = await focused(page);
				return now.role === 'body' || (now.visible && now.covered === null);
			},
			{ timeout: 2_000, message: `after ${key}, the focused control is off screen or covered` }
		)
		.toBe(true);
	return now;
}

/** Tabs forward until the focused control's name matches, checking every stop on the way. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
	for (let i = 0; i < limit; i++) {
		const now = await press(page, 'Tab');
		if (name.test(now.name)) return;
	}
	throw new Error(`Tab never reached ${name}`);
}

/**
 * A yes/no step: every question answered "No" with the arrow keys, then Continue. The pain step's
 * side, which set-up never chooses for the person, is answered "Left" with Space.
 */
async function answerNoAndContinue(page: Page): Promise<void> {
	for (let i = 0; i < 80; i++) {
		const now = await press(page, 'Tab');
		if (now.name === 'Yes' || now.name === 'No') {
			if (now.name === 'Yes') await press(page, 'ArrowRight');
			else await press(page, 'Space');
		}
		if (now.name === 'Left') await press(page, 'Space');
		if (/^(Continue|Create my plan)$/.test(now.name)) {
			await press(page, 'Enter');
			return;
		}
	}
	throw new Error('no Continue');
}

test('keyboard only: set-up, a timer, a guide, a check-in, export and delete', async ({ page }) => {
	test.setTimeout(120_000);
	await page.clock.install({ time: new Date('2026-06-15T07:25:00+02:00') });
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	// Set-up: welcome, warning signs, day, pain, safety, preferences, weight, then Create.
	await tabTo(page, /^Set up my plan$/);
	await press(page, 'Enter');
	await expect(page.getByRole('heading', { name: 'Welcome', level: 2 })).toBeVisible();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await tabTo(page, /^Continue$/);
	await press(page, 'Enter');
	await answerNoAndContinue(page); // warning signs
	await answerNoAndContinue(page); // your day (sits: No)
	await answerNoAndContinue(page); // your pain (flare: No)
	await answerNoAndContinue(page); // safety
	await tabTo(page, /^Continue$/); // preferences
	await press(page, 'Enter');
	await tabTo(page, /^Continue$/); // weight
	await press(page, 'Enter');
	await tabTo(page, /^Create my plan$/); // the doctor's questions, every one passed on the way
	await press(page, 'Enter');
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toBeVisible({
		timeout: 15_000
	});

	// A compress timer: starts on Enter, closes on Escape, focus back on its button.
	await tabTo(page, /^Start timer: Warm compress/);
	await press(page, 'Enter');
	const timer = page.getByRole('dialog', { name: 'Warm compress' });
	await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
	await press(page, 'Escape');
	await expect(timer).toHaveCount(0);
	expect((await focused(page)).name).toMatch(/^Open timer: Warm compress/);
	// Stopped from Today's timer bar, by keyboard; the question gets focus, then what replaces it.
	await page.keyboard.press('Shift+Tab');
	const bar = page.getByRole('region', { name: 'Your timer' });
	await bar.getByRole('button', { name: 'Stop' }).focus();
	await press(page, 'Enter');
	expect((await focused(page)).name).toBe('Stop timer');
	await press(page, 'Enter');
	await expect(bar).toHaveCount(0);

	// A stretch guide: a hold started and paused by keyboard, then Escape.
	await page.getByRole('heading', { name: 'Today', level: 1 }).focus();
	await tabTo(page, /^Open guide: Stretch/);
	const opener = (await focused(page)).name;
	await press(page, 'Enter');
	const guide = page.getByRole('dialog', { name: 'Figure-4 stretch (lying)' });
	await tabTo(page, /^Start 30-second hold$/);
	await press(page, 'Enter');
	expect((await focused(page)).name).toBe('Pause');
	await press(page, 'Escape');
	await expect(guide).toHaveCount(0);
	expect((await focused(page)).name).toBe(opener);

	// The daily check-in: a pain score by arrows, all No, Save.
	await tabTo(page, /^Daily check-in$/);
	await press(page, 'Enter');
	await expect(page.getByRole('heading', { name: 'Daily check-in', level: 1 })).toBeVisible();
	await tabTo(page, /^0$/);
	await press(page, 'ArrowRight');
	await press(page, 'ArrowRight');
	await press(page, 'ArrowRight');
	await expect(page.getByRole('radio', { name: '3' })).toBeChecked();
	for (let i = 0; i < 120; i++) {
		const now = await press(page, 'Tab');
		if (now.name === 'Yes') await press(page, 'ArrowRight');
		if (now.name === 'Save check-in') break;
	}
	await press(page, 'Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	// Settings: export a backup, then delete all data (asked once; focus on the safe answer first).
	await page.goto('/settings');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('heading', { name: 'Settings', level: 1 }).focus();
	await tabTo(page, /^Export a backup$/, 150);
	const download = page.waitForEvent('download');
	await press(page, 'Enter');
	expect((await download).suggestedFilename()).toMatch(/^deep-gluteal-care-backup-/);
	await tabTo(page, /^Delete all my data$/, 60);
	await press(page, 'Enter');
	expect((await focused(page)).name).toBe('Keep my data');
	await press(page, 'Enter');
	expect((await focused(page)).name).toBe('Delete all my data');
	await press(page, 'Enter');
	await press(page, 'Shift+Tab');
	expect((await focused(page)).name).toBe('Yes, delete everything');
	// The app starts again like a first visit (a navigation: no focus to check until it lands).
	await Promise.all([page.waitForURL(/#data-deleted$/), page.keyboard.press('Enter')]);
	await expect(page.getByRole('link', { name: 'Set up my plan' })).toBeVisible();
});
