// Starts scripts/serve.mjs on a port for a build folder and waits until it answers. Used by the bench
// and by the update e2e, which serves a build it can swap under an open app.
import { spawn } from 'node:child_process';

/** Serves `dir` (default build/) on `port` until `stop()`. */
export async function serveBuild(port, dir = 'build') {
	const server = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: dir },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 100; i++) {
		const up = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (up) return { url, stop: () => server.kill() };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`the server on port ${port} did not start`);
}
