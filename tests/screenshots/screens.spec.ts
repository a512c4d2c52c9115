import { writeFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';
import { DEFAULT_PROFILE } from '../../src/lib/domain/profile';
import { SetupPage } from '../e2e/page-models/setup-page';
import { fakePushManager, fakeSubscription } from '../e2e/push-helpers';

test.use({
	timezoneId: 'Europe/Berlin',
	viewport: { width: 360, height: 640 },
	deviceScaleFactor: 2
});

const shot = (page: Page, name: string, fullPage = false) =>
	page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });

test('screens of a day', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	await shot(page, 'setup-welcome');
	await setup.continue();
	await shot(page, 'setup-warning-signs');
	await setup.answerAllNo();
	await setup.continue();
	await setup.answer(/sit for long spells/, true);
	await shot(page, 'setup-your-day');
	await setup.continue();
	await setup.answer(/flare or a bad day/, false);
	await setup.continue();
	await setup.answerAllNo();
	await setup.continue();
	await setup.continue();
	await setup.continue(); // weight
	await page.getByRole('button', { name: 'Create my plan' }).click();
	await page.getByRole('heading', { name: 'Your plan' }).waitFor();
	// The 10:05 compress is due: its reminder docks above the navigation.
	await page.clock.runFor(15_000);
	await page.getByRole('region', { name: 'Reminders' }).waitFor();
	await shot(page, 'today-reminder');
	await page.getByRole('list', { name: 'Today’s checklist' }).getByRole('checkbox').first().check();
	await shot(page, 'today');

	await page
		.getByRole('button', { name: /^Start timer/ })
		.first()
		.click();
	await shot(page, 'compress-timer');
	await page.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('region', { name: 'Your timer' }).waitFor();
	await shot(page, 'today-timer-running');
	await page
		.getByRole('button', { name: /^Open guide: Stretch/ })
		.first()
		.click();
	await shot(page, 'stretch-guide');
	await page.getByRole('button', { name: 'Close' }).click();

	await page.getByRole('link', { name: 'Daily check-in' }).click();
	await page
		.getByRole('group', { name: /Pain right now/ })
		.getByRole('radio', { name: '4' })
		.check();
	await shot(page, 'check-in');
	await setup.answerAllNo();
	await setup.answer('Any of these warning signs today?', true);
	await setup.answer(/newly hard to start peeing/, true);
	await setup.answer(/fever or a high temperature/, true);
	await shot(page, 'check-in-warning-signs');
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await page.getByRole('alertdialog').waitFor();
	await shot(page, 'urgent-help');
	await page.getByRole('button', { name: 'I understand' }).click();
	await page.getByRole('link', { name: 'Today', exact: true }).click();
	await page.getByRole('region', { name: 'Your plan is paused' }).waitFor();
	await shot(page, 'today-paused', true);
	await page.emulateMedia({ colorScheme: 'dark' });
	await shot(page, 'today-paused-dark', true);
	await page.emulateMedia({ colorScheme: 'light' });
	await page
		.getByRole('region', { name: 'Your plan is paused' })
		.getByRole('button', { name: 'I have been assessed' })
		.click();
	await shot(page, 'today-assessed-question', true);
	await page
		.getByRole('region', { name: 'Your plan is paused' })
		.getByRole('button', { name: 'Yes, I was seen' })
		.click();
	await page.getByRole('region', { name: 'Get seen today' }).waitFor();
	await shot(page, 'today-same-day');
	await page.emulateMedia({ colorScheme: 'dark' });
	await shot(page, 'today-same-day-dark');
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/about-your-pain');
	await shot(page, 'about-your-pain');

	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
	await shot(page, 'settings');
	await page.goto('/about');
	await shot(page, 'about');
	await page.goto('/exercises');
	await shot(page, 'exercise-guides');
});

