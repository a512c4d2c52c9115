// `node bench/trace-cold-launch.mjs [build-dir]`: one cold launch of the app as bench/figures/
// cold-launch.mjs measures it, traced. Writes bench/results/cold-launch-trace.json (open it in
// Chrome DevTools' Performance panel) and prints the page's main-thread tasks of 10 ms or more,
// with what each spent most of its time on. Not part of `npm run bench`: tracing slows the page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, serveBuild } from './browser.mjs';
import { morningZone, READY, setUpPlan, watchForChecklist } from './today-page.mjs';

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8',
	'v8.execute',
	'loading',
	'blink.user_timing'
].join(',');
const WORK = [
	'ParseHTML',
	'EvaluateScript',
	'v8.compileModule',
	'v8.evaluateModule',
	'RunMicrotasks',
	'FunctionCall',
	'UpdateLayoutTree',
	'Layout',
	'Paint',
	'Commit',
	'TimerFire',
	'EventDispatch'
];

const server = await serveBuild(4183, process.argv[2] ?? 'build');
const profile = mkdtempSync(join(tmpdir(), 'dgc-trace-profile-'));
const launch = () =>
	chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: ['--no-sandbox'],
		viewport: { width: 412, height: 915 },
		timezoneId: morningZone(),
		baseURL: server.url
	});
try {
	const setup = await launch();
	const first = setup.pages()[0] ?? (await setup.newPage());
	await first.goto('/');
	await setUpPlan(first);
	await first.evaluate(() => navigator.serviceWorker.ready);
	await setup.close();
	let events = [];
	let ready = '';
	// The first offline launch warms the caches on disk; the second is traced.
	for (let i = 0; i < 2; i++) {
		const context = await launch();
		await context.setOffline(true);
		await context.addInitScript(watchForChecklist, READY);
		const page = context.pages()[0] ?? (await context.newPage());
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		events = [];
		cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
		const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
		const said = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(READY) });
		await page.goto('/');
		ready = (await said).text();
		await cdp.send('Tracing.end');
		await complete;
		await context.close();
	}
	mkdirSync('bench/results', { recursive: true });
	writeFileSync('bench/results/cold-launch-trace.json', JSON.stringify({ traceEvents: events }));
	console.log(`${ready} ms (traced, so slower than the bench's figure)`);
	summarize(events);
} finally {
	server.stop();
	rmSync(profile, { recursive: true, force: true });
}

/** The renderer main thread's tasks of 10 ms or more, from navigation start. */
function summarize(events) {
	const start = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const onMain = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid);
	const tasks = onMain
		.filter((e) => e.name === 'RunTask' && e.ts >= start)
		.sort((a, b) => a.ts - b.ts);
	console.log('   at    ms  spent on (ms)');
	for (const task of tasks) {
		if (task.dur < 10_000) continue;
		const inside = onMain.filter(
			(e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && WORK.includes(e.name)
		);
		const spent = {};
		for (const e of inside) spent[e.name] = (spent[e.name] ?? 0) + e.dur / 1000;
		const top = Object.entries(spent)
			.sort(([, a], [, b]) => b - a)
			.slice(0, 3)
			.map(([name, ms]) => `${name} ${Math.round(ms)}`)
			.join(', ');
		const at = String(Math.round((task.ts - start) / 1000)).padStart(5);
		console.log(`${at} ${String(Math.round(task.dur / 1000)).padStart(5)}  ${top}`);
	}
}
