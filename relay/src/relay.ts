import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';
import { createRelayApi, type RateLimits } from './api.ts';
import { relayClock, type RelayConfig } from './config.ts';
import type { JobStore } from './job-store.ts';
import { consoleLog, type Log } from './log.ts';
import { RelayMetrics } from './metrics.ts';
import { PushSender } from './push-sender.ts';
import { SqliteJobStore } from './sqlite-store.ts';

// Puts the relay together: a job store (SQLite by default, PostgreSQL with DATABASE_URL), the
// VAPID keys it keeps, the sender, and the API.

export interface Relay {
	readonly store: JobStore;
	readonly vapidPublicKey: string;
	/** The API as a fetch handler (mounted under /relay/v1/ by the server). */
	readonly fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
	/** GET /metrics: Prometheus text for the addresses METRICS_ALLOW names, 404 for anyone else. */
	readonly metrics: (request: Request, env?: unknown) => Promise<Response>;
	close(): Promise<void>;
}

export async function openStore(
	config: Pick<RelayConfig, 'dataDir' | 'databaseUrl'>,
	now: () => number = Date.now
): Promise<JobStore> {
	if (config.databaseUrl) {
		const { PostgresJobStore } = await import('./postgres-store.ts');
		return PostgresJobStore.open(config.databaseUrl);
	}
	// The data folder holds the VAPID key and every endpoint: the relay's user only.
	mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
	chmodSync(config.dataDir, 0o700);
	return new SqliteJobStore(join(config.dataDir, 'relay.sqlite'), { now });
}

export async function startRelay(
	config: RelayConfig,
	options: { log?: Log; rateLimits?: RateLimits; store?: JobStore } = {}
): Promise<Relay> {
	const log = options.log ?? consoleLog;
	const now = relayClock(config.clockStart);
	const store = options.store ?? (await openStore(config, now));
	const keys = await store.vapidKeys(() => webpush.generateVAPIDKeys());
	const sender = new PushSender({
		keys,
		subject: config.vapidSubject,
		hosts: config.pushHosts,
		log,
		now
	});
	const metrics = new RelayMetrics(store);
	await store.startDelivery(async (job) => {
		const outcome = await sender.deliver(job);
		const at = now();
		metrics.push(job, outcome, at);
		// One line per push: its outcome, the push service's host and how late; no path, no device.
		log('push', {
			outcome: outcome.kind,
			host: hostOf(job.endpoint),
			lateMs: Math.max(0, at - job.sendAt)
		});
		return outcome;
	});
	const api = createRelayApi({
		store,
		vapidPublicKey: keys.publicKey,
		hosts: config.pushHosts,
		rateLimits: options.rateLimits ?? config.rateLimits,
		trustedProxy: config.trustedProxy,
		caps: config.caps,
		now,
		log,
		metrics
	});
	log('relay started', { engine: store.engine });
	if (config.vapidSubjectDefaulted)
		log(
			'VAPID_SUBJECT is not set: push services may refuse the default; set a mailto: or https: URL of yours',
			{
				subject: config.vapidSubject
			}
		);
	return {
		store,
		vapidPublicKey: keys.publicKey,
		fetch: api.fetch,
		async metrics(request, env) {
			const remote = remoteAddress(env);
			const forwarded = config.trustedProxy?.(remote)
				? request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
				: undefined;
			if (!config.metricsAllowed?.(forwarded ?? remote))
				return new Response('Not found', { status: 404 });
			const { body, contentType } = await metrics.text();
			return new Response(body, { headers: { 'content-type': contentType } });
		},
		async close() {
			await store.close();
			sender.close();
		}
	};
}

function hostOf(endpoint: string): string {
	try {
		return new URL(endpoint).host;
	} catch {
		return 'invalid';
	}
}

/** The connection's address under Node's server (@hono/node-server passes `incoming`). */
function remoteAddress(env: unknown): string {
	return (
		(env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
			?.remoteAddress ?? 'unknown'
	);
}
