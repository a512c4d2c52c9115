import { resolve } from 'node:path';
import { parsePushHosts, type PushHosts } from './push-hosts.ts';

// The relay's configuration, from the environment (the README lists each variable).

export interface RelayConfig {
	/** Where the SQLite file lives (the embedded engine). */
	readonly dataDir: string;
	/** With it, PostgreSQL and graphile-worker instead of SQLite. */
	readonly databaseUrl: string | undefined;
	/** The VAPID subject: a mailto: or https: URL a push service can reach the operator at. */
	readonly vapidSubject: string;
	/** No VAPID_SUBJECT was given: fine on one's own machine, not for real push services. */
	readonly vapidSubjectDefaulted?: boolean;
	readonly pushHosts: PushHosts;
	/** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
	readonly trustProxy: boolean;
	/**
	 * For tests only (RELAY_CLOCK_START): the relay's clock starts at this instant and runs from
	 * there, so an end-to-end suite whose browser lives on a fixed date can talk to it. SQLite only.
	 */
	readonly clockStart?: number;
}

export function relayConfigFrom(env: NodeJS.ProcessEnv): RelayConfig {
	const vapidSubject = env.VAPID_SUBJECT ?? 'mailto:relay@localhost';
	if (!/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/.test(vapidSubject))
		throw new Error(
			`VAPID_SUBJECT must be a mailto: or https: URL (push services refuse others); got "${vapidSubject}".`
		);
	return {
		dataDir: resolve(env.DATA_DIR ?? 'data'),
		databaseUrl: env.DATABASE_URL || undefined,
		vapidSubject,
		vapidSubjectDefaulted: env.VAPID_SUBJECT === undefined,
		pushHosts: parsePushHosts(env.RELAY_PUSH_HOSTS),
		trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
		clockStart: clockStartFrom(env)
	};
}

function clockStartFrom(env: NodeJS.ProcessEnv): number | undefined {
	const text = env.RELAY_CLOCK_START;
	if (!text) return undefined;
	const at = Date.parse(text);
	if (!Number.isFinite(at) || !/(Z|[+-]\d\d:\d\d)$/.test(text))
		throw new Error(
			`RELAY_CLOCK_START must be an instant with its offset, e.g. 2026-06-15T06:00:00Z; got "${text}".`
		);
	if (env.DATABASE_URL)
		throw new Error('RELAY_CLOCK_START is for tests on SQLite; PostgreSQL keeps its own time.');
	return at;
}

/** The relay's clock: the machine's, or one started at `clockStart` that runs at the same pace. */
export function relayClock(clockStart: number | undefined): () => number {
	if (clockStart === undefined) return Date.now;
	const offset = clockStart - Date.now();
	return () => Date.now() + offset;
}
