// Starts scripts/serve.mjs on a port for a build folder and waits until it is listening. Used by the
// bench and by the update e2e, which serves a build it can swap under an open app.
import { spawn } from 'node:child_process';

/**
 * Serves `dir` (default build/) on `port` until `stop()`. With `https`, over HTTPS and HTTP/2 with a
 * throwaway self-signed certificate (a browser must be told to accept it).
 */
export async function serveBuild(port, dir = 'build', { https = false, base = '' } = {}) {
	const tls = https ? await throwawayCertificate() : {};
	const server = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: dir, BASE_PATH: base, ...tls },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const stop = () => server.kill();
	// serve.mjs prints one line once it listens.
	const listening = await new Promise((resolve) => {
		server.stdout.once('data', () => resolve(true));
		server.once('exit', () => resolve(false));
		setTimeout(() => resolve(false), 10_000);
	});
	server.stdout.resume();
	if (!listening) {
		stop();
		throw new Error(`the server on port ${port} did not start`);
	}
	return { url: `${https ? 'https' : 'http'}://127.0.0.1:${port}${base}/`, stop };
}

async function throwawayCertificate() {
	const { generate } = await import('selfsigned');
	const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
		keyType: 'ec',
		algorithm: 'sha256'
	});
	return { TLS_KEY: pems.private, TLS_CERT: pems.cert };
}
