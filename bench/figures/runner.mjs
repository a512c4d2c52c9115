import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** Imports a TypeScript bench module through Vite, with the app's `$lib` alias. */
export async function importTs(path) {
	const { module } = await runnerImport(path, {
		configFile: false,
		logLevel: 'silent',
		resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } }
	});
	return module;
}
