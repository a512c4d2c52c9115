import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parsePushHosts } from '../../relay/src/push-hosts';
import { PushSender, retryTime } from '../../relay/src/push-sender';
import { startRelay, type Relay } from '../../relay/src/relay';
import { SqliteJobStore } from '../../relay/src/sqlite-store';
import { encryptPushMessage, fromBase64Url, toBase64Url } from '$lib/reminders/push-encryption';
import { deviceId, eventually } from './job-store.contract';
import { startScriptedPushService, startWebPushTesting } from './push-service';

// The relay end to end: a window uploaded over its API, sent at its time to a local push service
// that checks VAPID and decrypts what arrives.

const dir = mkdtempSync(join(tmpdir(), 'relay-delivery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const logged: string[] = [];
let relay: Relay | undefined;
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
	await relay?.close();
	relay = undefined;
	for (const close of closers.splice(0)) await close();
});

async function openRelay(pushOrigin: string) {
	relay = await startRelay(
		{
			dataDir: dir,
			databaseUrl: undefined,
			vapidSubject: 'mailto:relay@example.org',
			pushHosts: parsePushHosts(`default,${pushOrigin}`)
		},
		{
			store: new SqliteJobStore(join(dir, `delivery-${n++}.sqlite`)),
			log: (message, fields) => logged.push(JSON.stringify({ message, ...fields }))
		}
	);
	return relay;
}

