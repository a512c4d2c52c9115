/**
 * Import loops under src, type-only imports included: eslint's import-x/no-cycle skips
 * `import type`, and a loop through types still ties two modules together. `npm run check` runs
 * this; tests/unit/architecture.test.ts shows it bites.
 */
module.exports = {
	forbidden: [
		{
			name: 'no-import-loop',
			severity: 'error',
			comment: 'Modules import each other (perhaps through others): make the arrows point one way.',
			from: { path: '^src' },
			to: { circular: true }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^src/lib/paraglide|\\.svelte-kit' },
		// Type-only imports count: they are the loops import-x/no-cycle cannot see.
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		// Kit's $lib alias: the paths of Kit's generated tsconfig are not picked up through `extends`.
		webpackConfig: { fileName: 'scripts/depcruise-aliases.cjs' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte'],
			conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte']
		}
	}
};
