import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// No page here: the server alone, so the browser fixtures are not needed.
import { expect, test } from '@playwright/test';
import { imageStartCommand } from './image-command';
import { E2E_PORT } from './relay-env';

// Issue 26, point 3: no request stops the server. The real `npm start` server (serve.mjs --relay
// on the built app, started with the container image's own command, on a port and data folder of
// its own: Docker cannot run here, so this is how the image's command is tried) is sent what a reverse proxy passes
// through or an attacker types: every kind of invalid percent escape, overlong paths and headers,
// odd methods, bad Range and Accept-Encoding. Each gets an answer below 500, and afterwards the
// server still serves the app and the relay.

const PORT = E2E_PORT + 37;
let server: ChildProcess;
let dataDir: string;
let output = '';

test.beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'dgc-fuzz-'));
	const [node, ...args] = imageStartCommand();
	expect(node).toBe('node');
	server = spawn(process.execPath, args, {
		env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, RELAY_CLOCK_START: '' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	await expect
		.poll(() => output, { timeout: 20_000 })
		.toContain(`running at http://localhost:${PORT}/`);
});

test.afterAll(async () => {
	server.kill('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
});

/** Sends `request` as raw bytes and returns the status of the answer, or null if none came. */
function rawStatus(request: string | Buffer): Promise<number | null> {
	return new Promise((resolve) => {
		const socket = connect(PORT, '127.0.0.1');
		let answer = '';
		const done = () => {
			socket.destroy();
			const match = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
			resolve(match ? Number(match[1]) : null);
		};
		socket.setTimeout(5000, done);
		socket.on('data', (chunk) => {
			answer += chunk.toString('latin1');
			if (answer.includes('\r\n')) done();
		});
		socket.on('error', done);
		socket.on('end', done);
		socket.on('connect', () => socket.write(request));
	});
}

const get = (target: string, headers = '') =>
	`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n${headers}Connection: close\r\n\r\n`;

const badAddresses = [
	'/%',
	'/%F',
	'/%FF',
	'/%ZZ',
	'/%C0%AF',
	'/%E0%A4%A',
	'/%ED%A0%80', // a lone surrogate
	'/%00',
	'/index%00.html',
	'/_app/%FF.js',
	'/..%2F..%2F..%2Fetc%2Fpasswd',
	'/%2e%2e/%2e%2e/etc/passwd',
	'/relay/v1/%FF',
	'/relay/v1/devices/%/jobs',
	'//%FF',
	'*',
	'/metrics' // no METRICS_ALLOW: no one may read them
];

test('every malformed address is answered below 500, and the server keeps serving', async () => {
	for (const target of badAddresses) {
		const status = await rawStatus(get(target));
		expect(status, `GET ${target}`).not.toBeNull();
		expect(status!, `GET ${target}`).toBeGreaterThanOrEqual(400);
		expect(status!, `GET ${target}`).toBeLessThan(500);
	}
	const cases: [string, string | Buffer][] = [
		['an overlong path', get(`/${'a'.repeat(100_000)}`)],
		['a huge header', get('/', `X-Filler: ${'a'.repeat(64_000)}\r\n`)],
		['a thousand headers', get('/', 'X-A: 1\r\n'.repeat(1000))],
		['a bad Range', get('/', 'Range: bytes=abc-\r\n')],
		['an inverted Range', get('/', 'Range: bytes=900-100\r\n')],
		['a bad Accept-Encoding', get('/', 'Accept-Encoding: br;q=abc, gzip;q=, ;;;, *\r\n')],
		['an odd method', `PROPFIND / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
		['DELETE on a page', `DELETE /settings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
		['an unknown method', `BREW / HTTP/1.1\r\nHost: x\r\n\r\n`],
		['no version', 'GET /\r\n\r\n'],
		['binary noise', Buffer.from([0x16, 0x03, 0x01, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a])],
		['a bare line', 'hello\r\n\r\n'],
		['a relay body that is not JSON', relayPut('{"endpoint":')],
		['a relay body of the wrong type', relayPut('[1,2,3]')]
	];
	for (const [what, request] of cases) {
		const status = await rawStatus(request);
		expect(status, what).not.toBeNull();
		expect(status!, what).toBeLessThan(500);
	}

	expect(server.exitCode, `the server stopped:\n${output}`).toBeNull();
	const page = await fetch(`http://127.0.0.1:${PORT}/`);
	expect(page.status).toBe(200);
	expect(await page.text()).toContain('<html');
	const relay = await fetch(`http://127.0.0.1:${PORT}/relay/v1/vapid-public-key`);
	expect(relay.status).toBe(200);
});

function relayPut(body: string): string {
	return (
		`PUT /relay/v1/devices/abcdefghijklmnopqrstuv HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n` +
		`Origin: http://127.0.0.1:${PORT}\r\nContent-Type: application/json\r\n` +
		`Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
	);
}
