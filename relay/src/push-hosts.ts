import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';

// Where the relay may POST: the push services browsers use, and nothing else. A push endpoint is
// a URL the browser gave the page; a relay that POSTed anywhere would be a free request forger
// into its own network, so endpoints are checked when a device registers and again at send time,
// and the address a host resolves to is checked as the connection opens.

/** The push services of Chrome/Edge/Android, Firefox, Safari and Windows, as of 2026. */
export const DEFAULT_PUSH_HOSTS: readonly string[] = [
	'fcm.googleapis.com',
	'android.googleapis.com',
	'updates.push.services.mozilla.com',
	'push.services.mozilla.com',
	'web.push.apple.com',
	'*.push.apple.com',
	'*.notify.windows.com'
];

export interface PushHosts {
	/** Whether the relay may POST to this endpoint. */
	permits(endpoint: URL): boolean;
	/** Whether this endpoint's origin was named exactly (a self-hosted or test push service). */
	namedExactly(endpoint: URL): boolean;
}

/**
 * Reads `RELAY_PUSH_HOSTS`: a comma-separated list of host names (`*.` for any subdomain), which
 * need HTTPS on the default port, and full origins (`http://127.0.0.1:8990`), which match exactly
 * and may be private addresses. The word `default` stands for the default list; unset means it.
 */
export function parsePushHosts(value: string | undefined): PushHosts {
	const entries = (value ?? 'default')
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean)
		.flatMap((entry) => (entry === 'default' ? DEFAULT_PUSH_HOSTS : [entry]));
	const origins = new Set<string>();
	const hosts: string[] = [];
	for (const entry of entries) {
		if (/^https?:\/\//.test(entry)) origins.add(new URL(entry).origin);
		else if (/^(\*\.)?[a-z0-9.-]+$/i.test(entry)) hosts.push(entry.toLowerCase());
		else throw new Error(`RELAY_PUSH_HOSTS: "${entry}" is neither a host name nor an origin.`);
	}
	const hostMatches = (hostname: string) =>
		hosts.some((h) =>
			h.startsWith('*.')
				? hostname.endsWith(h.slice(1)) && hostname.length > h.length - 1
				: hostname === h
		);
	return {
		namedExactly: (url) => origins.has(url.origin),
		permits: (url) =>
			origins.has(url.origin) ||
			(url.protocol === 'https:' &&
				url.port === '' &&
				!isIP(url.hostname) &&
				hostMatches(url.hostname))
	};
}

const PRIVATE = new BlockList();
for (const [network, prefix] of [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.0.0.0', 24], // IETF protocol assignments
	['192.168.0.0', 16],
	['198.18.0.0', 15], // benchmarking networks
	['224.0.0.0', 3]
] as const)
	PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
	['::', 127],
	['64:ff9b::', 96], // NAT64: an IPv4 address inside, which may be a private one
	['2002::', 16], // 6to4: likewise
	['fc00::', 7],
	['fe80::', 10],
	['fec0::', 10], // site-local (deprecated, still routed on some networks)
	['ff00::', 8]
] as const)
	PRIVATE.addSubnet(network, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
	// An IPv4-mapped IPv6 address is the IPv4 address it carries (BlockList would match any IPv4
	// against a ::ffff:0:0/96 rule, so that rule is not in the list).
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
	if (mapped) return isPrivateAddress(mapped);
	const family = isIP(address);
	if (family === 0) return true;
	return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A DNS lookup for connections that refuses private, loopback and link-local answers. */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
	dnsLookup(hostname, { ...options, all: false }, (error, address, family) => {
		if (error) return callback(error, '', 0);
		if (isPrivateAddress(address as string))
			return callback(
				Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' }),
				'',
				0
			);
		callback(null, address as string, family);
	});
};
