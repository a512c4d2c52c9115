// @ts-check
/**
 * Mutation testing of the safety-critical domain (`npm run test:mutation`, not part of `npm test`).
 * Scores to keep: safety, triage, progression and skin-events at least 95 %, plan at least 85 %.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts' },
	mutate: [
		'src/lib/domain/safety.ts',
		'src/lib/domain/triage.ts',
		'src/lib/domain/progression.ts',
		'src/lib/domain/plan.ts',
		'src/lib/domain/warning-sign-merge.ts',
		'src/lib/domain/skin-events.ts',
		// Issue 24: the numbers to call, by the locale's region.
		'src/lib/content/help-numbers.ts'
	],
	coverageAnalysis: 'perTest',
	concurrency: 2,
	reporters: ['clear-text', 'progress', 'html'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	thresholds: { high: 95, low: 85, break: 85 },
	// The sandbox leaves out what .gitignore lists; tsconfig.json extends SvelteKit's generated one.
	ignorePatterns: [
		'!/.svelte-kit/tsconfig.json',
		'!/.svelte-kit/ambient.d.ts',
		'!/.svelte-kit/types/'
	],
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always'
};
