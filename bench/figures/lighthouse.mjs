import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumPath, median, serveBuild } from '../browser.mjs';

const RUNS = 3;

/**
 * Lighthouse 12 on Today as a first visit (mobile emulation, default simulated throttling), median of
 * 3. Each run starts with cleared storage, so Today shows the welcome card, the screen a new person
 * loads; the offline figure measures Today with a plan.
 *
 * The build is served as a static host serves it: HTTPS, HTTP/2, brotli. Lighthouse's simulation
 * models the connections it observed, so a plain HTTP/1.1 localhost server would be measured as if
 * every script needed a new connection of its own, which no deployed copy of the app does.
 */
export async function figures() {
	const server = await serveBuild(4176, 'build', { https: true });
	// chrome-launcher, as the Lighthouse CLI uses: Playwright's launch flags turn off the bfcache.
	const browser = await launch({
		chromePath: chromiumPath(),
		// The certificate is a throwaway self-signed one made for this run.
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors']
	});
	const runs = [];
	try {
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(server.url, {
				port: browser.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices']
			});
			const { categories, audits } = result.lhr;
			runs.push({
				performance: categories.performance.score * 100,
				accessibility: categories.accessibility.score * 100,
				bestPractices: categories['best-practices'].score * 100,
				fcp: audits['first-contentful-paint'].numericValue,
				lcp: audits['largest-contentful-paint'].numericValue,
				tbt: audits['total-blocking-time'].numericValue,
				cls: audits['cumulative-layout-shift'].numericValue,
				failed: Object.values(audits)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
					.map((a) => a.id)
			});
		}
	} finally {
		browser.kill();
		server.stop();
	}
	const m = (key) => median(runs.map((r) => r[key]));
	const failed = [...new Set(runs.flatMap((r) => r.failed))];
	const score = (label, key) => ({ label, value: m(key), unit: '', atLeast: 100 });
	return [
		score('Lighthouse performance (mobile, median of 3)', 'performance'),
		score('Lighthouse accessibility', 'accessibility'),
		score('Lighthouse best practices', 'bestPractices'),
		{ label: 'Lighthouse FCP', value: (m('fcp') / 1000).toFixed(2), unit: 's' },
		{ label: 'Lighthouse LCP', value: (m('lcp') / 1000).toFixed(2), unit: 's', budget: 1.5 },
		{ label: 'Lighthouse TBT', value: Math.round(m('tbt')), unit: 'ms' },
		{ label: 'Lighthouse CLS', value: m('cls').toFixed(3), unit: '' },
		...(failed.length > 0
			? [
					{
						label: `Lighthouse failing audits: ${failed.join(', ')}`,
						value: failed.length,
						unit: ''
					}
				]
			: [])
	];
}
