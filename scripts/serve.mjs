// Serves the production build (build/) the way a static host would: prerendered /x is build/x.html,
// text sent brotli- or gzip-compressed. With TLS_KEY and TLS_CERT (PEM text) it speaks HTTPS and
// HTTP/2 as a deployed site does; the bench measures Lighthouse that way (bench/figures/lighthouse.mjs).
// `vite preview` does not pick up a rebuilt service worker and does not map build/ as-is (platform-notes.md).
// With --relay it also serves the push relay under /relay/v1/ on the same origin (`npm start`), from
// relay/dist (built by `npm run build`), configured by the environment (README).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { networkInterfaces } from 'node:os';
import { basePathFrom } from './base-path.js';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const args = process.argv.slice(2);
const host = args.includes('--host') ? '0.0.0.0' : '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
// A build made with BASE_PATH=/care is served under /care/, as a static host would.
const base = basePathFrom(process.env.BASE_PATH);

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

if (!existsSync(root)) {
	console.error(`No build found at ${root}. Run "npm run build" first.`);
	process.exit(1);
}

const relay = args.includes('--relay') ? await startRelay() : null;

async function startRelay() {
	const [{ startRelay }, { relayConfigFrom }, { getRequestListener }] = await Promise.all([
		import('../relay/dist/relay.js'),
		import('../relay/dist/config.js'),
		import('@hono/node-server')
	]);
	const started = await startRelay(relayConfigFrom(process.env));
	const listener = getRequestListener(started.fetch);
	const metricsListener = getRequestListener(started.metrics);
	return { listener, metricsListener, close: () => started.close() };
}

/**
 * SIGTERM (a deploy, `docker stop`, systemd): stop taking requests, let the sends under way end
 * (the relay's close drains them), then exit; whatever still hangs after 10 s is cut.
 */
function stopOnSignal() {
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		setTimeout(() => process.exit(1), 10_000).unref();
		server.close();
		server.closeIdleConnections?.();
		await relay?.close();
		process.exit(0);
	};
	process.once('SIGTERM', () => void stop());
	process.once('SIGINT', () => void stop());
}

/** The file the address names, or undefined; null when the address is not a valid path at all. */
function resolveFile(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null; // an invalid percent escape (/%FF, /%): no file has that name
	}
	if (decoded.includes('\0')) return null;
	const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, safe)];
	if (safe.endsWith('/')) candidates.push(join(root, safe, 'index.html'));
	else candidates.push(join(root, `${safe}.html`), join(root, safe, 'index.html'));
	return candidates.find(
		(file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile()
	);
}

/** The precompressed copy the build holds for `file` that the client accepts: brotli, then gzip. */
function encodedCopy(file, acceptEncoding = '') {
	const accepted = new Set(
		acceptEncoding
			.split(',')
			.map((part) => part.trim().split(';'))
			.filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
			.map(([coding]) => coding.trim().toLowerCase())
	);
	for (const [coding, suffix] of [
		['br', '.br'],
		['gzip', '.gz']
	])
		if (accepted.has(coding) && existsSync(file + suffix)) return { coding, file: file + suffix };
	return { coding: undefined, file };
}

/** Answers a request the server cannot serve, in plain words. */
function refuse(res, status, message, headers = {}) {
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
	res.end(message);
}

/**
 * Every request, whatever it holds: a fault while answering one is logged and answered 500, and
 * never stops the server (a proxy passes any address through, and nothing restarts the process).
 */
function handle(req, res) {
	try {
		serveFile(req, res);
	} catch (error) {
		console.error(
			`${new Date().toISOString()} server: ${req.method} failed: ${error?.stack ?? error}`
		);
		if (!res.headersSent) refuse(res, 500, 'The server failed; try again.');
		else res.destroy();
	}
}

/** Streams `file` to `res`; a read that fails midway ends the response instead of the process. */
function send(file, res) {
	createReadStream(file)
		.on('error', (error) => {
			console.error(`${new Date().toISOString()} server: reading a file failed: ${error.message}`);
			if (!res.headersSent) refuse(res, 500, 'The server failed; try again.');
			else res.destroy();
		})
		.pipe(res);
}

function serveFile(req, res) {
	let url;
	try {
		url = new URL(req.url ?? '/', 'http://localhost');
	} catch {
		return refuse(res, 400, 'Bad request: the address is not valid.');
	}
	if (base && (url.pathname === '/' || url.pathname === base)) {
		res.writeHead(301, { location: `${base}/` });
		res.end();
		return;
	}
	// The operator's metrics, at the server's root whatever the app's sub-path (404 unless allowed).
	if (relay && url.pathname === '/metrics') return relay.metricsListener(req, res);
	// The path inside the app: /care/progress is progress; outside the sub-path nothing is found.
	const inside = url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : null;
	if (relay && inside?.startsWith('/relay/')) {
		if (base) req.url = inside + url.search; // the relay answers on its own paths
		return relay.listener(req, res);
	}
	if (req.method !== 'GET' && req.method !== 'HEAD')
		return refuse(res, 405, 'Only GET and HEAD are served here.', { allow: 'GET, HEAD' });
	const file = inside === null ? undefined : resolveFile(inside);
	if (file === null) return refuse(res, 400, 'Bad request: the address is not a valid path.');
	if (!file) {
		// As static hosts do: the app's own "page not found" (build/404.html), with status 404.
		const notFound = join(root, '404.html');
		if (existsSync(notFound)) {
			res.writeHead(404, { 'content-type': types['.html'], 'cache-control': 'no-cache' });
			send(notFound, res);
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Not found');
		return;
	}
	const isWorker = inside === '/service-worker.js' || inside === '/sw.js';
	const immutable = inside.startsWith('/_app/immutable/');
	// Static hosts send text compressed; the bench's network figures depend on it.
	const body = encodedCopy(file, req.headers['accept-encoding']);
	res.writeHead(200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		vary: 'accept-encoding',
		...(body.coding ? { 'content-encoding': body.coding } : {}),
		// The worker and HTML must be revalidated so updates are seen; hashed assets never change.
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		...(isWorker ? { 'service-worker-allowed': `${base}/` } : {})
	});
	send(body.file, res);
}

const tls = process.env.TLS_KEY && process.env.TLS_CERT;
const server = tls
	? createSecureServer(
			{ key: process.env.TLS_KEY, cert: process.env.TLS_CERT, allowHTTP1: true },
			handle
		)
	: createServer(handle);

/** This computer's addresses on the local network, for a phone on the same network. */
function lanAddresses() {
	return Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && a.family === 'IPv4' && !a.internal)
		.map((a) => a.address);
}

stopOnSignal();

server.listen(port, host, () => {
	const scheme = tls ? 'https' : 'http';
	console.log(
		`Deep Gluteal Care is running at ${scheme}://localhost:${port}${base}/` +
			(relay ? ` (with the reminder relay at ${base}/relay/v1/)` : '')
	);
	if (host === '0.0.0.0') {
		for (const address of lanAddresses())
			console.log(`On a phone on the same network: ${scheme}://${address}:${port}${base}/`);
	} else {
		console.log('To open it on your phone, start it with --host (npm start -- --host).');
	}
	if (!tls)
		console.log(
			'A phone needs HTTPS to install the app and use it offline: serve it behind a reverse proxy with a certificate (README, "Publish it").'
		);
});
