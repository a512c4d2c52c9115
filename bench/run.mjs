// `npm run bench`: prints the performance figures of design.md's budget, one a line, beside the budget.
// It builds first when build/ is missing or older than the sources. It prints figures; it asserts nothing.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';

function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

function buildIfNeeded() {
	const stale =
		!existsSync(join(BUILD, 'index.html')) ||
		statSync(join(BUILD, 'index.html')).mtimeMs <
			Math.max(newestMtime('src'), newestMtime('static'));
	if (stale) {
		console.log('building the production app first...');
		execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
	}
}

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** JS and CSS the browser fetches to show the first screen (Today), from the prerendered HTML. */
function firstScreenAssets() {
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const hrefs = new Set();
	// Disabled links are Kit's bookkeeping for inlined CSS: the browser does not load them.
	for (const m of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"[^>]*>/g))
		if (!/\sdisabled[\s>]/.test(m[0])) hrefs.add(m[1]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) hrefs.add(m[1]);
	const files = [...hrefs].map((href) => join(BUILD, href.replace(/^\.?\//, '')));
	return {
		js: files.filter((f) => f.endsWith('.js')),
		css: files.filter((f) => f.endsWith('.css'))
	};
}

/**
 * The app's own source modules in the first screen's chunks, from the report the build writes
 * (vite.config.ts): a module that should load later shows up here the day it stops doing so.
 */
function printFirstScreenModules(files) {
	const report = JSON.parse(readFileSync('.svelte-kit/output/chunk-modules.json', 'utf8'));
	const loaded = new Set(files.map((f) => f.replace(/^build[\\/]/, '')));
	const modules = Object.entries(report)
		.filter(([file]) => loaded.has(file))
		.flatMap(([, sizes]) => Object.entries(sizes).filter(([id]) => id.startsWith('src/')))
		.sort(([a], [b]) => (a < b ? -1 : 1));
	console.log(`  the app's own modules in it (${modules.length}; minified size before gzip):`);
	for (const [id, bytes] of modules)
		console.log(`    ${id.padEnd(56)} ${kb(bytes).padStart(6)} KB`);
}

/** The files the service worker precaches, from the manifest injected into it. */
function precachedFiles() {
	const worker = readFileSync(join(BUILD, 'service-worker.js'), 'utf8');
	return [...worker.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => {
		const path = url === '/' ? 'index.html' : url;
		const file = join(BUILD, path);
		return existsSync(file) && statSync(file).isFile() ? file : `${file}.html`;
	});
}

/** One figure a line; `budget` is a ceiling, `atLeast` a floor (scores). */
function line(label, value, unit, budget, atLeast) {
	let verdict = '';
	if (budget !== undefined) {
		verdict = `  budget <= ${budget} ${unit}  ${Number(value) <= budget ? '(within)' : '(OVER BUDGET)'}`;
	} else if (atLeast !== undefined) {
		verdict = `  budget >= ${atLeast}  ${Number(value) >= atLeast ? '(within)' : '(UNDER BUDGET)'}`;
	}
	console.log(`${label.padEnd(48)} ${String(value).padStart(8)} ${unit.padEnd(5)}${verdict}`);
}

buildIfNeeded();
const first = firstScreenAssets();
const precache = precachedFiles();
const sum = (files) => files.reduce((total, f) => total + gzipBytes(f), 0);

line('first-screen JS (gzip)', kb(sum(first.js)), 'KB', 45);
printFirstScreenModules(first.js);
// CSS is inlined into the HTML (kit.inlineStyleThreshold); count it with any linked file.
const inlineCss = [
	...readFileSync(join(BUILD, 'index.html'), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)
]
	.map((m) => m[1])
	.join('');
const inlineCssBytes = inlineCss ? gzipSync(inlineCss, { level: 9 }).length : 0;
line('first-screen CSS (gzip)', kb(sum(first.css) + inlineCssBytes), 'KB', 8);
line('precache total (gzip)', kb(sum(precache)), 'KB', 200);
line('precached files', precache.length, 'files');

// The figures measured in Node first, then those that run a browser, so Chromium's leftover work
// never slows the timings of plan generation and History.
const ORDER = ['plan.mjs', 'history.mjs', 'offline-today.mjs', 'cold-launch.mjs', 'lighthouse.mjs'];
const extra = join('bench', 'figures');
const modules = readdirSync(extra)
	.filter((n) => n.endsWith('.mjs') && n !== 'runner.mjs')
	.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
for (const name of modules) {
	const { figures } = await import(`./figures/${name}`);
	for (const f of await figures()) line(f.label, f.value, f.unit, f.budget, f.atLeast);
}
