import type { ClosedAppPush, PushUnavailable, RelayAnswer } from '$lib/domain/ports';
import type { PushDevice, PushReminder } from '$lib/domain/push-window';
import { pushMessageOf } from '$lib/pwa/protocol';
import { RELAY_PREFIX } from '../../../relay/src/protocol';
import { encryptPushMessage, fromBase64Url, toBase64Url } from './push-encryption';

// Closed-app reminders on the browser's Push API and the relay on the app's own origin. Each
// reminder is encrypted here with the subscription's own keys (RFC 8291) and padded to one size, so
// the relay learns the times of reminders and nothing of what they say. Each job's id and Web Push
// Topic are opaque too (opaqueJobId): an item's id names its date and measure.

/** Every encrypted reminder's record: 1,500 bytes (the app's choice), 1,602 on the wire. */
export const PUSH_RECORD_BYTES = 1500;

/** What the adapter needs from where it runs (the page or the service worker). */
export interface PushEnvironment {
	/** The service worker registration, or null where there is none. */
	registration(): Promise<ServiceWorkerRegistration | null>;
	/** The app's root path: '/', or '/care/' when it is published under a sub-path. */
	appRoot(): string;
	/** Fetches an absolute path on the app's origin. */
	fetch(input: string, init?: RequestInit): Promise<Response>;
	/** 'granted', 'denied', 'default', or 'unsupported'. */
	notificationPermission(): string;
	/** An iPhone or iPad browser tab (not the Home Screen app), where Web Push never comes. */
	iosTab(): boolean;
}

const encoder = new TextEncoder();

/** The reminder as the encrypted JSON the device receives, its body cut to fit the padded size. */
export function pushPlaintext(reminder: PushReminder, appRoot = '/'): Uint8Array {
	let body = reminder.body;
	for (;;) {
		const bytes = encoder.encode(JSON.stringify(pushMessageOf({ ...reminder, body }, appRoot)));
		if (bytes.length < PUSH_RECORD_BYTES || body.length === 0) return bytes;
		body = `${body.slice(0, Math.max(0, body.length - 40)).trimEnd()}…`;
		if (body === '…') body = '';
	}
}

/**
 * The key that turns item ids into job ids: derived (HKDF) from the subscription's auth secret,
 * which the browser made and which never leaves the device (the page encrypts; the relay and the
 * push service never see it). The page and the worker both reach it, so nothing new is stored, and
 * a new subscription, whose window is uploaded whole, gets new ids.
 */
export async function jobIdKey(auth: Uint8Array): Promise<CryptoKey> {
	const secret = await crypto.subtle.importKey('raw', auth as BufferSource, 'HKDF', false, [
		'deriveKey'
	]);
	return crypto.subtle.deriveKey(
		{
			name: 'HKDF',
			hash: 'SHA-256',
			salt: new Uint8Array(0),
			info: encoder.encode('deep-gluteal-care relay job id')
		},
		secret,
		{ name: 'HMAC', hash: 'SHA-256', length: 256 },
		false,
		['sign']
	);
}

/**
 * An item's id as the relay and the push service see it, as job id and Topic: 22 base64url
 * characters of HMAC-SHA-256, the same for one item within one subscription (a re-sent reminder
 * replaces the one a push service still holds), and nothing of the date or the measure.
 */
export async function opaqueJobId(key: CryptoKey, itemId: string): Promise<string> {
	const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(itemId));
	return toBase64Url(new Uint8Array(mac).slice(0, 16));
}

function sameKey(buffer: ArrayBuffer | null | undefined, key: string): boolean {
	return !!buffer && toBase64Url(new Uint8Array(buffer)) === key;
}

export class RelayPush implements ClosedAppPush {
	constructor(private readonly env: PushEnvironment) {}

