import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// app.html's one inline script (the launch hint: does this device hold a plan?) is allowed by its
// hash, computed from the file so the two never drift apart.
const launchHint = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1];
/** @type {`sha256-${string}`} */
const launchHintHash = `sha256-${createHash('sha256')
	.update(launchHint ?? '')
	.digest('base64')}`;
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePathFrom } from './scripts/base-path.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte's version stamp on `window` is a few bytes of first-screen JS that nothing reads.
	compilerOptions: { discloseVersion: false },
	kit: {
		// Every route is prerendered (see src/routes/+layout.ts). The fallback is an empty shell that
		// renders any route in the browser: the worker serves it, offline, for the pages it does not
		// precache (the reading pages and "page not found"; see vite.config.ts).
		// BUILD_DIR lets the update e2e build a second version beside the one it serves.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: '200.html',
			strict: true,
			// .br and .gz beside each file, as a static host serves them (scripts/serve.mjs does too).
			precompress: true
		}),
		// Absolute asset paths: the "page not found" page is served at any depth (/a/b/c), where
		// relative ones would point at files that do not exist.
		paths: { relative: false, base: basePathFrom(process.env.BASE_PATH) },
		// KIT_OUT_DIR lets an e2e build another variant (a sub-path) while the main build is served.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The PWA plugin registers the worker through workbox-window (src/lib/pwa).
		serviceWorker: { register: false },
		// Route and component CSS (each under 4 KB) is inlined: it costs no request before first
		// paint. The shared stylesheet (app.css and the layout, 4.6 KB) is one linked file instead:
		// inlined, every prerendered page carried a copy, 14 KB of the offline precache's budget.
		inlineStyleThreshold: 4 * 1024,
		// Kit hashes its own inline bootstrap script into this meta-tag policy.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', launchHintHash],
				// Svelte sets style attributes at run time (transitions, progress bars).
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
