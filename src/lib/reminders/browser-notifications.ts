import type {
	AppBadge,
	NotificationPermissionPort,
	PermissionAnswer,
	ReminderMessage,
	ReminderSink
} from '$lib/domain/ports';

// The browser's notifications behind the domain's ports. The sink's code loads only when a
// notification is actually shown: the first screen needs none of it.

const notificationsAllowed = () =>
	typeof Notification !== 'undefined' &&
	Notification.permission === 'granted' &&
	'serviceWorker' in navigator;

export const notificationSink: ReminderSink = {
	available: notificationsAllowed,
	async show(message: ReminderMessage) {
		const { NotificationSink } = await import('./notification-sink');
		await new NotificationSink().show(message);
	}
};

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
