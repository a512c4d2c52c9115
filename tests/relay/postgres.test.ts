import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createRelayApi } from '../../relay/src/api';
import { PostgresJobStore } from '../../relay/src/postgres-store';
import { parsePushHosts } from '../../relay/src/push-hosts';
import { deviceId, jobStoreContract } from './job-store.contract';
import { postgresUrl, postgresReachable } from './postgres';
import { freePort } from './push-service';
import { running, startRelayProcess, survivesKillNine } from './relay-process';

// PostgreSQL tests share one database, so they live in this one file and run one after another.

const reachable = await postgresReachable();

/** Empty tables and an empty queue, as on a fresh database. */
async function freshDatabase(): Promise<void> {
	const client = new pg.Client({ connectionString: postgresUrl });
	await client.connect();
	await client.query(`drop table if exists relay_jobs, relay_devices, relay_settings;
		drop schema if exists graphile_worker cascade`);
	await client.end();
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const child of running.splice(0)) child.kill('SIGKILL');
	for (const close of closers.splice(0)) await close();
});

describe.runIf(reachable)('the PostgreSQL job store (graphile-worker)', () => {
	jobStoreContract(async () => {
		await freshDatabase();
		return PostgresJobStore.open(postgresUrl);
	});
});

describe.runIf(reachable)('the relay on PostgreSQL (issue 26 point 4)', () => {
	it('sends, after kill -9 and a restart, the job whose push was on the wire and the one not yet due', async () => {
		await freshDatabase();
		// A short lease, so the dead process's job is queued again within seconds (30 s by default).
		await survivesKillNine(
			{ DATABASE_URL: postgresUrl, RELAY_LEASE_MS: '2000' },
			closers,
			20_000,
			async (jobId) => {
				const client = new pg.Client({ connectionString: postgresUrl });
				await client.connect();
				try {
					const { rowCount } = await client.query('select 1 from relay_jobs where id = $1', [
						jobId
					]);
					return rowCount !== 0;
				} finally {
					await client.end();
				}
			}
		);
	}, 90_000);

	it('serialises one device’s window uploads and its removal: never a 500', async () => {
		await freshDatabase();
		const store = await PostgresJobStore.open(postgresUrl);
		closers.push(() => store.close());
		const api = createRelayApi({
			store,
			vapidPublicKey: 'BKey',
			hosts: parsePushHosts(undefined),
			rateLimits: { perAddress: 10_000, perDevice: 10_000, newDevicesPerHour: 10_000 },
			log: () => undefined
		});
		const call = (path: string, init: { method: string; body?: unknown; token?: string }) =>
			api.request(`http://relay.test/relay/v1${path}`, {
				method: init.method,
				headers: {
					host: 'relay.test',
					'content-type': 'application/json',
					...(init.token ? { authorization: `Bearer ${init.token}` } : {})
				},
				body: init.body === undefined ? undefined : JSON.stringify(init.body)
			});
		const statuses: number[] = [];
		for (let round = 0; round < 3; round++) {
			const id = deviceId();
			const created = await call(`/devices/${id}`, {
				method: 'PUT',
				body: { endpoint: 'https://fcm.googleapis.com/fcm/send/x' }
			});
			const { token } = (await created.json()) as { token: string };
			const window = (n: number) => ({
				jobs: Array.from({ length: 20 }, (_, i) => ({
					id: `j${i}`,
					sendAt: Date.now() + 3_600_000 + n * 1000 + i,
					ttl: 600,
					topic: `t${i}`,
					payload: Buffer.alloc(64, n).toString('base64url')
				}))
			});
			const requests = Array.from({ length: 24 }, (_, n) =>
				n === 17
					? call(`/devices/${id}`, { method: 'DELETE', token })
					: call(`/devices/${id}/jobs`, { method: 'PUT', body: window(n), token })
			);
			for (const response of await Promise.all(requests)) statuses.push(response.status);
		}
		// Uploads before the removal are taken, after it refused as an unknown device.
		expect(statuses.filter((s) => ![200, 403].includes(s))).toEqual([]);
		expect(statuses).toContain(200);
	}, 90_000);

	it('lets three processes start at once on a fresh database', async () => {
		await freshDatabase();
		const ports = await Promise.all([freePort(), freePort(), freePort()]);
		const started = await Promise.allSettled(
			ports.map((port) =>
				startRelayProcess({
					DATABASE_URL: postgresUrl,
					PORT: String(port),
					VAPID_SUBJECT: 'mailto:start@example.org'
				})
			)
		);
		expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual([
			'ok',
			'ok',
			'ok'
		]);
		const keys = await Promise.all(
			ports.map(async (port) => {
				const response = await fetch(`http://127.0.0.1:${port}/relay/v1/vapid-public-key`);
				return ((await response.json()) as { key: string }).key;
			})
		);
		// One key pair for all: whichever came first made it.
		expect(new Set(keys).size).toBe(1);
	}, 90_000);
});
