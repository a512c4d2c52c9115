// scripts/serve.mjs serves `npm start`, the e2e tests and the bench the way a static host would.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as http1 } from 'node:http';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild } from '../../../scripts/serve-build.mjs';

const PAGE = '<!doctype html><title>Today</title>'.repeat(20);

/** A tiny build: an index page with its precompressed copies, a route page and a script. */
function fakeBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
	writeFileSync(join(dir, 'index.html'), PAGE);
	writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(PAGE));
	writeFileSync(join(dir, 'index.html.gz'), gzipSync(PAGE));
	writeFileSync(join(dir, 'settings.html'), '<title>Settings</title>');
	mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
	writeFileSync(join(dir, '_app', 'immutable', 'a.js'), 'export {};');
	return dir;
}

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = http1(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('scripts/serve.mjs over HTTP', () => {
	let server: Awaited<ReturnType<typeof serveBuild>>;
	beforeAll(async () => {
		server = await serveBuild(4301, fakeBuild());
	});
	afterAll(() => server.stop());

	it.each([
		['br', 'gzip, deflate, br', 'br'],
		['gzip when brotli is not accepted', 'gzip, deflate', 'gzip'],
		['gzip when brotli is refused with q=0', 'br;q=0, gzip', 'gzip'],
		['the plain file when nothing is accepted', '', undefined]
	])('sends %s', async (_, acceptEncoding, expected) => {
		const reply = await get(server.url, { 'accept-encoding': acceptEncoding });
		expect(reply.status).toBe(200);
		expect(reply.headers['content-encoding']).toBe(expected);
		expect(reply.headers.vary).toBe('accept-encoding');
		const decoded =
			expected === 'br'
				? brotliDecompressSync(reply.body)
				: expected === 'gzip'
					? gunzipSync(reply.body)
					: reply.body;
		expect(decoded.toString()).toBe(PAGE);
	});

	it('maps /settings to settings.html, and sends files with no compressed copy as they are', async () => {
		const reply = await get(`${server.url}settings`, { 'accept-encoding': 'br' });
		expect(reply.headers['content-encoding']).toBeUndefined();
		expect(reply.body.toString()).toBe('<title>Settings</title>');
	});

	it('marks hashed assets immutable and pages no-cache', async () => {
		expect((await get(`${server.url}_app/immutable/a.js`)).headers['cache-control']).toContain(
			'immutable'
		);
		expect((await get(server.url)).headers['cache-control']).toBe('no-cache');
	});

	it('answers 404 for a missing file and never serves outside the build', async () => {
		expect((await get(`${server.url}missing.js`)).status).toBe(404);
		expect((await get(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
	});
});

describe('scripts/serve.mjs over HTTPS', () => {
	it('speaks HTTP/2 with a throwaway certificate, as a deployed copy does', async () => {
		const server = await serveBuild(4302, fakeBuild(), { https: true });
		try {
			expect(server.url).toBe('https://127.0.0.1:4302/');
			const session = connect(server.url, { rejectUnauthorized: false });
			const reply = await new Promise<{ status: number; encoding: unknown; body: Buffer }>(
				(resolve, reject) => {
					const stream = session.request({ ':path': '/', 'accept-encoding': 'br' });
					let status = 0;
					let encoding: unknown;
					const chunks: Buffer[] = [];
					stream.on('response', (headers) => {
						status = Number(headers[':status']);
						encoding = headers['content-encoding'];
					});
					stream.on('data', (c: Buffer) => chunks.push(c));
					stream.on('end', () => resolve({ status, encoding, body: Buffer.concat(chunks) }));
					stream.on('error', reject);
				}
			);
			session.close();
			expect(reply.status).toBe(200);
			expect(reply.encoding).toBe('br');
			expect(brotliDecompressSync(reply.body).toString()).toBe(PAGE);
		} finally {
			server.stop();
		}
	});
});

describe('scripts/serve.mjs under a sub-path (BASE_PATH)', () => {
	let server: Awaited<ReturnType<typeof serveBuild>>;
	beforeAll(async () => {
		const dir = fakeBuild();
		writeFileSync(join(dir, 'service-worker.js'), 'self;');
		server = await serveBuild(4303, dir, { base: '/care' });
	});
	afterAll(() => server.stop());

	it('serves the build at /care/ and its pages under it', async () => {
		expect(server.url).toBe('http://127.0.0.1:4303/care/');
		expect((await get(server.url)).body.toString()).toBe(PAGE);
		expect((await get(`${server.url}settings`)).body.toString()).toBe('<title>Settings</title>');
		expect((await get(`${server.url}_app/immutable/a.js`)).headers['cache-control']).toContain(
			'immutable'
		);
	});

	it('sends the root and the bare path to /care/, and finds nothing outside it', async () => {
		for (const path of ['/', '/care']) {
			const reply = await get(`http://127.0.0.1:4303${path}`);
			expect(reply.status).toBe(301);
			expect(reply.headers.location).toBe('/care/');
		}
		expect((await get('http://127.0.0.1:4303/settings')).status).toBe(404);
		expect((await get('http://127.0.0.1:4303/carex/settings')).status).toBe(404);
	});

	it('allows the worker the sub-path as its scope, not the whole host', async () => {
		const reply = await get(`${server.url}service-worker.js`);
		expect(reply.headers['service-worker-allowed']).toBe('/care/');
		expect(reply.headers['cache-control']).toBe('no-cache');
	});
});
