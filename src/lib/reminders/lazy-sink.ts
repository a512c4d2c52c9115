import type { ReminderMessage, ReminderSink } from '$lib/domain/ports';

/** The notification sink, with its code loaded only when a notification is actually shown. */
export const lazyNotificationSink: ReminderSink = {
	available: () =>
		typeof Notification !== 'undefined' &&
		Notification.permission === 'granted' &&
		'serviceWorker' in navigator,
	async show(message: ReminderMessage) {
		const { NotificationSink } = await import('./notification-sink');
		await new NotificationSink().show(message);
	}
};
