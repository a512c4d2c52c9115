import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { E2E_PORT, E2E_PUSH_ORIGIN, RELAY_DATA_DIR } from './tests/e2e/relay-env';
import { chromium } from '@playwright/test';

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

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
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
		{
			name: 'chromium',
			use: {
				...devices['Pixel 7'],
				browserName: 'chromium',
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
			}
		}
	],
	webServer: {
		command: 'node scripts/serve.mjs --relay',
		url: `http://127.0.0.1:${PORT}/`,
		env: {
			PORT: String(PORT),
			DATA_DIR: RELAY_DATA_DIR,
			RELAY_PUSH_HOSTS: E2E_PUSH_ORIGIN,
			VAPID_SUBJECT: 'mailto:e2e@example.org'
		},
		reuseExistingServer: false,
		timeout: 30_000
	}
});