test('progress with two weeks of records', async ({ page }, testInfo) => {
	await page.clock.install({ time: new Date('2026-06-15T18:00:00+02:00') });
	const days = Array.from({ length: 14 }, (_, i) => `2026-06-${String(2 + i).padStart(2, '0')}`);
	const file = testInfo.outputPath('history.json');
	await writeFile(
		file,
		JSON.stringify({
			app: 'deep-gluteal-care',
			kind: 'backup',
			schemaVersion: 2,
			appVersion: '0.1.0',
			exportedAt: '2026-06-15T20:00:00.000Z',
			data: {
				profile: {
					key: 'current',
					profile: DEFAULT_PROFILE,
					updatedAt: '2026-06-01T08:00:00.000Z'
				},
				settings: [],
				dayPlans: [],
				checkIns: [],
				dailyEntries: days.map((date, i) => ({
					date,
					pain: [6, 6, 5, 7, 5, 5, 4, 4, 5, 3, 4, 3, 3, 2][i],
					sittingToleranceMinutes: 20 + i * 2,
					symptoms: { numbness: false, tingling: i % 3 === 0, belowKnee: false, side: 'right' },
					redFlags: {},
					flare: i === 3,
					weightKg: null,
					medicine: '',
					notes: '',
					updatedAt: `${date}T20:00:00.000Z`
				}))
			}
		})
	);
	await page.goto('/setup');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByText('Restore from a backup').click();
	await page.getByLabel('Choose a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Restore this backup' }).click();
	await page.getByRole('list', { name: 'Today’s checklist' }).waitFor();
	await page.getByRole('link', { name: 'Progress' }).click();
	await page.getByRole('heading', { name: 'Pain, last 30 days' }).waitFor();
	await shot(page, 'progress');
	await page
		.getByRole('heading', { name: 'Sitting tolerance, last 30 days' })
		.scrollIntoViewIfNeeded();
	await shot(page, 'progress-sitting');
	await page
		.getByRole('heading', { name: 'Plan done, last 4 weeks' })
		.evaluate((h) => h.scrollIntoView());
	await shot(page, 'progress-calendar');
	await page.emulateMedia({ colorScheme: 'dark' });
	await shot(page, 'progress-calendar-dark');
});

test('the skin check during a compress, light and dark', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T06:50:00+02:00') });
	const setup = new SetupPage(page);
	await setup.open();
	await setup.completeWithDefaults();
	await page.getByRole('button', { name: /^Start timer: Warm compress, 07:30/ }).click();
	await page.getByRole('button', { name: 'Pause' }).waitFor();
	await page.clock.fastForward('05:00');
	await page.getByRole('heading', { name: 'Check your skin now' }).waitFor();
	await shot(page, 'skin-check');
	await page.emulateMedia({ colorScheme: 'dark' });
	await shot(page, 'skin-check-dark');
	// Closed, Today's timer bar asks too.
	await page.emulateMedia({ colorScheme: 'light' });
	await page.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('region', { name: 'Your timer' }).getByRole('alert').waitFor();
	await shot(page, 'today-skin-check');
});

test.describe('install offer on an iPhone, the day after set-up', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
	});

	test('install offer', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-06-15T21:00:00+02:00') });
		const setup = new SetupPage(page);
		await setup.open();
		await setup.completeWithDefaults();
		await page.clock.fastForward('11:00:00');
		await page.clock.runFor(15_000);
		const offer = page.getByRole('region', { name: 'Install the app' });
		await offer.getByRole('button', { name: 'Show me how' }).click();
		await offer.scrollIntoViewIfNeeded();
		await shot(page, 'install-offer-iphone');
	});
});

test.describe('desktop', () => {
	test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false });

	test('today on a desktop', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-06-15T10:05:00+02:00') });
		const setup = new SetupPage(page);
		await setup.open();
		await setup.completeWithDefaults();
		await shot(page, 'today-desktop');
		await page.getByRole('link', { name: 'Settings' }).click();
		await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
		await shot(page, 'settings-desktop');
	});
});