async function api(path: string, init: { method: string; body?: unknown; token?: string }) {
	const response = await relay!.fetch(
		new Request(`http://app.test/relay/v1${path}`, {
			method: init.method,
			headers: {
				host: 'app.test',
				'content-type': 'application/json',
				...(init.token ? { authorization: `Bearer ${init.token}` } : {})
			},
			body: init.body === undefined ? undefined : JSON.stringify(init.body)
		})
	);
	return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** What the page does: register the device, encrypt each reminder, upload the window. */
async function upload(
	subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
	reminders: { id: string; sendAt: number; ttl: number; text: string }[]
) {
	const id = deviceId();
	const created = await api(`/devices/${id}`, {
		method: 'PUT',
		body: { endpoint: subscription.endpoint }
	});
	expect(created.status).toBe(201);
	const token = created.json.token as string;
	const keys = {
		p256dh: fromBase64Url(subscription.keys.p256dh),
		auth: fromBase64Url(subscription.keys.auth)
	};
	const jobs = await Promise.all(
		reminders.map(async (r) => ({
			id: r.id,
			sendAt: r.sendAt,
			ttl: r.ttl,
			topic: r.id,
			payload: toBase64Url(
				await encryptPushMessage(new TextEncoder().encode(r.text), keys, { padTo: 1500 })
			)
		}))
	);
	const put = await api(`/devices/${id}/jobs`, { method: 'PUT', body: { jobs }, token });
	expect(put.status).toBe(200);
	return { id, token, jobs };
}

const reminderJson = (title: string) =>
	JSON.stringify({
		web_push: 8030,
		notification: { title, body: 'Ice pack, 15 minutes', navigate: '/#item-ice', tag: 'ice' }
	});

describe('the relay end to end', () => {
	it('sends a reminder the page encrypted at its time; the push service checks VAPID and decrypts what the page wrote', async () => {
		const push = await startWebPushTesting();
		closers.push(push.close);
		const r = await openRelay(push.origin);
		const subscription = await push.subscribe(r.vapidPublicKey);
		const sendAt = Date.now() + 1200;
		const text = reminderJson('Time for your ice pack');
		const { id } = await upload(subscription, [
			{ id: 'ice', sendAt, ttl: 600, text },
			{ id: 'walk', sendAt: Date.now() + 3_600_000, ttl: 600, text: reminderJson('Walk') }
		]);
		expect(await push.messages(subscription.clientHash)).toEqual([]);
		await eventually(async () =>
			expect(await push.messages(subscription.clientHash)).toEqual([text])
		);
		expect(Date.now()).toBeGreaterThanOrEqual(sendAt);
		await eventually(async () =>
			expect((await r.store.pendingJobs(id)).map((j) => j.id)).toEqual(['walk'])
		);
	});

	it('stores only bytes it cannot read: the stored payload is the ciphertext, not the text', async () => {
		const push = await startWebPushTesting();
		closers.push(push.close);
		const r = await openRelay(push.origin);
		const subscription = await push.subscribe(r.vapidPublicKey);
		const text = reminderJson('A private reminder about sciatica');
		const { jobs } = await upload(subscription, [
			{ id: 'x', sendAt: Date.now() + 3_600_000, ttl: 60, text }
		]);
		const stored = fromBase64Url(jobs[0]!.payload);
		expect(stored.length).toBe(86 + 1500 + 16); // header, padded record, tag: every reminder alike
		expect(Buffer.from(stored).toString('latin1')).not.toContain('sciatica');
	});

	it('forgets the device when the push service answers 410', async () => {
		const push = await startWebPushTesting();
		closers.push(push.close);
		const r = await openRelay(push.origin);
		const subscription = await push.subscribe(r.vapidPublicKey);
		await push.expire(subscription.clientHash);
		const { id } = await upload(subscription, [
			{ id: 'a', sendAt: Date.now(), ttl: 60, text: reminderJson('a') }
		]);
		await eventually(async () => expect(await r.store.device(id)).toBeNull());
		expect(logged.join('\n')).toContain('forgot the subscription');
	});

	it('sends the headers a push service needs, with a VAPID JWT reused per origin', async () => {
		const service = await startScriptedPushService(() => ({ status: 201 }));
		closers.push(service.close);
		const r = await openRelay(service.origin);
		const subscription = {
			endpoint: `${service.origin}/push/abc`,
			keys: {
				p256dh: toBase64Url(new Uint8Array([4, ...randomBytes(64)])),
				auth: 'AAAAAAAAAAAAAAAAAAAAAA'
			}
		};
		// A real P-256 point is needed to encrypt; the scripted service does not decrypt.
		const ecdh = (await import('node:crypto')).createECDH('prime256v1');
		ecdh.generateKeys();
		subscription.keys.p256dh = ecdh.getPublicKey('base64url');
		const now = Date.now();
		await upload(subscription, [
			{ id: 'one', sendAt: now, ttl: 900, text: 'one' },
			{ id: 'two', sendAt: now, ttl: 900, text: 'two' }
		]);
		await eventually(() => expect(service.arrivals).toHaveLength(2));
		const [a, b] = service.arrivals;
		expect(a!.path).toBe('/push/abc');
		expect(a!.headers['content-encoding']).toBe('aes128gcm');
		expect(a!.headers.urgency).toBe('high');
		expect(['one', 'two']).toContain(a!.headers.topic);
		expect(Number(a!.headers.ttl)).toBeGreaterThan(890);
		expect(Number(a!.headers.ttl)).toBeLessThanOrEqual(900);
		expect(a!.body.length).toBe(86 + 1500 + 16);
		expect(a!.headers.authorization).toBe(b!.headers.authorization);

		const [, jwt, key] = /^vapid t=([^,]+), k=(.+)$/.exec(a!.headers.authorization!)!;
		expect(key).toBe(r.vapidPublicKey);
		const [header, claims, signature] = jwt!.split('.');
		const publicKey = fromBase64Url(r.vapidPublicKey);
		const verifier = createPublicKey({
			key: {
				kty: 'EC',
				crv: 'P-256',
				x: toBase64Url(publicKey.slice(1, 33)),
				y: toBase64Url(publicKey.slice(33))
			},
			format: 'jwk'
		});
		const signed = verify(
			'sha256',
			Buffer.from(`${header}.${claims}`),
			{ key: verifier, dsaEncoding: 'ieee-p1363' },
			Buffer.from(signature!, 'base64url')
		);
		expect(signed).toBe(true);
		const body = JSON.parse(Buffer.from(claims!, 'base64url').toString());
		expect(body.aud).toBe(service.origin);
		expect(body.sub).toBe('mailto:relay@example.org');
		expect(body.exp * 1000 - Date.now()).toBeLessThan(24 * 3_600_000);
	});
});

describe('the sender', () => {
	const keys = { publicKey: 'BKeyForTest', privateKey: 'unused' };
	const job = (extra: object = {}) => ({
		deviceId: deviceId(),
		id: 'a',
		sendAt: Date.now(),
		ttlSeconds: 60,
		topic: 'a',
		payload: randomBytes(100),
		attempts: 0,
		endpoint: 'https://fcm.googleapis.com/x',
		...extra
	});

	it.each([
		// attempts, seconds since the send time, Retry-After, TTL, expected wait (null: dropped)
		[0, 0, undefined, 60, 2_000],
		[1, 0, undefined, 60, 4_000],
		[3, 0, undefined, 60, 16_000],
		[10, 0, undefined, 3600, 300_000],
		[0, 0, 30, 60, 30_000],
		[0, 0, 1, 60, 2_000],
		[0, 50, undefined, 60, 2_000],
		[0, 58, undefined, 60, null],
		[2, 0, 120, 60, null]
	])(
		'after %i failed tries, %is late, Retry-After %s, TTL %is: waits %s ms',
		(attempts, late, after, ttl, wait) => {
			const sendAt = 1_000_000;
			const now = sendAt + late * 1000;
			const at = retryTime({ sendAt, ttlSeconds: ttl, attempts }, now, after);
			expect(at === null ? null : at - now).toBe(wait);
		}
	);

	it('retries a busy push service (429 with Retry-After, then 503) and sends once it answers', async () => {
		const service = await startScriptedPushService((_, count) =>
			count === 1
				? { status: 429, headers: { 'retry-after': '1' } }
				: count === 2
					? { status: 503 }
					: { status: 201 }
		);
		closers.push(service.close);
		const sender = new PushSender({
			keys: (await import('web-push')).default.generateVAPIDKeys(),
			subject: 'mailto:a@b.example',
			hosts: parsePushHosts(service.origin),
			log: () => undefined
		});
		const base = job({ endpoint: `${service.origin}/p` });
		const first = await sender.deliver(base);
		expect(first.kind).toBe('retry');
		const second = await sender.deliver({ ...base, attempts: 1 });
		expect(second.kind).toBe('retry');
		expect(await sender.deliver({ ...base, attempts: 2 })).toEqual({ kind: 'sent' });
		sender.close();
	});

	it.each([
		[400, 'drop'],
		[403, 'drop'],
		[413, 'drop'],
		[404, 'gone'],
		[410, 'gone'],
		[201, 'sent'],
		[202, 'sent']
	])('reads a push service’s %i as %s', async (status, kind) => {
		const service = await startScriptedPushService(() => ({ status }));
		closers.push(service.close);
		const sender = new PushSender({
			keys: (await import('web-push')).default.generateVAPIDKeys(),
			subject: 'https://relay.example.org/contact',
			hosts: parsePushHosts(service.origin),
			log: () => undefined
		});
		expect((await sender.deliver(job({ endpoint: `${service.origin}/p` }))).kind).toBe(kind);
		sender.close();
	});

	it('drops a job past its TTL without sending, and one whose host is no longer allowed', async () => {
		const sender = new PushSender({
			keys,
			subject: 'mailto:a@b.example',
			hosts: parsePushHosts(undefined),
			log: () => undefined
		});
		expect(await sender.deliver(job({ sendAt: Date.now() - 61_000 }))).toEqual({ kind: 'drop' });
		expect(await sender.deliver(job({ endpoint: 'https://push.evil.example/x' }))).toEqual({
			kind: 'drop'
		});
	});

	it('never connects to a private address through an allowed host name, and drops the job at once', async () => {
		// Only an origin named exactly may be private; a host name must resolve to a public address.
		const logs: string[] = [];
		const sender = new PushSender({
			keys: (await import('web-push')).default.generateVAPIDKeys(),
			subject: 'mailto:a@b.example',
			hosts: parsePushHosts('localhost'),
			log: (m, f) => logs.push(JSON.stringify({ m, ...f }))
		});
		const outcome = await sender.deliver(job({ endpoint: 'https://localhost/push' }));
		// It would resolve the same way on every retry until its TTL: dropped now.
		expect(outcome.kind).toBe('drop');
		expect(logs.join()).toContain('resolves to a private address; job dropped');
		sender.close();
	});

	it('refuses a VAPID subject push services would refuse', () => {
		expect(
			() =>
				new PushSender({
					keys,
					subject: 'relay@example.org',
					hosts: parsePushHosts(undefined),
					log: () => undefined
				})
		).toThrow(/mailto: or https:/);
	});

	it('logs no token, endpoint path or ciphertext in any of the above', () => {
		const secrets = /secret-part|push\/abc|\/notify\/|Bearer|t=ey/;
		for (const line of logged) expect(line).not.toMatch(secrets);
		expect(logged.length).toBeGreaterThan(0);
	});
});
