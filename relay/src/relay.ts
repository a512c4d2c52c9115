import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';
import { createRelayApi, type RateLimits } from './api.ts';
import { relayClock, type RelayConfig } from './config.ts';
import type { JobStore } from './job-store.ts';
import { consoleLog, type Log } from './log.ts';
import { PushSender } from './push-sender.ts';
import { SqliteJobStore } from './sqlite-store.ts';

// Puts the relay together: a job store (SQLite by default, PostgreSQL with DATABASE_URL), the
// VAPID keys it keeps, the sender, and the API.

export interface Relay {
	readonly store: JobStore;
	readonly vapidPublicKey: string;
	/** The API as a fetch handler (mounted under /relay/v1/ by the server). */
	readonly fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
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
	await store.startDelivery(sender.deliver);
	const api = createRelayApi({
		store,
		vapidPublicKey: keys.publicKey,
		hosts: config.pushHosts,
		rateLimits: options.rateLimits ?? config.rateLimits,
		trustedProxy: config.trustedProxy,
		caps: config.caps,
		now,
		log
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
		async close() {
			await store.close();
			sender.close();
		}
	};
}
