// Shared by the browser figures: the production build served on its own port, and a Chromium.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Serves build/ with scripts/serve.mjs (as `npm start` does) until `stop()`. */
export async function serveBuild(port) {
	const server = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: String(port) },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 100; i++) {
		const up = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (up) return { url, stop: () => server.kill() };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`the bench server on port ${port} did not start`);
}

/** Playwright's own Chromium if installed, else the distribution's (as playwright.config.ts). */
export function chromiumPath() {
	try {
		const managed = chromium.executablePath();
		if (managed && existsSync(managed)) return managed;
	} catch {
		// no managed browser
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	throw new Error(
		'No Chromium found (npx playwright install chromium, or apt-get install chromium).'
	);
}

export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};