	async #call(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
		// The relay lives beside the app: under its sub-path when it has one.
		return this.env.fetch(`${this.env.appRoot()}${RELAY_PREFIX.slice(1)}${path}`, {
			method: init.method ?? 'GET',
			headers: {
				...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
				...(init.token ? { authorization: `Bearer ${init.token}` } : {})
			},
			body: init.body === undefined ? undefined : JSON.stringify(init.body),
			cache: 'no-store'
		});
	}

	/** The relay's public key; null when this origin has no relay; 'unreachable' when offline. */
	async #vapidKey(): Promise<string | null | 'unreachable'> {
		let response: Response;
		try {
			response = await this.#call('/vapid-public-key');
		} catch {
			return 'unreachable';
		}
		if (response.status >= 500) return 'unreachable';
		const json = (await response.json().catch(() => null)) as { key?: unknown } | null;
		return response.ok && typeof json?.key === 'string' ? json.key : null;
	}

	async #subscription(): Promise<PushSubscription | null> {
		const registration = await this.env.registration();
		return (await registration?.pushManager?.getSubscription()) ?? null;
	}

	async availability(): Promise<'ready' | PushUnavailable> {
		if (this.env.iosTab()) return 'needs-install';
		const registration = await this.env.registration();
		if (!registration?.pushManager) return 'unsupported';
		if (this.env.notificationPermission() !== 'granted') return 'notifications-off';
		return (await this.#vapidKey()) === null ? 'no-relay' : 'ready';
	}

	async enable(existing: PushDevice | null): Promise<PushDevice | PushUnavailable | 'unreachable'> {
		const key = await this.#vapidKey();
		if (key === 'unreachable') return 'unreachable';
		if (key === null) return 'no-relay';
		const registration = await this.env.registration();
		if (!registration?.pushManager) return 'unsupported';
		let subscription = await registration.pushManager.getSubscription();
		// A subscription made for another relay's key cannot carry this relay's pushes.
		if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
			await subscription.unsubscribe().catch(() => undefined);
			subscription = null;
		}
		try {
			subscription ??= await registration.pushManager.subscribe({
				userVisibleOnly: true,
				applicationServerKey: fromBase64Url(key)
			});
		} catch {
			return 'refused';
		}
		const endpoint = subscription.endpoint;
		try {
			if (existing) {
				if (existing.endpoint === endpoint) return existing;
				const renewed = await this.#call(`/devices/${existing.id}`, {
					method: 'PUT',
					body: { endpoint },
					token: existing.token
				});
				if (renewed.ok) return { ...existing, endpoint };
				if (renewed.status >= 500 || renewed.status === 429) return 'unreachable';
				// The relay forgot this device: register it anew below.
			}
			const id = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
			const created = await this.#call(`/devices/${id}`, { method: 'PUT', body: { endpoint } });
			const json = (await created.json().catch(() => null)) as { token?: unknown } | null;
			if (created.status === 201 && typeof json?.token === 'string')
				return { id, token: json.token, endpoint };
			return created.status === 400 ? 'refused' : 'unreachable';
		} catch {
			return 'unreachable';
		}
	}

	async upload(device: PushDevice, reminders: readonly PushReminder[]): Promise<RelayAnswer> {
		const subscription = await this.#subscription();
		if (!subscription || subscription.endpoint !== device.endpoint) return 'gone';
		const p256dh = subscription.getKey('p256dh');
		const auth = subscription.getKey('auth');
		if (!p256dh || !auth) return 'gone';
		const keys = { p256dh: new Uint8Array(p256dh), auth: new Uint8Array(auth) };
		const idKey = await jobIdKey(keys.auth);
		const jobs = await Promise.all(
			reminders.map(async (r) => {
				const id = await opaqueJobId(idKey, r.id);
				return {
					id,
					sendAt: r.sendAt.getTime(),
					ttl: r.ttlSeconds,
					topic: id,
					payload: toBase64Url(
						await encryptPushMessage(pushPlaintext(r, this.env.appRoot()), keys, {
							padTo: PUSH_RECORD_BYTES
						})
					)
				};
			})
		);
		try {
			const response = await this.#call(`/devices/${device.id}/jobs`, {
				method: 'PUT',
				body: { jobs },
				token: device.token
			});
			if (response.ok) return 'ok';
			return response.status === 403 || response.status === 404 ? 'gone' : 'unreachable';
		} catch {
			return 'unreachable';
		}
	}

	async disable(device: PushDevice | null): Promise<void> {
		const subscription = await this.#subscription().catch(() => null);
		await subscription?.unsubscribe().catch(() => undefined);
		if (device)
			await this.#call(`/devices/${device.id}`, { method: 'DELETE', token: device.token }).catch(
				() => undefined
			);
	}
}
