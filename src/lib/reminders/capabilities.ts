import type { ReminderCapabilities } from '$lib/domain/ports';
import { runsInstalled } from '$lib/pwa/install';

export async function reminderCapabilities(): Promise<ReminderCapabilities> {
	const notifications =
		typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
	const installed = runsInstalled();
	let backgroundSync = false;
	try {
		const registration = await Promise.race([
			navigator.serviceWorker?.ready,
			new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1000))
		]);
		backgroundSync = !!registration && 'periodicSync' in registration;
	} catch {
		backgroundSync = false;
	}
	const maxActions =
		(Notification as unknown as { maxActions?: number } | undefined)?.maxActions ?? 0;
	return { notifications, installed, backgroundSync, notificationActions: maxActions >= 2 };
}
