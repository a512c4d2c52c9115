import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, median, serveBuild } from '../browser.mjs';
import { morningZone, READY, setUpPlan, watchForChecklist } from '../today-page.mjs';

const RUNS = 5;
const PORT = 4179;

/** A browser on a profile that stays on disk between launches, as an installed app's does. */
function launch(profile, server) {
	return chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: ['--no-sandbox'],
		viewport: { width: 412, height: 915 },
		timezoneId: morningZone(),
		baseURL: server.url
	});
}

/**
 * Opens the site cold `RUNS` times (after one unmeasured launch): each a new browser on the same
 * profile, offline, the CPU slowed 4x, a new page. Resolves to the in-page time of READY in each.
 */
async function coldLaunches(profile, server, prepare) {
	const runs = [];
	for (let i = -1; i < RUNS; i++) {
		const context = await launch(profile, server);
		await context.setOffline(true);
		await prepare(context);
		const page = context.pages()[0] ?? (await context.newPage());
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const said = page.waitForEvent('console', {
			predicate: (m) => m.text().startsWith(READY),
			timeout: 30_000
		});
		await page.goto('/');
		const at = Number((await said).text().slice(READY.length));
		if (i >= 0) runs.push(at);
		await context.close();
	}
	return runs;
}

/** The floor: a page of one paragraph, served by a worker the same way. */
function oneParagraphSite(cleanUp) {
	const dir = mkdtempSync(join(tmpdir(), 'dgc-bench-paragraph-'));
	cleanUp.push(() => rmSync(dir, { recursive: true, force: true }));
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>p</title></head><body>` +
			`<p>One paragraph.</p><script>navigator.serviceWorker.register('/sw.js');` +
			`console.log(${JSON.stringify(READY)}, performance.now());</script></body></html>`
	);
	writeFileSync(
		join(dir, 'sw.js'),
		`addEventListener('install', (e) => e.waitUntil(caches.open('p').then((c) => c.add('/')).then(() => skipWaiting())));
addEventListener('activate', (e) => e.waitUntil(clients.claim()));
addEventListener('fetch', (e) => e.respondWith(caches.match(e.request).then((r) => r || fetch(e.request))));`
	);
	return dir;
}

/**
 * Launching the installed app cold: the browser starts afresh on a profile where the worker is
 * installed and a plan is stored, the network is gone, the CPU is slowed 4x, and a new page opens
 * the app. From the page's navigation to an interactive Today checklist (median of 5). Each run is
 * a new browser, so nothing of the last run is in memory; what is on disk (the worker's cache, V8's
 * code cache) is, as on a phone. The same for a one-paragraph page gives the floor no app can beat.
 */
export async function figures() {
	const cleanUp = [];
	try {
		const app = await measure(cleanUp, 'build', setUpPlan, (context) =>
			context.addInitScript(watchForChecklist, READY)
		);
		const floor = await measure(
			cleanUp,
			oneParagraphSite(cleanUp),
			async () => {},
			async () => {}
		);
		return [
			{
				label: 'cold launch offline, 4x CPU (median of 5)',
				value: Math.round(median(app)),
				unit: 'ms',
				budget: 500
			},
			{ label: 'cold launch, each run', value: app.map(Math.round).join(' '), unit: 'ms' },
			{
				label: 'the floor: a one-paragraph page, the same way',
				value: Math.round(median(floor)),
				unit: 'ms'
			}
		];
	} finally {
		for (const clean of cleanUp.reverse()) clean();
	}
}

/**
 * Serves `dir`, visits it once online on a fresh profile (installing its worker, then `setUp`), and
 * launches it cold `RUNS` times. `cleanUp` collects what to stop and remove afterwards.
 */
async function measure(cleanUp, dir, setUp, prepare) {
	const server = await serveBuild(PORT + cleanUp.length, dir);
	cleanUp.push(() => server.stop());
	const profile = mkdtempSync(join(tmpdir(), 'dgc-bench-profile-'));
	cleanUp.push(() => rmSync(profile, { recursive: true, force: true }));
	const install = await launch(profile, server);
	const page = install.pages()[0] ?? (await install.newPage());
	await page.goto('/');
	await setUp(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await install.close();
	return coldLaunches(profile, server, prepare);
}
