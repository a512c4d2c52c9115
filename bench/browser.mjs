// Shared by the browser figures: a Chromium, and the median.
export { serveBuild } from '../scripts/serve-build.mjs';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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
