import { BlockList, isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_CAPS, DEFAULT_RATE_LIMITS, type RateLimits, type RelayCaps } from './api.ts';
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
	/**
	 * Behind a reverse proxy (TRUST_PROXY, its addresses or CIDRs): for a request from one of them,
	 * the client's address is X-Forwarded-For's last entry. Unset: the connection's address.
	 */
	readonly trustedProxy?: (address: string) => boolean;
	readonly caps?: RelayCaps;
	readonly rateLimits?: RateLimits;
	/** METRICS_ALLOW: the addresses or CIDRs that may read /metrics; unset, no one may. */
	readonly metricsAllowed?: (address: string) => boolean;
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
		trustedProxy: addressesFrom('TRUST_PROXY', env.TRUST_PROXY),
		metricsAllowed: addressesFrom('METRICS_ALLOW', env.METRICS_ALLOW),
		caps: {
			maxDevices: wholeNumber(env, 'RELAY_MAX_DEVICES', DEFAULT_CAPS.maxDevices),
			maxStoredBytes:
				wholeNumber(env, 'RELAY_MAX_STORED_MB', DEFAULT_CAPS.maxStoredBytes / 1024 ** 2) * 1024 ** 2
		},
		rateLimits: {
			...DEFAULT_RATE_LIMITS,
			newDevicesPerHour: wholeNumber(
				env,
				'RELAY_NEW_DEVICES_PER_HOUR',
				DEFAULT_RATE_LIMITS.newDevicesPerHour
			)
		},
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

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
	const text = env[name];
	if (text === undefined || text === '') return fallback;
	if (!/^[1-9]\d*$/.test(text))
		throw new Error(`${name} must be a whole number above 0; got "${text}".`);
	return Number(text);
}

/** Addresses or CIDRs, comma-separated ("127.0.0.1, 10.0.0.0/8"), as a test of an address. */
function addressesFrom(
	name: string,
	text: string | undefined
): ((address: string) => boolean) | undefined {
	if (!text) return undefined;
	const proxies = new BlockList();
	for (const entry of text
		.split(',')
		.map((e) => e.trim())
		.filter(Boolean)) {
		const [address = '', prefix] = entry.split('/');
		const family = isIP(address);
		const bits = prefix === undefined ? undefined : Number(prefix);
		const maxBits = family === 6 ? 128 : 32;
		if (family === 0 || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > maxBits)))
			throw new Error(
				`${name} takes addresses or CIDRs (e.g. 127.0.0.1 or 10.0.0.0/8), comma-separated; got "${entry}".` +
					(name === 'TRUST_PROXY'
						? ' (An on-switch such as 1 would believe X-Forwarded-For from anyone who reaches the port.)'
						: '')
			);
		const type = family === 6 ? 'ipv6' : 'ipv4';
		if (bits === undefined) proxies.addAddress(address, type);
		else proxies.addSubnet(address, bits, type);
	}
	return (address) => {
		const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
		const family = isIP(mapped);
		return family !== 0 && proxies.check(mapped, family === 6 ? 'ipv6' : 'ipv4');
	};
}
