import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** Hosts the app may talk to: its own server only. */
const OWN_HOSTS = new Set(['127.0.0.1']);

export const test = base.extend<{ offDeviceRequests: string[] }>({
	// Every test fails if anything (page or service worker) asks another host for anything.
	offDeviceRequests: [
		async ({ context }, use) => {
			const offDevice: string[] = [];
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (['data:', 'blob:', 'about:', 'chrome-extension:'].includes(url.protocol)) return;
				if (!OWN_HOSTS.has(url.hostname)) offDevice.push(request.url());
			});
			// Uncaught page errors are printed: a failure then says what went wrong in the app.
			context.on('weberror', (error) => console.log(`[page error] ${error.error().message}`));
			await use(offDevice);
			expect(offDevice, 'requests that left 127.0.0.1').toEqual([]);
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
