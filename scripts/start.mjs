// `npm start`: builds the app and the relay quietly (the build's own output only if it fails), then
// serves both from one process (scripts/serve.mjs --relay) and says where to open it.
import { spawnSync } from 'node:child_process';

console.log('Building the app and its reminder relay (about a minute)...');
const build = spawnSync('npm', ['run', '--silent', 'build'], {
	encoding: 'utf8',
	shell: process.platform === 'win32',
	maxBuffer: 64 * 1024 * 1024
});
if (build.status !== 0) {
	process.stdout.write(build.stdout ?? '');
	process.stderr.write(build.stderr ?? '');
	console.error('The build failed (its output is above).');
	process.exit(build.status ?? 1);
}
process.argv.push('--relay');
await import('./serve.mjs');
