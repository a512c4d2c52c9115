import { base } from '$app/paths';
import { isAppleMobile, runsInstalled } from '$lib/pwa/install';
import type { PushEnvironment } from './push-relay';

/** The page's Push API, service worker and fetch, for the relay adapter. */
export const browserPushEnvironment: PushEnvironment = {
	async registration() {
		if (!('serviceWorker' in navigator)) return null;
		// `ready` never settles without a worker: a second is plenty for an installed one.
		return Promise.race([
			navigator.serviceWorker.ready,
			new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))
		]);
	},
	appRoot: () => `${base}/`,
	fetch: (input, init) => fetch(input, init),
	notificationPermission: () =>
		typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
	iosTab: () => isAppleMobile(navigator) && !runsInstalled()
};
