import { describe, expect, it } from 'vitest';
import { isPrivateAddress, parsePushHosts, publicOnlyLookup } from '../../relay/src/push-hosts';
import { relayClock, relayConfigFrom } from '../../relay/src/config';

describe('the push-service allowlist', () => {
	const defaults = parsePushHosts(undefined);
	it.each([
		['https://fcm.googleapis.com/fcm/send/x', true],
		['https://updates.push.services.mozilla.com/wpush/v2/x', true],
		['https://web.push.apple.com/QGuQ', true],
		['https://api.push.apple.com/x', true],
		['https://wns2-par02p.notify.windows.com/w/?token=x', true],
		['https://notify.windows.com/x', false], // the wildcard needs a subdomain
		['https://evilfcm.googleapis.com.example/x', false],
		['https://fcm.googleapis.com.evil.example/x', false],
		['http://fcm.googleapis.com/x', false],
		['https://fcm.googleapis.com:444/x', false],
		['https://127.0.0.1/x', false],
		['https://[::1]/x', false],
		['https://localhost/x', false]
	])('by default, %s: %s', (url, allowed) => {
		expect(defaults.permits(new URL(url))).toBe(allowed);
	});

	it('takes origins named exactly (a local push service) beside the default list', () => {
		const hosts = parsePushHosts('default, http://127.0.0.1:8990');
		expect(hosts.permits(new URL('http://127.0.0.1:8990/notify/x'))).toBe(true);
		expect(hosts.namedExactly(new URL('http://127.0.0.1:8990/notify/x'))).toBe(true);
		expect(hosts.permits(new URL('http://127.0.0.1:8991/notify/x'))).toBe(false);
		expect(hosts.permits(new URL('https://fcm.googleapis.com/x'))).toBe(true);
		expect(hosts.namedExactly(new URL('https://fcm.googleapis.com/x'))).toBe(false);
	});

	it('without "default", allows only what it names', () => {
		const hosts = parsePushHosts('push.example.org');
		expect(hosts.permits(new URL('https://push.example.org/x'))).toBe(true);
		expect(hosts.permits(new URL('https://fcm.googleapis.com/x'))).toBe(false);
	});

	it('refuses an entry it cannot read', () => {
		expect(() => parsePushHosts('default,ftp:/x y')).toThrow(/RELAY_PUSH_HOSTS/);
	});
});

describe('private addresses', () => {
	it.each([
		['127.0.0.1', true],
		['10.1.2.3', true],
		['172.20.0.1', true],
		['192.168.1.1', true],
		['169.254.169.254', true], // cloud metadata
		['100.64.0.1', true],
		['0.0.0.0', true],
		['::1', true],
		['fd00::1', true],
		['fe80::1', true],
		['::ffff:127.0.0.1', true],
		['::ffff:142.250.74.10', false],
		['not an address', true],
		['142.250.74.10', false],
		['2a00:1450:4001:80b::200a', false],
		['64:ff9b::a00:1', true], // NAT64 of 10.0.0.1
		['2002:a00:1::1', true], // 6to4 of 10.0.0.1
		['fec0::1', true],
		['198.18.0.1', true],
		['198.19.255.254', true],
		['198.20.0.1', false],
		['192.0.0.8', true],
		['192.0.2.1', false] // documentation range: not routed, but not a private network either
	])('%s is private: %s', (address, expected) => {
		expect(isPrivateAddress(address)).toBe(expected);
	});

	it('the connection lookup refuses a host that resolves to one', async () => {
		const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
			publicOnlyLookup('localhost', {}, (e) => resolve(e))
		);
		expect(error?.code).toBe('EPRIVATE');
	});
});

describe('the relay’s configuration', () => {
	it('has working defaults', () => {
		const config = relayConfigFrom({});
		expect(config.databaseUrl).toBeUndefined();
		expect(config.dataDir).toMatch(/data$/);
		expect(config.vapidSubject).toMatch(/^mailto:/);
	});

	it.each(['admin@example.org', 'http://example.org', 'mailto:'])(
		'refuses the VAPID subject %s',
		(subject) => {
			expect(() => relayConfigFrom({ VAPID_SUBJECT: subject })).toThrow(/VAPID_SUBJECT/);
		}
	);

	it('starts its clock where RELAY_CLOCK_START says, and runs it at the machine’s pace', () => {
		const config = relayConfigFrom({ RELAY_CLOCK_START: '2026-06-15T06:00:00Z' });
		expect(config.clockStart).toBe(Date.UTC(2026, 5, 15, 6));
		const now = relayClock(config.clockStart);
		const first = now();
		expect(Math.abs(first - Date.UTC(2026, 5, 15, 6))).toBeLessThan(1000);
		expect(now()).toBeGreaterThanOrEqual(first);
		expect(relayClock(undefined)).toBe(Date.now);
	});

	it.each([
		[{ RELAY_CLOCK_START: '2026-06-15T06:00' }, /with its offset/],
		[{ RELAY_CLOCK_START: 'soon' }, /with its offset/],
		[{ RELAY_CLOCK_START: '2026-06-15T06:00:00Z', DATABASE_URL: 'postgres://x/y' }, /SQLite/]
	])('refuses the test clock %o', (env, message) => {
		expect(() => relayConfigFrom(env)).toThrow(message);
	});

	it('takes TRUST_PROXY as addresses and CIDRs, and believes only those', () => {
		const { trustedProxy } = relayConfigFrom({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8, fd00::/8' });
		expect(trustedProxy!('127.0.0.1')).toBe(true);
		expect(trustedProxy!('::ffff:127.0.0.1')).toBe(true);
		expect(trustedProxy!('10.20.30.40')).toBe(true);
		expect(trustedProxy!('fd12::1')).toBe(true);
		expect(trustedProxy!('127.0.0.2')).toBe(false);
		expect(trustedProxy!('203.0.113.9')).toBe(false);
		expect(trustedProxy!('unknown')).toBe(false);
		expect(relayConfigFrom({}).trustedProxy).toBeUndefined();
	});

	it.each(['1', 'true', '10.0.0.0/33', 'proxy.example', '10.0.0.0/x'])(
		'refuses TRUST_PROXY=%s with what it takes',
		(value) => {
			expect(() => relayConfigFrom({ TRUST_PROXY: value })).toThrow(
				/TRUST_PROXY takes addresses or CIDRs/
			);
		}
	);

	it('reads the caps, and refuses a cap that is not a whole number', () => {
		const config = relayConfigFrom({
			RELAY_MAX_DEVICES: '50',
			RELAY_MAX_STORED_MB: '2',
			RELAY_NEW_DEVICES_PER_HOUR: '7'
		});
		expect(config.caps).toEqual({ maxDevices: 50, maxStoredBytes: 2 * 1024 * 1024 });
		expect(config.rateLimits?.newDevicesPerHour).toBe(7);
		expect(relayConfigFrom({}).caps).toEqual({ maxDevices: 10_000, maxStoredBytes: 1024 ** 3 });
		expect(() => relayConfigFrom({ RELAY_MAX_DEVICES: '0' })).toThrow(/RELAY_MAX_DEVICES/);
		expect(() => relayConfigFrom({ RELAY_MAX_STORED_MB: 'lots' })).toThrow(/RELAY_MAX_STORED_MB/);
	});
});
