import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createRelayApi } from '../../relay/src/api';
import { parsePushHosts } from '../../relay/src/push-hosts';
import { startRelay } from '../../relay/src/relay';
import { SqliteJobStore } from '../../relay/src/sqlite-store';
import { deviceId, eventually } from './job-store.contract';
import { freePort, startScriptedPushService } from './push-service';
import { encryptedReminder, printed, running, startRelayProcess } from './relay-process';

// Issue 26 point 7: what an operator needs. A health check, Prometheus metrics only for the
// addresses allowed, one JSON log line per request and per push with nothing secret in it, and a
// SIGTERM that lets the send under way finish before the process exits.

const dir = mkdtempSync(join(tmpdir(), 'relay-operator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const child of running.splice(0)) child.kill('SIGKILL');
	for (const close of closers.splice(0)) await close();
});
let n = 0;

describe('the health check', () => {
	it('answers 200 while the database takes writes, 503 once it does not', async () => {
		const store = new SqliteJobStore(join(dir, `health-${n++}.sqlite`));
		const api = createRelayApi({
			store,
			vapidPublicKey: 'BKey',
			hosts: parsePushHosts(undefined),
			log: () => undefined
		});
		const health = () =>
			api.request('http://relay.test/relay/v1/health', { headers: { host: 'relay.test' } });
		const ok = await health();
		expect(ok.status).toBe(200);
		expect(ok.headers.get('cache-control')).toBe('no-store');
		expect(await ok.json()).toEqual({ status: 'ok' });
		await store.close();
		const down = await health();
		expect(down.status).toBe(503);
		expect(await down.json()).toEqual({ status: 'unavailable' });
	});
});

describe('a relay process, as an operator runs it', () => {
	it('logs JSON lines without secrets, shows metrics only to METRICS_ALLOW, and drains a send on SIGTERM', async () => {
		const service = await startScriptedPushService(() => ({ status: 201 }));
		closers.push(service.close);
		// A push service that answers only after 1.5 s: SIGTERM comes while it holds the push.
		const slow = await slowPushService(1500);
		closers.push(slow.close);
		const port = await freePort();
		const env = {
			PORT: String(port),
			DATA_DIR: join(dir, 'data'),
			RELAY_PUSH_HOSTS: `${service.origin},${slow.origin}`,
			VAPID_SUBJECT: 'mailto:operator@example.org',
			METRICS_ALLOW: '127.0.0.1'
		};
		const base = `http://127.0.0.1:${port}`;
		const relay = await startRelayProcess(env);

		expect((await fetch(`${base}/relay/v1/health`)).status).toBe(200);
		const id = deviceId();
		const created = await fetch(`${base}/relay/v1/devices/${id}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ endpoint: `${service.origin}/push/secret-part` })
		});
		const { token } = (await created.json()) as { token: string };
		await fetch(`${base}/relay/v1/devices/${id}/jobs`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
			body: JSON.stringify({
				jobs: [
					{
						id: 'now',
						sendAt: Date.now(),
						ttl: 600,
						topic: 'now',
						payload: await encryptedReminder()
					}
				]
			})
		});
		await eventually(() => expect(service.arrivals).toHaveLength(1));

		// Metrics, from an allowed address: the push it sent, and how late.
		await eventually(async () => {
			const text = await (await fetch(`${base}/metrics`)).text();
			expect(text).toMatch(/relay_pushes_total\{outcome="sent"\} 1/);
			expect(text).toMatch(/relay_push_lateness_seconds_count 1/);
			expect(text).toMatch(/relay_devices 1/);
		});

		// JSON lines: a request line and a push line; no token, endpoint path, device id or address.
		const lines = printed(relay).filter((l) => l.startsWith('{'));
		const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
		expect(records).toContainEqual(
			expect.objectContaining({
				msg: 'request',
				method: 'PUT',
				route: '/relay/v1/devices/:id/jobs',
				status: 200
			})
		);
		expect(records).toContainEqual(
			expect.objectContaining({ msg: 'push', outcome: 'sent', host: new URL(service.origin).host })
		);
		const all = lines.join('\n');
		for (const secret of [token, 'secret-part', id, '::1', '::ffff:127.0.0.1'])
			expect(all, secret).not.toContain(secret);

		// A second device whose push service holds the request; SIGTERM while it is on the wire.
		const second = deviceId();
		const made = await fetch(`${base}/relay/v1/devices/${second}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ endpoint: `${slow.origin}/push/other` })
		});
		const other = ((await made.json()) as { token: string }).token;
		await fetch(`${base}/relay/v1/devices/${second}/jobs`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` },
			body: JSON.stringify({
				jobs: [
					{
						id: 'slow',
						sendAt: Date.now(),
						ttl: 600,
						topic: 'slow',
						payload: await encryptedReminder()
					}
				]
			})
		});
		await eventually(() => expect(slow.received).toBe(1));
		const exited = new Promise<number | null>((resolve) => relay.once('exit', resolve));
		relay.kill('SIGTERM');
		// It stops taking requests as soon as the signal lands...
		await eventually(
			() => expect(fetch(`${base}/relay/v1/health`, { keepalive: false })).rejects.toThrow(),
			3000
		);
		// ...lets the push on the wire get its answer, and then exits cleanly, well within 10 s.
		expect(await exited).toBe(0);
		expect(slow.answered).toBe(1);
		const pushes = printed(relay)
			.filter((l) => l.startsWith('{'))
			.map((l) => JSON.parse(l) as Record<string, unknown>)
			.filter((r) => r.msg === 'push');
		expect(pushes).toContainEqual(
			expect.objectContaining({ outcome: 'sent', host: new URL(slow.origin).host })
		);
	}, 40_000);
});

/** A push service that answers 201, but only `ms` after each push arrives. */
async function slowPushService(ms: number) {
	const state = { received: 0, answered: 0 };
	const server = createServer((request, response) => {
		state.received++;
		request.resume();
		setTimeout(() => {
			response.writeHead(201);
			response.end();
			state.answered++;
		}, ms);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		get received() {
			return state.received;
		},
		get answered() {
			return state.answered;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

describe('the metrics', () => {
	it('are for the addresses METRICS_ALLOW names, behind a trusted proxy by the forwarded address', async () => {
		const relay = await startRelay(
			{
				dataDir: dir,
				databaseUrl: undefined,
				vapidSubject: 'mailto:m@example.org',
				pushHosts: parsePushHosts(undefined),
				metricsAllowed: (address) => address === '10.1.1.1',
				trustedProxy: (address) => address === '127.0.0.1'
			},
			{ store: new SqliteJobStore(join(dir, `metrics-${n++}.sqlite`)), log: () => undefined }
		);
		closers.push(() => relay.close());
		const from = (remoteAddress: string, forwarded?: string) =>
			relay.metrics(
				new Request('http://relay.test/metrics', {
					headers: forwarded ? { 'x-forwarded-for': forwarded } : {}
				}),
				{ incoming: { socket: { remoteAddress } } }
			);
		expect((await from('10.1.1.1')).status).toBe(200);
		expect(await (await from('10.1.1.1')).text()).toContain('relay_queued_reminders 0');
		expect((await from('203.0.113.5')).status).toBe(404);
		// The proxy forwards a stranger: refused; it forwards the monitor: allowed.
		expect((await from('127.0.0.1', '203.0.113.5')).status).toBe(404);
		expect((await from('127.0.0.1', '10.1.1.1')).status).toBe(200);
		// Someone else's X-Forwarded-For is not believed.
		expect((await from('203.0.113.5', '10.1.1.1')).status).toBe(404);
	});
});
