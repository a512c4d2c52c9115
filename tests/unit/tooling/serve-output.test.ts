import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// What `npm start` says once it serves (scripts/serve.mjs): where to open the app, the address for a
// phone with --host, and that a phone needs HTTPS; no build chatter, no "npm run preview" hint.

const build = mkdtempSync(join(tmpdir(), 'serve-output-'));
writeFileSync(join(build, 'index.html'), '<!doctype html><title>x</title>');
afterAll(() => rmSync(build, { recursive: true, force: true }));

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as { port: number }).port;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function firstLines(args: string[]): Promise<{ port: number; lines: string[] }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: build }
	});
	let out = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no HTTPS line: ${out}`)), 10_000);
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk;
			if (out.includes('HTTPS')) {
				clearTimeout(timer);
				resolve();
			}
		});
	});
	child.kill();
	return { port, lines: out.trim().split('\n') };
}

describe('what the server says when it starts', () => {
	it('names the address to open, how to reach it from a phone, and that a phone needs HTTPS', async () => {
		const { port, lines } = await firstLines([]);
		expect(lines[0]).toBe(`Deep Gluteal Care is running at http://localhost:${port}/`);
		expect(lines).toContain(
			'To open it on your phone, start it with --host (npm start -- --host).'
		);
		expect(lines.at(-1)).toMatch(/^A phone needs HTTPS to install the app and use it offline/);
		expect(lines.join('\n')).not.toMatch(/npm run preview|built in|gzip/);
	});

	it('with --host, lists this computer’s network addresses', async () => {
		const { port, lines } = await firstLines(['--host']);
		const phone = lines.filter((l) => l.startsWith('On a phone on the same network: '));
		for (const line of phone)
			expect(line).toMatch(new RegExp(`http://\\d+\\.\\d+\\.\\d+\\.\\d+:${port}/$`));
		expect(lines).not.toContain(
			'To open it on your phone, start it with --host (npm start -- --host).'
		);
	});
});
