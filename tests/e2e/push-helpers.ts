import { createECDH, randomBytes } from 'node:crypto';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { E2E_PUSH_ORIGIN } from './relay-env';

// What the reminder and push tests share: the app's service worker as the tests reach into it, and
// a push subscription Chromium here cannot make itself.

/** The bits of the worker's global scope the tests touch (Node's types do not have them). */
export interface WorkerScope {
	registration: {
		getNotifications(filter?: {
			tag?: string;
		}): Promise<{ title: string; body: string; tag: string; actions?: { action: string }[] }[]>;
	};
	dispatchEvent(event: Event): boolean;
	NotificationEvent: new (type: string, init: { notification: unknown; action: string }) => Event;
}

/** The app's service worker (waits for it if it has not started yet). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
	return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** A subscription as a browser would make one, with its private key kept here to decrypt. */
export function fakeSubscription() {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	const auth = randomBytes(16);
	return {
		ecdh,
		auth,
		json: {
			endpoint: `${E2E_PUSH_ORIGIN}/push/${randomBytes(8).toString('hex')}`,
			keys: { p256dh: ecdh.getPublicKey('base64url'), auth: auth.toString('base64url') }
		}
	};
}

/** Makes the page's PushManager hand out `subscription` (Chromium here cannot subscribe). */
export async function fakePushManager(
	page: Page,
	subscription: { endpoint: string; keys: { p256dh: string; auth: string } }
): Promise<void> {
	await page.addInitScript((sub) => {
		const bytes = (b64: string) =>
			Uint8Array.from(
				atob(b64.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (b64.length % 4)) % 4)),
				(c) => c.charCodeAt(0)
			).buffer;
		let current: unknown = null;
		PushManager.prototype.getSubscription = async () => current as PushSubscription | null;
		PushManager.prototype.subscribe = async (options?: PushSubscriptionOptionsInit) => {
			current = {
				endpoint: sub.endpoint,
				options: { applicationServerKey: options?.applicationServerKey, userVisibleOnly: true },
				getKey: (name: 'p256dh' | 'auth') => bytes(sub.keys[name]),
				unsubscribe: async () => {
					current = null;
					return true;
				}
			};
			return current as PushSubscription;
		};
	}, subscription);
}
