import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import {
	E2E_PORT,
	E2E_PUSH_ORIGIN,
	E2E_RELAY_CLOCK_START,
	RELAY_DATA_DIR
} from './tests/e2e/relay-env';
import { chromium } from '@playwright/test';
import type { TestOptions } from './tests/e2e/fixtures';

const PORT = E2E_PORT;

/** A Playwright-managed Chromium when one is installed, else the distribution's. */
function chromiumExecutable(): string | undefined {
	let managed: string | undefined;
	try {
		managed = chromium.executablePath();
	} catch {
		managed = undefined;
	}
	if (managed && existsSync(managed)) return undefined; // Playwright finds its own.
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	throw new Error(
		'No Chromium found: run "npx playwright install chromium" or install your distribution\'s chromium package (Debian: apt-get install chromium).'
	);
}

/** The phone every test runs on. */
const phone = {
	...devices['Pixel 7'],
	browserName: 'chromium' as const,
	// The suite's times read 07:30 and its advice names A&E and 111: a UK phone, unless a test says otherwise.
	locale: 'en-GB',
	launchOptions: {
		executablePath: chromiumExecutable(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	}
};

/**
 * The time-of-day spec again at the hours where a day's edges are: early morning, evening, just
 * after midnight, and the night the clocks go forward in Berlin (the whole suite runs at E2E_CLOCK,
 * 23:15 unless set).
 */
const HOURS: { name: string; clockTime: string }[] = [
	{ name: 'at 07:00', clockTime: '2026-06-15T07:00' },
	{ name: 'at 19:00', clockTime: '2026-06-15T19:00' },
	{ name: 'at 00:10', clockTime: '2026-06-16T00:10' },
	{ name: 'across DST', clockTime: '2026-03-28T23:30' }
];

export default defineConfig<TestOptions>({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// A test that passes only on a retry is a failing test: find the cause.
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	// Many tests run several axe analyses; with two workers on 2 cores some took 28-33 s.
	timeout: 60_000,
	// Lazy chunks load through a worker that may still be precaching on a busy 2-core machine.
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		serviceWorkers: 'allow'
	},
	projects: [
		{ name: 'chromium', use: phone },
		...HOURS.map(({ name, clockTime }) => ({
			name,
			testMatch: /time-of-day\.spec\.ts/,
			use: { ...phone, clockTime }
		}))
	],
	webServer: {
		command: 'node scripts/serve.mjs --relay',
		url: `http://127.0.0.1:${PORT}/`,
		env: {
			PORT: String(PORT),
			DATA_DIR: RELAY_DATA_DIR,
			RELAY_PUSH_HOSTS: E2E_PUSH_ORIGIN,
			VAPID_SUBJECT: 'mailto:e2e@example.org',
			RELAY_CLOCK_START: E2E_RELAY_CLOCK_START
		},
		reuseExistingServer: false,
		timeout: 30_000
	}
});
