// Takes screenshots of the built app at phone and desktop size, light and dark, into docs/screenshots/.
// Usage: npm run build && node scripts/screenshots.mjs   (starts its own server on port 4175)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const PORT = 4175;
const OUT = 'docs/screenshots';
const pages = (process.env.PAGES ?? '/,/progress,/settings,/about').split(',');
const sizes = [
	{ name: 'phone', width: 360, height: 640, mobile: true },
	{ name: 'desktop', width: 1280, height: 800, mobile: false }
];

mkdirSync(OUT, { recursive: true });
const server = spawn('node', ['scripts/serve.mjs'], {
	env: { ...process.env, PORT: String(PORT) }
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
	executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
try {
	for (const size of sizes) {
		for (const scheme of ['light', 'dark']) {
			const context = await browser.newContext({
				viewport: { width: size.width, height: size.height },
				deviceScaleFactor: size.mobile ? 2 : 1,
				isMobile: size.mobile,
				hasTouch: size.mobile,
				colorScheme: scheme
			});
			const page = await context.newPage();
			for (const path of pages) {
				await page.goto(`http://127.0.0.1:${PORT}${path}`);
				await page.waitForLoadState('networkidle');
				const slug = path === '/' ? 'today' : path.slice(1).replaceAll('/', '-');
				await page.screenshot({ path: `${OUT}/${slug}-${size.name}-${scheme}.png` });
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.kill();
}