test.describe('reminders with the app closed', () => {
	test.use({ permissions: ['notifications'] });

	test('the switch, off and on', async ({ page }) => {
		// Chromium here cannot subscribe: a subscription the e2e relay accepts, at a local address.
		await fakePushManager(page, fakeSubscription().json);
		const setup = new SetupPage(page);
		await setup.open();
		await setup.completeWithDefaults();
		await page.goto('/settings');
		const section = page.getByRole('main').getByRole('region', { name: 'Reminders' });
		const toggle = section.getByRole('switch', { name: 'Remind me even when the app is closed' });
		await toggle.waitFor();
		await toggle.scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollBy(0, -140));
		await shot(page, 'settings-closed-app-off');
		await toggle.check();
		const status = section.getByText(/On: the relay holds/);
		await status.waitFor();
		// The switch and its status above the bottom navigation.
		await toggle.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.evaluate(() => window.scrollBy(0, -60));
		await shot(page, 'settings-closed-app-on');
		await page.emulateMedia({ colorScheme: 'dark' });
		await shot(page, 'settings-closed-app-on-dark');
	});
});

test.describe('the visit summary, six weeks of records', () => {
	test.use({ timezoneId: 'Europe/Berlin' });

	async function openSummary(page: Page, path: string) {
		const { sixWeekBackup, FIRST_DAY } = await import('../e2e/data/six-weeks');
		await page.clock.install({ time: new Date('2026-11-29T18:00:00+01:00') });
		await writeFile(path, sixWeekBackup());
		await page.goto('/setup');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.getByText('Restore from a backup').click();
		await page.getByLabel('Choose a backup file').setInputFiles(path);
		await page.getByRole('button', { name: 'Restore this backup' }).click();
		await page.getByRole('list', { name: 'Today’s checklist' }).waitFor();
		return FIRST_DAY;
	}

	test('phone, questions, desktop and print', async ({ page }, testInfo) => {
		const firstDay = await openSummary(page, testInfo.outputPath('six-weeks.json'));
		const card = page.getByRole('region', { name: 'Questions your doctor may ask' });
		await card.scrollIntoViewIfNeeded();
		await shot(page, 'today-doctor-questions-card');
		await card.getByRole('link', { name: 'Answer the questions' }).click();
		await page.getByRole('radio', { name: 'Suddenly' }).check();
		await page
			.getByRole('group', { name: /after an injury/ })
			.getByRole('radio', { name: 'Yes' })
			.check();
		await page.getByRole('checkbox', { name: 'A fall' }).check();
		await shot(page, 'visit-questions');
		await page.getByLabel('When and how (optional)').fill('Slipped on ice in the car park');
		await page.getByLabel('Hours sitting on a usual working day').fill('7');
		await page.getByLabel(/Your exercise routine/).fill('Swim on Saturdays, walk to work');
		await page
			.getByRole('group', { name: /family had muscle weakness/ })
			.getByRole('radio', { name: 'No', exact: true })
			.check();
		await page.getByLabel('What helps?').fill('Walking, the heat pack');
		await page.getByLabel('What makes it worse?').fill('Driving, low sofas');
		await page.getByRole('button', { name: 'Save my answers' }).click();
		await page.getByLabel('From', { exact: true }).fill(firstDay);
		await page.getByLabel('From', { exact: true }).dispatchEvent('change');
		await page.getByText('19 October to 29 November (42 days)').waitFor();
		await page.evaluate(() => window.scrollTo(0, 0));
		await shot(page, 'visit-summary');
		await shot(page, 'visit-summary-full', true);
		await page.emulateMedia({ colorScheme: 'dark' });
		await shot(page, 'visit-summary-dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await page.setViewportSize({ width: 1280, height: 900 });
		await shot(page, 'visit-summary-desktop');
		// The printed page, as the PDF shows it (first page).
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		await shot(page, 'visit-summary-print', true);
		await page.pdf({ path: 'docs/visit-summary-example.pdf', format: 'A4' });
	});
});
