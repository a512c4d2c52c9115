import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { clockSetting, instantOfLocalTime } from './clock-time';

/** Hosts the app may talk to: its own server only. */
const OWN_HOSTS = new Set(['127.0.0.1']);

/** A console error or uncaught page error a test expects, and why it is not a fault of the app. */
export interface ExpectedError {
	pattern: RegExp;
	reason: string;
}

/**
 * Console errors every test may see. Each is printed by the browser, not by the app, for something
 * the test does on purpose; anything else the page logs as an error, or throws, fails the test.
 */
const EXPECTED_EVERYWHERE: ExpectedError[] = [];

export interface TestOptions {
	/**
	 * The local time the test starts at ("YYYY-MM-DDTHH:MM", in the test's time zone), or null for a
	 * test that installs its own clock later than the first page load. A test that calls
	 * `page.clock.install` itself overrides it.
	 */
	clockTime: string | null;
	/**
	 * Console errors this test causes on purpose (for example by cutting the network), each under
	 * the reason it is expected: `{ 'offline on purpose': /ERR_INTERNET_DISCONNECTED/ }`. (An object,
	 * since Playwright reads an array given to test.use as a value and its options.)
	 */
	expectedErrors: Record<string, RegExp>;
}

export const test = base.extend<
	TestOptions & { offDeviceRequests: string[]; pageErrors: string[]; fixedClock: void }
>({
	clockTime: [clockSetting(process.env.E2E_CLOCK), { option: true }],
	expectedErrors: [{}, { option: true }],
	// No test reads the machine's clock: every page starts at the chosen time in the test's zone.
	fixedClock: [
		async ({ context, clockTime, timezoneId }, use) => {
			if (clockTime) {
				const zone = timezoneId ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
				await context.clock.install({ time: instantOfLocalTime(clockTime, zone) });
			}
			await use();
		},
		{ auto: true }
	],
	// Every test fails if anything (page or service worker) asks another host for anything.
	offDeviceRequests: [
		async ({ context }, use) => {
			const offDevice: string[] = [];
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (['data:', 'blob:', 'about:', 'chrome-extension:'].includes(url.protocol)) return;
				if (!OWN_HOSTS.has(url.hostname)) offDevice.push(request.url());
			});
			await use(offDevice);
			expect(offDevice, 'requests that left 127.0.0.1').toEqual([]);
		},
		{ auto: true }
	],
	// Every test fails on an uncaught page error or a console error it does not expect.
	pageErrors: [
		async ({ context, expectedErrors }, use) => {
			const unexpected: string[] = [];
			const expected = [
				...EXPECTED_EVERYWHERE,
				...Object.entries(expectedErrors).map(([reason, pattern]) => ({ reason, pattern }))
			];
			const note = (kind: string, text: string) => {
				if (expected.some(({ pattern }) => pattern.test(text))) return;
				unexpected.push(`${kind}: ${text}`);
			};
			context.on('weberror', (error) =>
				note('uncaught', String(error.error()?.stack ?? error.error()))
			);
			context.on('console', (message) => {
				if (message.type() !== 'error') return;
				const where = message.location()?.url;
				note('console.error', where ? `${message.text()} (${where})` : message.text());
			});
			await use(unexpected);
			expect(unexpected, 'uncaught page errors and console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the service worker controls the page, so reloads can come from its cache. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
		);
	});
}

/**
 * Cuts the network the way a phone in a tunnel sees it: the browser is offline and any request that
 * still reaches the network layer is refused and counted, so a test can prove the worker served it.
 */
export async function goOffline(context: BrowserContext): Promise<string[]> {
	const reachedNetwork: string[] = [];
	await context.route('**/*', async (route) => {
		reachedNetwork.push(route.request().url());
		await route.abort('internetdisconnected');
	});
	await context.setOffline(true);
	return reachedNetwork;
}

/**
 * Moves the page's fake clock forward, then runs one more tick interval so the app's 15-second
 * check sees the new time. (`fastForward` fires a due timer at most once, not necessarily after the jump.)
 */
export async function advanceClock(page: Page, duration: string): Promise<void> {
	await page.clock.fastForward(duration);
	await page.clock.runFor(15_000);
}

/**
 * Waits until the app has hydrated the page it loaded. The prerendered HTML shows real controls
 * before that (the welcome's links, the set-up's "Restore from a backup"), and what a test does to
 * them before hydration is what a person's tap would do: a plain link or nothing.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
