/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import type { CheckIn } from './lib/domain/records';
import { AppDatabase } from './lib/storage/database';
import { IdbPlanRepository, recordCheckInWithPlan } from './lib/storage/repositories';

declare const self: ServiceWorkerGlobalScope & {
	__WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// The page asks for the update ("Reload" on the update banner); never skip waiting on our own,
// so a new version cannot swap code under a running timer or a half-filled check-in.
self.addEventListener('message', (event) => {
	if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control at once, so the app works offline without a reload.
clientsClaim();
cleanupOutdatedCaches();
// cleanURLs (on by default) serves /progress from the precached progress.html.
precacheAndRoute(self.__WB_MANIFEST);

interface NotificationData {
	kind: 'item' | 'rest';
	itemId: string | null;
	date: string;
}

const SNOOZE_MINUTES = 10;

/**
 * "Done" or "Snooze" on a reminder. With a window open, the page records it (and updates what the
 * person sees); with none, the worker writes the check-in to IndexedDB itself.
 */
async function answerNotification(
	action: string,
	data: NotificationData | undefined
): Promise<void> {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	if (data && action) {
		if (windows.length > 0) {
			for (const client of windows)
				client.postMessage({ type: 'notification-action', action, ...data });
			return;
		}
		if (data.kind === 'item' && data.itemId && (action === 'done' || action === 'snooze')) {
			await recordFromWorker(action, data.itemId, data.date);
		}
		return;
	}
	// A tap on the notification itself opens Today at that item.
	const target = data?.itemId ? `/#item-${data.itemId.replaceAll(':', '-')}` : '/';
	// An open window is only focused, never navigated: it may hold a half-filled check-in.
	const open = windows[0];
	if (open) await open.focus();
	else await self.clients.openWindow(target);
}

async function recordFromWorker(
	action: 'done' | 'snooze',
	itemId: string,
	date: string
): Promise<void> {
	const database = new AppDatabase();
	try {
		const plan = await new IdbPlanRepository(database).get(date);
		const item = plan?.items.find((i) => i.id === itemId);
		if (!plan || !item) return;
		const now = new Date();
		const checkIn: CheckIn = {
			itemId,
			date,
			measure: item.measure,
			status: action === 'done' ? 'done' : 'snoozed',
			at: now.toISOString(),
			reason: null,
			snoozedUntil:
				action === 'snooze'
					? new Date(now.getTime() + SNOOZE_MINUTES * 60_000).toISOString()
					: null,
			exerciseIds: item.exercises.map((e) => e.exerciseId)
		};
		await recordCheckInWithPlan(database, checkIn, plan);
	} finally {
		database.close();
	}
}

self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	event.waitUntil(
		answerNotification(event.action, event.notification.data as NotificationData | undefined)
	);
});

/** Morning summary (Periodic Background Sync, where the browser has it): today's plan at a glance. */
async function morningSummary(): Promise<void> {
	const date = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD in the device's zone
	const database = new AppDatabase();
	try {
		const plan = await new IdbPlanRepository(database).get(date);
		const timed = plan?.items.filter((i) => i.kind === 'timed') ?? [];
		const body =
			timed.length > 0
				? `${timed.length} items today, the first at ${timed[0]!.start}.`
				: 'Open the app to see today’s plan.';
		await self.registration.showNotification('Your home-care plan for today', {
			body,
			tag: 'morning-summary',
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
	if (sync.tag === 'morning-summary') sync.waitUntil(morningSummary());
});
