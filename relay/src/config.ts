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
		trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true'
	};
}
