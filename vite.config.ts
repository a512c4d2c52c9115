import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

// APP_VERSION overrides the package version (the update e2e builds a "next" version with it).
const appVersion: string =
	process.env.APP_VERSION ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest (installability needs name, icons 192/512, start_url, display). */
const webManifest: Partial<ManifestOptions> = {
	id: '/',
	name: 'Deep Gluteal Care',
	short_name: 'Gluteal Care',
	description:
		'A daily home-care routine for deep gluteal syndrome and sciatic buttock pain: compresses, gentle stretches, sitting breaks and a pain diary. Works offline; your records stay on your device.',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'portrait',
	theme_color: '#0f5f59',
	background_color: '#f7f7f4',
	lang: 'en',
	categories: ['health', 'medical'],
	icons: [
		{ src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
		{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
		{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
		{ src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
};

export default defineConfig(({ mode, isSsrBuild }) => ({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			registerType: 'prompt',
			injectRegister: false,
			manifest: webManifest,
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest}',
					'prerendered/**/*.{html,json}'
				]
			},
			kit: { includeVersionFile: true },
			devOptions: { enabled: false }
		})
	],
	// workbox-* read process.env.NODE_ENV; the worker bundle has no process (vite-pwa #100, #101).
	define: {
		__APP_VERSION__: JSON.stringify(appVersion),
		'process.env.NODE_ENV': JSON.stringify(mode === 'production' ? 'production' : 'development')
	},
	build: {
		rolldownOptions: isSsrBuild
			? {}
			: {
					output: {
						codeSplitting: {
							groups: [
								{
									name: 'framework',
									test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|idb|clsx)[\\/]/
								},
								// The app's own modules that Today needs, as one file instead of ten small ones
								// (0.8 KB less gzip). List only first-screen modules: one listed here is loaded
								// with Today, and the bench's first-screen figure shows it.
								{
									name: 'today',
									test: /src[\\/]lib[\\/](state[\\/](app-state\.svelte|context|day-items|lazily|clock|database)|storage[\\/](database|errors|repositories|schema|launch-hint|migrations[\\/].*)|domain[\\/](reminder-settings|local-time)|content[\\/](messages|sitting-breaks)|pwa[\\/]context|reminders[\\/]lazy-sink)\.ts$/
								}
							]
						}
					}
				},
		// A lazy chunk's JS imports are fetched when it runs (from the worker's cache, so quickly)
		// instead of being listed in every chunk that may load it; those lists cost the first screen
		// about 0.3 KB. CSS stays listed so a lazy component never shows unstyled.
		modulePreload: {
			resolveDependencies: (_file: string, deps: string[]) => deps.filter((d) => d.endsWith('.css'))
		}
	},
	preview: { port: 4173, strictPort: true }
}));
