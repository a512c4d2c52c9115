import { createECDH, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parsePushHosts } from '../../relay/src/push-hosts';
import { startRelay, type Relay } from '../../relay/src/relay';
import { SqliteJobStore } from '../../relay/src/sqlite-store';
import { CARE_MEASURE_IDS } from '$lib/domain/measures';
import type { PushReminder } from '$lib/domain/push-window';
import { pushMessageOf } from '$lib/pwa/protocol';
import { PUSH_RECORD_BYTES, pushPlaintext, RelayPush } from '$lib/reminders/push-relay';
import { fromBase64Url } from '$lib/reminders/push-encryption';
import { eventually } from './job-store.contract';
import {
	startScriptedPushService,
	startWebPushTesting,
	type MockPushService
} from './push-service';

// The page's side (src/lib/reminders/push-relay.ts) against the real relay and a local push
// service: what the app uploads arrives at its time and decrypts to what the page wrote.

const dir = mkdtempSync(join(tmpdir(), 'relay-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let relay: Relay | undefined;
let push: MockPushService | undefined;
afterEach(async () => {
	await relay?.close();
	await push?.close();
	relay = push = undefined;
});

/** A browser's PushManager whose subscription the mock push service issued. */
function fakeRegistration(service: MockPushService, vapidKey: () => string) {
	let subscription: PushSubscription | null = null;
	const pushManager = {
		async getSubscription() {
			return subscription;
		},
		async subscribe(options: PushSubscriptionOptionsInit) {
			const key = Buffer.from(options.applicationServerKey as Uint8Array).toString('base64url');
			expect(key).toBe(vapidKey());
			const issued = await service.subscribe(key);
			const keys = {
				p256dh: fromBase64Url(issued.keys.p256dh),
				auth: fromBase64Url(issued.keys.auth)
			};
			subscription = {
				endpoint: issued.endpoint,
				options: {
					applicationServerKey: (options.applicationServerKey as Uint8Array).buffer,
					userVisibleOnly: true
				},
				getKey: (name: 'p256dh' | 'auth') => keys[name].buffer,
				unsubscribe: async () => {
					subscription = null;
					return true;
				},
				clientHash: issued.clientHash
			} as unknown as PushSubscription;
			return subscription;
		}
	};
	return {
		registration: { pushManager } as unknown as ServiceWorkerRegistration,
		clientHash: () => (subscription as unknown as { clientHash: string }).clientHash
	};
}

describe('the page’s relay adapter', () => {
	it('subscribes, registers, uploads an encrypted window; the push service decrypts what the page wrote', async () => {
		push = await startWebPushTesting();
		relay = await startRelay(
			{
				dataDir: dir,
				databaseUrl: undefined,
				vapidSubject: 'mailto:relay@example.org',
				pushHosts: parsePushHosts(`default,${push.origin}`)
			},
			{ store: new SqliteJobStore(join(dir, 'page.sqlite')), log: () => undefined }
		);
		const browser = fakeRegistration(push, () => relay!.vapidPublicKey);
		const adapter = new RelayPush({
			registration: async () => browser.registration,
			appRoot: () => '/',
			fetch: (input, init) =>
				Promise.resolve(
					relay!.fetch(
						new Request(new URL(input, 'http://app.test'), {
							...init,
							headers: { ...(init?.headers as object), host: 'app.test' }
						})
					)
				),
			notificationPermission: () => 'granted',
			iosTab: () => false
		});
		expect(await adapter.availability()).toBe('ready');
		const device = await adapter.enable(null);
		if (typeof device === 'string') throw new Error(`not enabled: ${device}`);
		expect(await relay.store.device(device.id)).not.toBeNull();

		const reminder: PushReminder = {
			id: '2026-06-15:cold-compress:0',
			itemId: '2026-06-15:cold-compress:0',
			date: '2026-06-15',
			sendAt: new Date(Date.now() + 800),
			ttlSeconds: 7200,
			title: 'Cold compress at 07:00',
			body: 'Wrap the ice pack in a thin towel. Open the app to keep your reminders coming.'
		};
		const later = {
			...reminder,
			id: 'later',
			itemId: '2026-06-16:walk:0',
			sendAt: new Date(Date.now() + 3_600_000)
		};
		expect(await adapter.upload(device, [reminder, later])).toBe('ok');
		const expected = JSON.stringify(pushMessageOf(reminder));
		await eventually(async () =>
			expect(await push!.messages(browser.clientHash())).toEqual([expected])
		);
		expect(JSON.parse(expected)).toMatchObject({
			web_push: 8030,
			notification: { tag: reminder.itemId, navigate: '/#item-2026-06-15-cold-compress-0' }
		});

		// Turning it off removes the device at the relay and unsubscribes.
		await adapter.disable(device);
		expect(await relay.store.device(device.id)).toBeNull();
		expect(await browser.registration.pushManager.getSubscription()).toBeNull();
		expect(await adapter.upload(device, [reminder])).toBe('gone');
	});

	it('says there is no relay on a static-only deploy, and that the relay is unreachable offline', async () => {
		const staticHost = new RelayPush({
			registration: async () => ({ pushManager: {} }) as unknown as ServiceWorkerRegistration,
			appRoot: () => '/',
			fetch: async () => new Response('Not found', { status: 404 }),
			notificationPermission: () => 'granted',
			iosTab: () => false
		});
		expect(await staticHost.availability()).toBe('no-relay');
		expect(await staticHost.enable(null)).toBe('no-relay');
		const offline = new RelayPush({
			registration: async () => ({ pushManager: {} }) as unknown as ServiceWorkerRegistration,
			appRoot: () => '/',
			fetch: async () => {
				throw new TypeError('Failed to fetch');
			},
			notificationPermission: () => 'granted',
			iosTab: () => false
		});
		expect(await offline.enable(null)).toBe('unreachable');
		const iphone = new RelayPush({
			registration: async () => null,
			appRoot: () => '/',
			fetch: async () => new Response('{}'),
			notificationPermission: () => 'default',
			iosTab: () => true
		});
		expect(await iphone.availability()).toBe('needs-install');
	});

	it('under a sub-path, reaches the relay beside the app and opens Today there', async () => {
		const asked: string[] = [];
		const published = new RelayPush({
			registration: async () => ({ pushManager: {} }) as unknown as ServiceWorkerRegistration,
			appRoot: () => '/care/',
			fetch: async (input) => {
				asked.push(input);
				return new Response('Not found', { status: 404 });
			},
			notificationPermission: () => 'granted',
			iosTab: () => false
		});
		expect(await published.availability()).toBe('no-relay');
		expect(asked).toEqual(['/care/relay/v1/vapid-public-key']);
		const reminder = {
			itemId: '2026-06-15:walk:0',
			date: '2026-06-15',
			sendAt: new Date('2026-06-15T10:00:00Z'),
			title: 'Walk at 12:00',
			body: 'A gentle walk.'
		};
		expect(pushMessageOf(reminder, '/care/').notification.navigate).toBe(
			'/care/#item-2026-06-15-walk-0'
		);
	});

	it('cuts a long body so every reminder fits the one padded size', () => {
		const long: PushReminder = {
			id: 'x',
			itemId: '2026-06-15:stretch:0',
			date: '2026-06-15',
			sendAt: new Date(),
			ttlSeconds: 60,
			title: 'Stretch',
			body: 'word '.repeat(600)
		};
		const bytes = pushPlaintext(long);
		expect(bytes.length).toBeLessThan(PUSH_RECORD_BYTES);
		expect(JSON.parse(new TextDecoder().decode(bytes)).notification.body).toMatch(/…$/);
	});

	it('lets nothing of the plan reach the relay or the push service: no measure, title or date in any request, column, header or log line', async () => {
		const service = await startScriptedPushService(() => ({ status: 201 }));
		const logged: string[] = [];
		const dataDir = mkdtempSync(join(dir, 'words-'));
		const store = new SqliteJobStore(join(dataDir, 'relay.sqlite'));
		relay = await startRelay(
			{
				dataDir,
				databaseUrl: undefined,
				vapidSubject: 'mailto:relay@example.org',
				pushHosts: parsePushHosts(`default,${service.origin}`)
			},
			{ store, log: (message, fields) => logged.push(`${message} ${JSON.stringify(fields ?? {})}`) }
		);
		// A subscription as a browser makes one: the keys stay here, as they stay on the phone.
		const ecdh = createECDH('prime256v1');
		ecdh.generateKeys();
		const auth = randomBytes(16);
		const subscription = {
			endpoint: `${service.origin}/push/${randomBytes(8).toString('hex')}`,
			options: { applicationServerKey: null, userVisibleOnly: true },
			getKey: (name: 'p256dh' | 'auth') =>
				new Uint8Array(name === 'auth' ? auth : ecdh.getPublicKey()).buffer,
			unsubscribe: async () => true
		};
		const registration = {
			pushManager: {
				getSubscription: async () => subscription,
				subscribe: async () => subscription
			}
		} as unknown as ServiceWorkerRegistration;
		const sent: string[] = [];
		const adapter = new RelayPush({
			registration: async () => registration,
			appRoot: () => '/',
			fetch: async (input, init) => {
				const request = new Request(new URL(input, 'http://app.test'), {
					...init,
					headers: { ...(init?.headers as object), host: 'app.test' }
				});
				sent.push(`${request.method} ${request.url} ${await request.clone().text()}`);
				return relay!.fetch(request);
			},
			notificationPermission: () => 'granted',
			iosTab: () => false
		});
		const device = await adapter.enable(null);
		if (typeof device === 'string') throw new Error(`not enabled: ${device}`);

		// Every measure, on two days; the first one due at once so a push goes out.
		const days = ['2026-06-15', '2026-06-16'];
		const window: PushReminder[] = days.flatMap((date, d) =>
			CARE_MEASURE_IDS.map((measure, i) => ({
				id: `${date}:${measure}:${i}`,
				itemId: `${date}:${measure}:${i}`,
				date,
				sendAt: new Date(Date.now() + (d === 0 && i === 0 ? 300 : 3_600_000 * (1 + d * 24 + i))),
				ttlSeconds: 7200,
				title: `${measure.replace(/-/g, ' ')} at 07:30`,
				body: `Time for ${measure}.`
			}))
		);
		expect(await adapter.upload(device, window)).toBe('ok');
		await eventually(async () => expect(service.arrivals).toHaveLength(1));

		const words = [
			...CARE_MEASURE_IDS,
			...CARE_MEASURE_IDS.map((m) => m.replace(/-/g, '')),
			...CARE_MEASURE_IDS.map((m) => m.replace(/-/g, ' ')),
			...days,
			...days.map((d) => d.replace(/-/g, '')),
			'07:30',
			'0730'
		];
		const leaks = (where: string, text: string) =>
			words
				.filter((w) => text.toLowerCase().includes(w.toLowerCase()))
				.map((w) => `${w} in ${where}`);

		// What crossed the wire to the relay: addresses and bodies (the payloads are ciphertext).
		const onTheWire = sent.map((line) =>
			line.replace(/"payload":"[A-Za-z0-9_-]+"/g, '"payload":…')
		);
		const found = onTheWire.flatMap((line) => leaks('a request', line));
		// Every column of every row of every table.
		const db = new Database(join(dataDir, 'relay.sqlite'), { readonly: true });
		const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as {
			name: string;
		}[];
		for (const { name } of tables)
			for (const row of db.prepare(`select * from ${name}`).all() as Record<string, unknown>[])
				for (const [column, value] of Object.entries(row))
					if (typeof value === 'string' || typeof value === 'number')
						found.push(...leaks(`${name}.${column}`, String(value)));
		db.close();
		// The database's files as bytes, free pages and the write-ahead log included.
		// (Words of six letters or more: a shorter one turns up by chance in 50 kB of ciphertext.)
		for (const file of readdirSync(dataDir)) {
			const bytes = readFileSync(join(dataDir, file)).toString('latin1');
			found.push(...leaks(file, bytes).filter((leak) => leak.indexOf(' in ') >= 6));
		}
		// What the push service received: its address and every header.
		for (const arrival of service.arrivals) {
			found.push(...leaks('the push address', arrival.path));
			for (const [header, value] of Object.entries(arrival.headers))
				found.push(...leaks(`the ${header} header`, String(value)));
		}
		for (const line of logged) found.push(...leaks('the log', line));
		expect(found).toEqual([]);
		// The ids the relay holds are the same opaque ones the push service got as Topic.
		const jobs = await relay.store.pendingJobs(device.id);
		expect(jobs.length).toBe(window.length - 1);
		for (const job of jobs) expect(job.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(service.arrivals[0]!.headers.topic).toMatch(/^[A-Za-z0-9_-]{22}$/);
		await service.close();
	});
});
