import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The domain suite runs once per zone: DST and offset bugs only show in some of them. */
export const TIME_ZONES = [
	'UTC',
	'Europe/Berlin',
	'America/New_York',
	'Asia/Kolkata',
	'Australia/Lord_Howe'
] as const;

export default defineConfig({
	plugins: [svelte()],
	resolve: {
		alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) }
	},
	test: {
		projects: [
			...TIME_ZONES.map((tz) => ({
				extends: true as const,
				test: {
					name: `domain ${tz}`,
					include: ['tests/unit/domain/**/*.test.ts'],
					env: { TZ: tz }
				}
			})),
			{
				// State runs on in-memory fakes of its ports: no IndexedDB here, so a state test that
				// reached for storage would fail.
				extends: true as const,
				test: {
					name: 'state',
					include: ['tests/unit/state/**/*.test.ts', 'tests/unit/pwa/**/*.test.ts'],
					env: { TZ: 'Europe/Berlin' }
				}
			},
			{
				// The push relay (Node): its stores, API and delivery, on SQLite and a real PostgreSQL.
				extends: true as const,
				test: {
					name: 'relay',
					include: ['tests/relay/**/*.test.ts'],
					globalSetup: ['tests/relay/global-setup.ts'],
					// The PostgreSQL tests share one database: one file at a time.
					fileParallelism: false,
					testTimeout: 20_000,
					hookTimeout: 30_000
				}
			},
			{
				extends: true as const,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/domain/**', 'tests/unit/state/**', 'tests/unit/pwa/**'],
					setupFiles: ['fake-indexeddb/auto'],
					env: { TZ: 'Europe/Berlin' }
				}
			}
		]
	}
});
