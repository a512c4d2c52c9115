import type {
	AppBadge,
	NotificationPermissionPort,
	PermissionAnswer,
	ReminderMessage,
	ReminderSink
} from '$lib/domain/ports';
import { NOTIFICATION_BUTTONS, notificationDataOf } from '$lib/pwa/protocol';

/**
 * System notifications through the service worker registration (Android ignores
 * `new Notification()` from a page). Used only when permission is granted.
 */
export class NotificationSink implements ReminderSink {
	available(): boolean {
		return (
			typeof Notification !== 'undefined' &&
			Notification.permission === 'granted' &&
			'serviceWorker' in navigator
		);
	}

	async show(message: ReminderMessage): Promise<void> {
		if (!this.available()) return;
		const registration = await navigator.serviceWorker.ready;
		await registration.showNotification(message.title, {
			body: message.body,
			tag: message.tag,
			// The icons beside the app, under its sub-path when it has one.
			icon: new URL('pwa-192x192.png', registration.scope).href,
			badge: new URL('pwa-64x64.png', registration.scope).href,
			data: notificationDataOf(message),
			// `actions` is in the Notifications spec but not yet in TypeScript's DOM types.
			...({ actions: message.noActions ? [] : NOTIFICATION_BUTTONS[message.kind] } as object)
		});
	}

	/** Whatever shows with the tag goes, whoever showed it (the page, or the worker from a push). */
	async close(tag: string): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		// Not `ready`: with no worker registered it would never settle.
		const registration = await navigator.serviceWorker.getRegistration();
		for (const notification of (await registration?.getNotifications({ tag })) ?? [])
			notification.close();
	}
}

export const notificationPermission: NotificationPermissionPort = {
	async ask(): Promise<PermissionAnswer> {
		if (typeof Notification === 'undefined') return 'unsupported';
		if (Notification.permission !== 'default') return Notification.permission;
		return Notification.requestPermission();
	}
};

/** The app icon badge with the count of open items, where the browser has it. */
export const appBadge: AppBadge = {
	set(count: number): void {
		if (typeof navigator === 'undefined') return;
		const nav = navigator as Navigator & {
			setAppBadge?: (n: number) => Promise<void>;
			clearAppBadge?: () => Promise<void>;
		};
		if (count > 0) void nav.setAppBadge?.(count).catch(() => undefined);
		else void nav.clearAppBadge?.().catch(() => undefined);
	}
};
