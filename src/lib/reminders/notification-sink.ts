import type { ReminderMessage, ReminderSink } from '$lib/domain/ports';

/** Action ids the service worker understands (max 2 actions on Chromium). */
export const NOTIFICATION_ACTIONS = {
	item: [
		{ action: 'done', title: 'Done' },
		{ action: 'snooze', title: 'Snooze 10 min' }
	],
	rest: [
		{ action: 'break', title: 'Took a break' },
		{ action: 'later', title: 'In 10 min' }
	]
} as const;

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
			icon: '/pwa-192x192.png',
			badge: '/pwa-64x64.png',
			data: { kind: message.kind, itemId: message.itemId, date: message.date },
			// `actions` is in the Notifications spec but not yet in TypeScript's DOM types.
			...({ actions: NOTIFICATION_ACTIONS[message.kind] } as object)
		});
	}
}

/** Asks for notification permission; resolves to the answer. */
export async function askNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
	if (typeof Notification === 'undefined') return 'unsupported';
	if (Notification.permission !== 'default') return Notification.permission;
	return Notification.requestPermission();
}

/** The app icon badge with the count of open items, where the browser has it. */
export function setBadge(count: number): void {
	if (typeof navigator === 'undefined') return;
	const nav = navigator as Navigator & {
		setAppBadge?: (n: number) => Promise<void>;
		clearAppBadge?: () => Promise<void>;
	};
	if (count > 0) void nav.setAppBadge?.(count).catch(() => undefined);
	else void nav.clearAppBadge?.().catch(() => undefined);
}
