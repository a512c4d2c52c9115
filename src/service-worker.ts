/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { answerNotificationClick, recordItemAction } from './lib/pwa/notification-click';
import { MORNING_SUMMARY_SYNC, SKIP_WAITING, TAGS, type ItemAction } from './lib/pwa/protocol';
import { AppDatabase } from './lib/storage/database';
import * as migrations from './lib/storage/migrations';
import {
	IdbCheckInRepository,
	IdbPlanRepository,
	IdbSettingsRepository
} from './lib/storage/repositories';
import { planHoldOf, WARNING_SIGNS_KEY, warningSignsFrom } from './lib/domain/warning-signs';

declare const self: ServiceWorkerGlobalScope & {
	__WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// The page asks for the update ("Reload" on the update banner); never skip waiting on our own,
// so a new version cannot swap code under a running timer or a half-filled check-in.
self.addEventListener('message', (event) => {
	if (event.data && event.data.type === SKIP_WAITING) void self.skipWaiting();
});

// The first install takes control at once, so the app works offline without a reload.
clientsClaim();
cleanupOutdatedCaches();
// cleanURLs (on by default) serves /progress from the precached progress.html.
precacheAndRoute(self.__WB_MANIFEST);

async function recordFromWorker(action: ItemAction, itemId: string, date: string): Promise<void> {
	const database = new AppDatabase(undefined, { loadMigrations: async () => migrations });
	try {
		const stores = {
			plans: new IdbPlanRepository(database),
			checkIns: new IdbCheckInRepository(database)
		};
		await recordItemAction(stores, action, itemId, date, new Date());
	} finally {
		database.close();
	}
}

self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	event.waitUntil(
		answerNotificationClick(event.action, event.notification.data, {
			windows: () => self.clients.matchAll({ type: 'window', includeUncontrolled: true }),
			openWindow: (path) => self.clients.openWindow(new URL(path, self.registration.scope).href),
			recordItemAction: recordFromWorker
		})
	);
});

/** Morning summary (Periodic Background Sync, where the browser has it): today's plan at a glance. */
async function morningSummary(): Promise<void> {
	const date = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD in the device's zone
	const database = new AppDatabase(undefined, { loadMigrations: async () => migrations });
	try {
		const plan = await new IdbPlanRepository(database).get(date);
		const signs = await new IdbSettingsRepository(database).get(WARNING_SIGNS_KEY);
		// An emergency warning sign pauses the plan: the summary says so instead of listing items.
		const paused = planHoldOf(warningSignsFrom(signs)) === 'paused';
		const timed = paused ? [] : (plan?.items.filter((i) => i.kind === 'timed') ?? []);
		const body = paused
			? 'Your plan is paused: a warning sign you answered needs urgent help. Open the app.'
			: timed.length > 0
				? `${timed.length} items today, the first at ${timed[0]!.start}.`
				: 'Open the app to see today’s plan.';
		await self.registration.showNotification('Your home-care plan for today', {
			body,
			tag: TAGS.morningSummary,
			icon: '/pwa-192x192.png',
			data: null
		});
		const nav = self.navigator as WorkerNavigator & { setAppBadge?: (n: number) => Promise<void> };
		if (timed.length > 0) await nav.setAppBadge?.(timed.length);
	} finally {
		database.close();
	}
}

self.addEventListener('periodicsync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
	const sync = event as ExtendableEvent & { tag?: string };
	if (sync.tag === MORNING_SUMMARY_SYNC) sync.waitUntil(morningSummary());
});
