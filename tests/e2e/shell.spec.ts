import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { SetupPage } from './page-models/setup-page';

test('the app loads on Today and the navigation reaches every screen', async ({ page }) => {
	const app = new AppShell(page);
	await app.open('/');
	await expect(app.heading('Today')).toBeVisible();
	await expect(app.navLink('Today')).toHaveAttribute('aria-current', 'page');

	await app.navigateTo('Progress');
	await expect(page).toHaveURL(/\/progress$/);
	await expect(app.heading('Progress')).toBeVisible();
	await expect(app.navLink('Progress')).toHaveAttribute('aria-current', 'page');

	await app.navigateTo('Settings');
	await expect(app.heading('Settings')).toBeVisible();

	await app.openAboutFromSettings();
	await expect(page).toHaveURL(/\/about$/);
	await expect(app.heading('About and sources')).toBeVisible();

	await app.navigateTo('Today');
	await expect(app.heading('Today')).toBeVisible();
});

test('About says the app gives no medical advice and lists the sources by section', async ({
	page
}) => {
	const app = new AppShell(page);
	await app.open('/about');
	await expect(page.getByRole('heading', { name: 'No medical advice' })).toBeVisible();
	await expect(page.getByText(/This app gives no medical advice/)).toBeVisible();
	for (const heading of [
		'1. Cold and warm compress',
		'2. Gentle stretching and mild exercise',
		'3. Rest, relaxation and sitting',
		'4. Weight management (optional)',
		'5. Warning signs and when to see a doctor',
		'6. The doctor’s questions',
		'7. Clinical background'
	]) {
		await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
	}
	await expect(page.getByText(/NICE guideline NG59/).first()).toBeVisible();
	// The app's own numbers, each said to be its choice.
	const choices = page.getByRole('region', { name: 'The app’s own choices' });
	await expect(choices).toContainText('the app’s choice, not a published rule');
	expect(await choices.getByRole('listitem').count()).toBeGreaterThanOrEqual(8);
	// Sources you can follow: a linked title opens the page or the paper's DOI in a new tab.
	const ng59 = page.getByRole('link', { name: /NICE guideline NG59/ }).first();
	await expect(ng59).toHaveAttribute('href', 'https://www.nice.org.uk/guidance/ng59');
	await expect(ng59).toHaveAttribute('target', '_blank');
	await expect(page.getByRole('link', { name: /Hopayian et al\./ })).toHaveAttribute(
		'href',
		'https://doi.org/10.1016/j.jbmt.2022.12.003'
	);
	expect(await page.getByRole('main').getByRole('link').count()).toBeGreaterThanOrEqual(20);
});

test('every page is prerendered: its text is in the HTML before any script runs', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const [path, heading] of [
		['/', 'Today'],
		['/progress', 'Progress'],
		['/settings', 'Settings'],
		['/about', 'About and sources'],
		['/about-your-pain', 'About your pain']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}
	await context.close();
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	expect(csp).toContain("object-src 'none'");
});

test('a first visit paints the welcome before the scripts; a device with a plan shows “Loading” instead', async ({
	page
}) => {
	// What the page shows when the HTML is parsed, before the app's scripts have run.
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const shown = (text: string) =>
				[...document.querySelectorAll('main h2, main p')].some(
					(el) => el.textContent?.trim() === text && (el as HTMLElement).offsetParent !== null
				);
			(window as unknown as { firstPaint: object }).firstPaint = {
				welcome: shown('Welcome'),
				loading: shown('Loading your day…')
			};
		});
	});
	await page.clock.install({ time: new Date('2026-06-15T06:50:00') });
	const firstPaint = () =>
		page.evaluate(() => (window as unknown as { firstPaint?: object }).firstPaint);

	await page.goto('/');
	expect(await firstPaint()).toEqual({ welcome: true, loading: false });

	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.goto('/');
	expect(await firstPaint()).toEqual({ welcome: false, loading: true });
	await expect(page.getByRole('list', { name: 'Today’s checklist' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Welcome' })).toHaveCount(0);
});
