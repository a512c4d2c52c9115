import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// APP_VERSION overrides the package version (the update e2e builds a "next" version with it).
const appVersion: string =
	process.env.APP_VERSION ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
import type { ManifestOptions } from 'vite-plugin-pwa';
import svelteConfig from './svelte.config.js';

/** '' or a sub-path such as '/care' (BASE_PATH at build time); the app's root is `${base}/`. */
const base: string = svelteConfig.kit?.paths?.base ?? '';

/** The web app manifest (installability needs name, icons 192/512, start_url, display). */
const webManifest: Partial<ManifestOptions> = {
	id: `${base}/`,
	name: 'Deep Gluteal Care',
	short_name: 'Gluteal Care',
	description:
		'A daily home-care routine for deep gluteal syndrome and sciatic buttock pain: compresses, gentle stretches, sitting breaks and a pain diary. Works offline; your records stay on your device.',
	start_url: `${base}/`,
	scope: `${base}/`,
	display: 'standalone',
	orientation: 'portrait',
	theme_color: '#0f5f59',
	background_color: '#f7f7f4',
	lang: 'en',
	categories: ['health', 'medical'],
	icons: [
		{ src: `${base}/pwa-64x64.png`, sizes: '64x64', type: 'image/png' },
		{ src: `${base}/pwa-192x192.png`, sizes: '192x192', type: 'image/png' },
		{ src: `${base}/pwa-512x512.png`, sizes: '512x512', type: 'image/png' },
		{
			src: `${base}/maskable-icon-512x512.png`,
			sizes: '512x512',
			type: 'image/png',
			purpose: 'maskable'
		}
	]
};

/**
 * The first screen's boundary, declared once: the modules that the client hook, the root layout and
 * Today import statically. Whatever they reach only through `import()` loads after the first screen.
 */
const FIRST_SCREEN_ROOTS = [
	'src/hooks.client.ts',
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte'
];

/** Where the build writes which source modules went into which client chunk (`npm run bench` reads it). */
const KIT_OUT_DIR: string = svelteConfig.kit?.outDir ?? '.svelte-kit';
const CHUNK_REPORT = `${KIT_OUT_DIR}/output/chunk-modules.json`;

type ModuleGraph = (id: string) => { importedIds: readonly string[] } | null;

/** Every module reachable from `roots` through static imports only. */
function staticallyReachable(roots: readonly string[], getModuleInfo: ModuleGraph): Set<string> {
	const seen = new Set<string>();
	const queue = roots.map((root) => resolve(root));
	while (queue.length > 0) {
		const id = queue.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		queue.push(...(getModuleInfo(id)?.importedIds ?? []));
	}
	return seen;
}

/**
 * The app's own TypeScript modules that the first screen imports statically, as one file instead of
 * ten small ones (0.8 KB less gzip). Found from the module graph, so a moved or renamed file cannot
 * silently fall out of (or into) it; Svelte components stay with Kit's per-route chunks.
 */
function firstScreenChunk() {
	let reachable: Set<string> | null = null;
	const plugin: Plugin = {
		name: 'first-screen-chunk',
		buildStart: () => void (reachable = null),
		// Writes which source modules each client chunk holds, for the bench to print.
		writeBundle(_options, bundle) {
			if (this.environment?.name !== 'client') return;
			const report: Record<string, Record<string, number>> = {};
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				const sizes: Record<string, number> = {};
				for (const [id, module] of Object.entries(chunk.modules)) {
					const source = relative(process.cwd(), id.split('?')[0]!);
					if (!source.startsWith('..'))
						sizes[source] = (sizes[source] ?? 0) + module.renderedLength;
				}
				report[chunk.fileName] = sizes;
			}
			mkdirSync(`${KIT_OUT_DIR}/output`, { recursive: true });
			writeFileSync(CHUNK_REPORT, JSON.stringify(report, null, 1));
		}
	};
	const name = (id: string, ctx: { getModuleInfo: ModuleGraph }) => {
		reachable ??= staticallyReachable(FIRST_SCREEN_ROOTS, (m) => ctx.getModuleInfo(m));
		const own = id.startsWith(resolve('src')) && /\.ts$/.test(id);
		return own && reachable.has(id) ? 'today' : null;
	};
	return { plugin, name };
}

const firstScreen = firstScreenChunk();

export default defineConfig(({ mode, isSsrBuild }) => ({
	plugins: [
		sveltekit(),
		firstScreen.plugin,
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
				],
				// Icons only an install reads (the browser or the phone fetches them then, online): not
				// needed offline. The 192 and 64 px icons stay: notifications show them offline.
				globIgnores: [
					// Pages of reading (their text is in their JS too) and "page not found": the
					// worker renders them from the shell (200.html) instead of keeping a second copy
					// of their text, 20 KB of the precache.
					'prerendered/pages/**/about.html',
					'prerendered/pages/**/about-your-pain.html',
					'prerendered/pages/**/exercises.html',
					'prerendered/pages/**/404.html',
					'client/apple-touch-icon-*.png',
					'client/maskable-icon-*.png',
					'client/pwa-512x512.png'
				]
			},
			// The worker's precache names the start page `${base}/`, as the manifest does.
			kit: {
				includeVersionFile: true,
				base: `${base}/`,
				outDir: KIT_OUT_DIR,
				adapterFallback: '200.html',
				// Adds the shell to the precache (Kit writes it straight into the build, not where the
				// plugin looks), its revision from version.json: a new version, a new shell.
				spa: true
			},
			// Where Kit wrote the client (the plugin assumes .svelte-kit/output otherwise).
			outDir: resolve(KIT_OUT_DIR, 'output'),
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
								{ name: firstScreen.name, debugName: 'first-screen' }
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
