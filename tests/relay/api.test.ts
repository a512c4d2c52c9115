import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRelayApi, type RateLimits } from '../../relay/src/api';
import { RELAY_LIMITS } from '../../relay/src/protocol';
import { parsePushHosts } from '../../relay/src/push-hosts';
import { SqliteJobStore } from '../../relay/src/sqlite-store';
import { deviceId } from './job-store.contract';

const dir = mkdtempSync(join(tmpdir(), 'relay-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const ENDPOINT = 'https://fcm.googleapis.com/fcm/send/secret-part';
const NOW = Date.UTC(2026, 10, 29, 9, 0);

let store: SqliteJobStore;
let api: ReturnType<typeof createRelayApi>;

function open(rateLimits?: RateLimits, more: Partial<Parameters<typeof createRelayApi>[0]> = {}) {
	store = new SqliteJobStore(join(dir, `api-${n++}.sqlite`));
	api = createRelayApi({
		store,
		vapidPublicKey: 'BPublicKey',
		hosts: parsePushHosts(undefined),
		rateLimits,
		now: () => NOW,
		log: () => undefined,
		...more
	});
}

beforeEach(() => open());
afterEach(async () => store.close());

interface Call {
	method?: string;
	body?: unknown;
	raw?: string;
	token?: string;
	headers?: Record<string, string>;
}

async function call(path: string, { method = 'GET', body, raw, token, headers = {} }: Call = {}) {
	const response = await api.request(`http://relay.test/relay/v1${path}`, {
		method,
		headers: {
			host: 'relay.test',
			...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
			...(token ? { authorization: `Bearer ${token}` } : {}),
			...headers
		},
		body: raw ?? (body === undefined ? undefined : JSON.stringify(body))
	});
	const json = (await response.json()) as Record<string, unknown>;
	return { status: response.status, json };
}

async function register(id = deviceId()) {
	const { status, json } = await call(`/devices/${id}`, {
		method: 'PUT',
		body: { endpoint: ENDPOINT }
	});
	expect(status).toBe(201);
	return { id, token: json.token as string };
}

const payload = (bytes = 1200) => randomBytes(bytes).toString('base64url');
const job = (id: string, extra: object = {}) => ({
	id,
	sendAt: NOW + 60_000,
	ttl: 900,
	topic: id,
	payload: payload(),
	...extra
});

describe('the relay API', () => {
	it('gives the VAPID public key to anyone on the origin', async () => {
		expect(await call('/vapid-public-key')).toEqual({ status: 200, json: { key: 'BPublicKey' } });
	});

	it('registers a device once, gives its token once, and keeps only the token’s hash', async () => {
		const { id, token } = await register();
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
		const stored = await store.device(id);
		expect(stored?.endpoint).toBe(ENDPOINT);
		expect(stored?.tokenHash.equals(createHash('sha256').update(token).digest())).toBe(true);
		expect(stored?.tokenHash.toString('utf8')).not.toContain(token);
		const again = await call(`/devices/${id}`, { method: 'PUT', body: { endpoint: ENDPOINT } });
		expect(again).toEqual({
			status: 409,
			json: { error: 'This device id is taken; choose another.' }
		});
		expect(again.json).not.toHaveProperty('token');
	});

	it('takes a new endpoint for a device with its token', async () => {
		const { id, token } = await register();
		const next = 'https://web.push.apple.com/QGuQyavXutnMH6Ig2uYOJDwA';
		const r = await call(`/devices/${id}`, { method: 'PUT', body: { endpoint: next }, token });
		expect(r.status).toBe(200);
		expect((await store.device(id))?.endpoint).toBe(next);
	});

	it('replaces the window, cancels a job, and forgets the device', async () => {
		const { id, token } = await register();
		const put = (jobs: object[]) =>
			call(`/devices/${id}/jobs`, { method: 'PUT', body: { jobs }, token });
		expect(await put([job('a'), job('b'), job('c')])).toEqual({
			status: 200,
			json: { accepted: 3 }
		});
		expect(await put([job('b'), job('c')])).toEqual({ status: 200, json: { accepted: 2 } });
		expect((await store.pendingJobs(id)).map((j) => j.id)).toEqual(['b', 'c']);
		expect((await call(`/devices/${id}/jobs/b`, { method: 'DELETE', token })).json).toEqual({
			deleted: true
		});
		expect((await store.pendingJobs(id)).map((j) => j.id)).toEqual(['c']);
		expect((await call(`/devices/${id}`, { method: 'DELETE', token })).status).toBe(200);
		expect(await store.device(id)).toBeNull();
		expect(
			(await call(`/devices/${id}/jobs`, { method: 'PUT', body: { jobs: [] }, token })).status
		).toBe(403);
	});

	it('skips a job already past its TTL instead of storing it', async () => {
		const { id, token } = await register();
		const r = await call(`/devices/${id}/jobs`, {
			method: 'PUT',
			body: { jobs: [job('old', { sendAt: NOW - 3_600_000, ttl: 60 }), job('new')] },
			token
		});
		expect(r.json).toEqual({ accepted: 1 });
	});

	describe('refuses bad requests with a 4xx and a plain message', () => {
		it.each([
			['malformed JSON', { raw: '{"endpoint": ' }, 400, /not JSON/],
			['no endpoint', { body: {} }, 400, /endpoint/],
			[
				'an endpoint that is not a URL',
				{ body: { endpoint: 'nope' } },
				400,
				/endpoint must be a URL/
			],
			[
				'an unknown push host',
				{ body: { endpoint: 'https://evil.example/push' } },
				400,
				/not a known push service/
			],
			[
				'a private address',
				{ body: { endpoint: 'https://10.0.0.5/push' } },
				400,
				/not a known push service/
			],
			[
				'plain http to a push host',
				{ body: { endpoint: 'http://fcm.googleapis.com/x' } },
				400,
				/not a known/
			],
			[
				'a push host on another port',
				{ body: { endpoint: 'https://fcm.googleapis.com:8443/x' } },
				400,
				/not a known/
			],
			[
				'extra fields (the subscription’s keys)',
				{ body: { endpoint: ENDPOINT, keys: { auth: 'x' } } },
				400,
				/Invalid request/
			],
			['an overlong endpoint', { body: { endpoint: ENDPOINT + 'x'.repeat(1100) } }, 400, /too long/]
		])('registering with %s', async (_, request, status, message) => {
			const r = await call(`/devices/${deviceId()}`, { method: 'PUT', ...request });
			expect(r.status).toBe(status);
			expect(r.json.error).toMatch(message);
		});

		it.each([
			['a short id', 'abc'],
			['an id with a slash-like character', 'a'.repeat(21) + '%2F'],
			['an id of spaces', '%20'.repeat(30)]
		])('a device path with %s', async (_, id) => {
			const r = await call(`/devices/${id}`, { method: 'PUT', body: { endpoint: ENDPOINT } });
			expect(r.status).toBe(400);
			expect(r.json.error).toMatch(/device id/);
		});

		it('a window with no token, a wrong token, or another device’s token', async () => {
			const mine = await register();
			const theirs = await register();
			const put = (token?: string) =>
				call(`/devices/${mine.id}/jobs`, { method: 'PUT', body: { jobs: [job('a')] }, token });
			expect((await put()).status).toBe(401);
			expect((await put(randomBytes(32).toString('base64url'))).status).toBe(403);
			expect((await put(theirs.token)).status).toBe(403);
			const badScheme = await call(`/devices/${mine.id}/jobs`, {
				method: 'PUT',
				body: { jobs: [] },
				headers: { authorization: `Basic ${mine.token}` }
			});
			expect(badScheme.status).toBe(401);
			expect(await store.pendingJobs(mine.id)).toEqual([]);
		});

		it.each([
			[
				'too many reminders',
				{
					jobs: Array.from({ length: RELAY_LIMITS.maxJobsPerWindow + 1 }, (_, i) =>
						job(`j${i}`, { payload: 'AA' })
					)
				},
				/at most 120 reminders/
			],
			[
				'a payload over 2 KB',
				{ jobs: [job('a', { payload: payload(2100) })] },
				/payload must be at most 2048 bytes/
			],
			['a payload that is not base64url', { jobs: [job('a', { payload: 'a+b/c=' })] }, /base64url/],
			['a repeated job id', { jobs: [job('a'), job('a')] }, /repeat a job id/],
			['a TTL over a day', { jobs: [job('a', { ttl: 90_000 })] }, /ttl must be at most/],
			['a fractional send time', { jobs: [job('a', { sendAt: 1.5 })] }, /whole milliseconds/],
			['a topic too long for Web Push', { jobs: [job('a', { topic: 'x'.repeat(33) })] }, /topic/],
			['a job id with spaces', { jobs: [job('a b')] }, /jobs.0.id/],
			[
				'a send time 9 days ahead',
				{ jobs: [job('far', { sendAt: NOW + 9 * 86_400_000 })] },
				/more than 8 days ahead/
			],
			['no jobs list', { window: [] }, /Invalid request/]
		])('a window with %s', async (_, body, message) => {
			const { id, token } = await register();
			const r = await call(`/devices/${id}/jobs`, { method: 'PUT', body, token });
			expect(r.status).toBe(400);
			expect(r.json.error).toMatch(message);
			expect(await store.pendingJobs(id)).toEqual([]);
		});

		it('a body over the size cap, with 413', async () => {
			const { id, token } = await register();
			const raw = JSON.stringify({ jobs: [], pad: 'x'.repeat(RELAY_LIMITS.maxBodyBytes) });
			const r = await call(`/devices/${id}/jobs`, { method: 'PUT', raw, token });
			expect(r.status).toBe(413);
			expect(r.json.error).toMatch(/larger than/);
		});

		it('a page of another origin, with 403', async () => {
			const cross = await call('/vapid-public-key', {
				headers: { origin: 'https://evil.example' }
			});
			expect(cross).toEqual({
				status: 403,
				json: { error: 'Only the app’s own pages may use this relay.' }
			});
			const site = await call('/vapid-public-key', { headers: { 'sec-fetch-site': 'cross-site' } });
			expect(site.status).toBe(403);
			const same = await call('/vapid-public-key', {
				headers: { origin: 'http://relay.test', 'sec-fetch-site': 'same-origin' }
			});
			expect(same.status).toBe(200);
		});

		it('an unknown address, with 404 in JSON', async () => {
			const notFound = { status: 404, json: { error: 'No such address on this relay.' } };
			expect(await call('/status')).toEqual(notFound);
			expect(await call(`/devices/${deviceId()}/everything`)).toEqual(notFound);
		});
	});

	describe('rate limits', () => {
		it('per address', async () => {
			open({ perAddress: 3, perDevice: 100, newDevicesPerHour: 100 });
			const statuses = [];
			for (let i = 0; i < 5; i++) statuses.push((await call('/vapid-public-key')).status);
			expect(statuses).toEqual([200, 200, 200, 429, 429]);
		});

		it('per device, whatever the address, counting only requests whose token checks out', async () => {
			open({ perAddress: 100, perDevice: 2, newDevicesPerHour: 100 });
			const { id, token } = await register();
			const put = () => call(`/devices/${id}/jobs`, { method: 'PUT', body: { jobs: [] }, token });
			// A stranger's bogus requests never count against the device.
			const wrong = 'x'.repeat(43);
			for (let i = 0; i < 5; i++)
				expect((await call(`/devices/${id}`, { method: 'DELETE', token: wrong })).status).toBe(403);
			expect((await put()).status).toBe(200); // 1
			expect((await put()).status).toBe(200); // 2
			const limited = await put(); // 3
			expect(limited.status).toBe(429);
			expect(limited.json.error).toMatch(/Too many requests/);
			// Another device is not held back by this one.
			expect(
				(await call(`/devices/${deviceId()}`, { method: 'PUT', body: { endpoint: ENDPOINT } }))
					.status
			).toBe(201);
		});
	});
});

describe('a fault inside the relay', () => {
	it('is answered 500 and logged with its route and error, never the token or endpoint', async () => {
		const lines: string[] = [];
		const failing = new SqliteJobStore(join(dir, `api-${n++}.sqlite`));
		const faulty = createRelayApi({
			store: Object.assign(Object.create(failing), {
				usage: async () => ({ devices: 0, payloadBytes: 0 }),
				createDevice: async () => {
					throw new Error('disk I/O error');
				}
			}),
			vapidPublicKey: 'BPublicKey',
			hosts: parsePushHosts(undefined),
			now: () => NOW,
			log: (message, fields) => lines.push(JSON.stringify({ message, ...fields }))
		});
		const response = await faulty.request(`http://relay.test/relay/v1/devices/${deviceId()}`, {
			method: 'PUT',
			headers: { host: 'relay.test', 'content-type': 'application/json' },
			body: JSON.stringify({ endpoint: ENDPOINT })
		});
		expect(response.status).toBe(500);
		expect(await response.json()).toEqual({ error: 'The relay failed; try again later.' });
		const failed = lines.map((l) => JSON.parse(l)).filter((l) => l.message === 'request failed');
		expect(failed).toEqual([
			{
				message: 'request failed',
				method: 'PUT',
				route: '/relay/v1/devices/:id',
				error: 'Error: disk I/O error'
			}
		]);
		expect(lines.join('\n')).not.toContain('secret-part');
		await failing.close();
	});
});

describe('abuse (issue 26 point 6)', () => {
	const limits = { perAddress: 1000, perDevice: 1000, newDevicesPerHour: 1000 };

	it('checks the token before the body: no token and a bad body is 401, not 400', async () => {
		const { id } = await register();
		const answer = await call(`/devices/${id}/jobs`, { method: 'PUT', raw: '{"jobs":' });
		expect(answer.status).toBe(401);
		const wrong = await call(`/devices/${id}/jobs`, {
			method: 'PUT',
			raw: '{"jobs":',
			token: 'y'.repeat(43)
		});
		expect(wrong.status).toBe(403);
	});

	it('takes "bearer" in any case', async () => {
		const { id, token } = await register();
		for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
			const answer = await call(`/devices/${id}/jobs`, {
				method: 'PUT',
				body: { jobs: [] },
				headers: { authorization: `${scheme} ${token}` }
			});
			expect(answer.status, scheme).toBe(200);
		}
	});

	it('gives the token with Cache-Control: no-store', async () => {
		const response = await api.request(`http://relay.test/relay/v1/devices/${deviceId()}`, {
			method: 'PUT',
			headers: { host: 'relay.test', 'content-type': 'application/json' },
			body: JSON.stringify({ endpoint: ENDPOINT })
		});
		expect(response.status).toBe(201);
		expect(response.headers.get('cache-control')).toBe('no-store');
	});

	it.each([0, 1, 59])('refuses a TTL of %i seconds', async (ttl) => {
		const { id, token } = await register();
		const answer = await call(`/devices/${id}/jobs`, {
			method: 'PUT',
			body: { jobs: [job('a', { ttl })] },
			token
		});
		expect(answer.status).toBe(400);
		expect(answer.json.error).toMatch(/ttl must be at least 60 seconds/);
	});

	it('lets one address register only so many devices an hour', async () => {
		open({ ...limits, newDevicesPerHour: 3 });
		for (let i = 0; i < 3; i++) await register();
		const refused = await call(`/devices/${deviceId()}`, {
			method: 'PUT',
			body: { endpoint: ENDPOINT }
		});
		expect(refused.status).toBe(429);
		expect(refused.json.error).toMatch(/Too many new devices/);
	});

	it('refuses a new device once the relay holds its cap of devices (507)', async () => {
		const logged: string[] = [];
		open(limits, {
			caps: { maxDevices: 2, maxStoredBytes: 10_000_000 },
			log: (message) => logged.push(message)
		});
		await register();
		const { id, token } = await register();
		const refused = await call(`/devices/${deviceId()}`, {
			method: 'PUT',
			body: { endpoint: ENDPOINT }
		});
		expect(refused.status).toBe(507);
		expect(refused.json.error).toMatch(/The relay is full/);
		expect(logged).toContain('device cap reached; registration refused');
		// A device it holds goes on working, and one gone makes room.
		expect((await call(`/devices/${id}`, { method: 'DELETE', token })).status).toBe(200);
		await register();
	});

	it('refuses a window that would take the stored bytes past the cap; replacing its own counts once', async () => {
		open(limits, { caps: { maxDevices: 100, maxStoredBytes: 5000 } });
		const first = await register();
		const second = await register();
		const window = (prefix: string) => ({
			jobs: [job(`${prefix}1`), job(`${prefix}2`)] // 2 x 1200 bytes
		});
		const put = (d: { id: string; token: string }, body: object) =>
			call(`/devices/${d.id}/jobs`, { method: 'PUT', body, token: d.token });
		expect((await put(first, window('a'))).status).toBe(200); // 2,400
		expect((await put(first, window('b'))).status).toBe(200); // replaces: still 2,400
		const fits = await put(second, window('c')); // 2,400 + 2,400 = 4,800
		expect(fits.status).toBe(200);
		const over = await put(second, { jobs: [job('c1'), job('c2'), job('c3')] }); // 2,400 + 3,600
		expect(over.status).toBe(507);
		expect((await store.pendingJobs(second.id)).map((j) => j.id)).toEqual(['c1', 'c2']);
	});

	it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
		const answers = async (remoteAddress: string) => {
			open(
				{ perAddress: 2, perDevice: 100, newDevicesPerHour: 100 },
				{
					trustedProxy: (address) => address === '10.0.0.5'
				}
			);
			const statuses: number[] = [];
			for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
				const response = await api.request(
					'http://relay.test/relay/v1/vapid-public-key',
					{ headers: { host: 'relay.test', 'x-forwarded-for': client } },
					{ incoming: { socket: { remoteAddress, remoteFamily: 'IPv4', remotePort: 1 } } }
				);
				statuses.push(response.status);
			}
			return statuses;
		};
		// From the proxy: three clients, each within its own limit.
		expect(await answers('10.0.0.5')).toEqual([200, 200, 200]);
		// From anyone else the header is ignored: one address, limited after two.
		expect(await answers('198.51.100.7')).toEqual([200, 200, 429]);
	});
});
