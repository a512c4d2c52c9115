import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layer rules of design.md: a wrong import arrow fails `npm run check`, not a review.
const idb = {
	group: ['idb', 'idb/*'],
	message: 'Only src/lib/storage talks to IndexedDB; go through a repository.'
};
const storage = {
	group: ['$lib/storage', '$lib/storage/*', '**/storage/*'],
	message:
		'Only the composition root (src/lib/app/) and the service worker know storage; state gets repositories through ports.'
};
const framework = {
	group: ['svelte', 'svelte/*', '$app/*', '$env/*', '@sveltejs/*'],
	message: 'The domain is plain TypeScript: no framework modules.'
};
const outerLayers = {
	group: [
		'$lib/content',
		'$lib/content/*',
		'$lib/reminders',
		'$lib/reminders/*',
		'$lib/pwa',
		'$lib/pwa/*',
		'$lib/state',
		'$lib/state/*',
		'$lib/components',
		'$lib/components/*'
	],
	message: 'The domain depends on nothing outside src/lib/domain; pass data in.'
};
const workerBridge = {
	group: ['virtual:pwa-register', 'virtual:pwa-register/*', 'workbox-window'],
	message: 'Talk to the service worker through src/lib/pwa only.'
};
const browserGlobals = [
	'window',
	'document',
	'navigator',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'location',
	'Notification',
	'self'
].map((name) => ({
	name,
	message: 'The domain has no browser APIs; receive what it needs as a parameter.'
}));

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: false,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// State classes replace Dates and Sets wholesale (never mutate them), so the plain ones are right.
		files: ['src/lib/state/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// No import loops anywhere in the app, type imports included: a loop means two modules that
		// cannot be understood (or loaded lazily) apart.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			'import-x/parsers': {
				'svelte-eslint-parser': ['.svelte'],
				'@typescript-eslint/parser': ['.ts']
			}
		},
		rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
	},
	{
		files: ['src/**'],
		ignores: ['src/lib/pwa/**', 'src/lib/app/**', 'src/service-worker.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [idb, storage, workerBridge] }] }
	},
	{
		// The composition root builds the state on the storage adapters.
		files: ['src/lib/app/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [idb, workerBridge] }] }
	},
	{
		files: ['src/lib/storage/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [workerBridge] }] }
	},
	{
		files: ['src/lib/pwa/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [idb, storage] }] }
	},
	{
		// The worker records notification actions itself when no window is open.
		files: ['src/service-worker.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [idb, workerBridge] }] }
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [idb, storage, framework, outerLayers, workerBridge] }
			],
			'no-restricted-globals': ['error', ...browserGlobals],
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'The domain receives `now`; never read the clock.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'The domain receives `now`; never read the clock.'
				}
			]
		}
	},
	{
		files: ['src/lib/content/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						idb,
						storage,
						framework,
						workerBridge,
						{
							group: [
								'$lib/reminders',
								'$lib/reminders/*',
								'$lib/pwa',
								'$lib/pwa/*',
								'$lib/state',
								'$lib/state/*',
								'$lib/components',
								'$lib/components/*'
							],
							message: 'Content is data typed by the domain; it imports only the domain.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/service-worker.ts'],
		languageOptions: { globals: { ...globals.serviceworker } }
	},
	{
		// The relay is a server of its own: it shares only its HTTP protocol with the app, never the app.
		files: ['relay/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib', '$lib/*', '**/src/lib/**', '**/src/**'],
							message: 'The relay never imports the app (the page imports relay/src/protocol.ts).'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'dist/',
			'relay/dist/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/results/',
			'static/',
			'reports/',
			'.stryker-tmp/'
		]
	}
);
