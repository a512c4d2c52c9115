import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:mutation`: the domain suite in one time zone, for StrykerJS (which runs it once per
// mutant; the five-zone run of `npm test` would multiply its time by five for no more mutants).
export default defineConfig({
	plugins: [svelte()],
	resolve: {
		alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) }
	},
	test: {
		include: ['tests/unit/domain/**/*.test.ts', 'tests/unit/content/**/*.test.ts'],
		env: { TZ: 'Europe/Berlin' }
	}
});
