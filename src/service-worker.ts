/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SNOOZE_MINUTES } from './lib/domain/day';
import { styleOfLocale, timeText } from './lib/domain/formats';
import { answerNotificationClick, recordItemAction } from './lib/pwa/notification-click';
import { MORNING_SUMMARY_SYNC, SKIP_WAITING, TAGS, type ItemAction } from './lib/pwa/protocol';
import { answerAtRelay, refreshWindow, showPushedReminder } from './lib/pwa/worker-push';
import { RelayPush } from './lib/reminders/push-relay';
import { planning } from './lib/state/planning';
import { AppDatabase } from './lib/storage/database';
import { IdbHistoryReader } from './lib/storage/history-reader';
import * as migrations from './lib/storage/migrations';
import {
	IdbCheckInRepository,
	IdbPlanRepository,
	IdbProfileRepository,
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
// cleanURLs (on by default) serves /progress from the precached progress.html. `?answer` (the
// visit summary opened at its questions) is read by the page: the same precached page serves it.
precacheAndRoute(self.__WB_MANIFEST, {
	ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^answer$/]
});

// The shell (an empty page of the app) renders any route in the browser from the precached code.
const SHELL = '200.html';
/** Pages of reading the precache keeps no HTML copy of (vite.config.ts): the shell shows them. */
const SHELL_PAGES = new Set(['about', 'about-your-pain', 'exercises']);
const scopePath = new URL(self.registration.scope).pathname;

// Reading pages: the shell, at once, online or not. Any other address the person opens: the
// network's answer (a static host's "page not found"), or offline the shell, which shows the
// app's own "page not found" with its navigation (never the browser's offline page). The relay's
// API is not a page.
registerRoute(
	new NavigationRoute(
		async ({ request, url }) => {
			const page = url.pathname.slice(scopePath.length).replace(/\/$/, '');
			if (SHELL_PAGES.has(page)) {
				const shell = await matchPrecache(SHELL);
				if (shell) return shell;
			}
			try {
				return await fetch(request);
			} catch {
				return (await matchPrecache(SHELL)) ?? Response.error();
			}
		},
		{ denylist: [new RegExp(`^${scopePath}relay/`)] }
	)
);

/** The relay on the app's own origin, reached from the worker with the worker's subscription. */
const relayPush = new RelayPush({
	registration: async () => self.registration,
	appRoot: () => new URL(self.registration.scope).pathname,
	fetch: (input, init) => fetch(new URL(input, self.registration.scope).href, init),
	notificationPermission: () => Notification.permission,
	iosTab: () => false
});

function openDatabase(): AppDatabase {
	return new AppDatabase(undefined, { loadMigrations: async () => migrations });
}

/** Done or Snooze with no window open: the worker records it, and tells the relay. */
async function recordFromWorker(
	action: ItemAction,
	itemId: string,
	date: string,
	notification: { title: string; body: string }
): Promise<void> {
	const database = openDatabase();
	try {
		const now = new Date();
		const stores = {
			plans: new IdbPlanRepository(database),
			checkIns: new IdbCheckInRepository(database)
		};
		// A snooze left over on an item done or skipped since changes nothing, at the relay too.
		if (!(await recordItemAction(stores, action, itemId, date, now))) return;
		const snoozedUntil = new Date(now.getTime() + SNOOZE_MINUTES * 60_000);
		await answerAtRelay(action, { itemId, date, ...notification }, snoozedUntil, {
			settings: new IdbSettingsRepository(database),
			push: relayPush,
			now
		}).catch(() => undefined); // offline: the page sends the window again when opened
	} finally {
		database.close();
	}
}

self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const { title, body } = event.notification;
	event.waitUntil(
		answerNotificationClick(event.action, event.notification.data, {
			windows: () => self.clients.matchAll({ type: 'window', includeUncontrolled: true }),
			openWindow: (path) => self.clients.openWindow(new URL(path, self.registration.scope).href),
			recordItemAction: (action, itemId, date) =>
				recordFromWorker(action, itemId, date, { title, body })
		})
	);
});

// A reminder pushed by the relay: always shown, inside the event (never a silent push).
self.addEventListener('push', (event) => {
	const text = event.data?.text() ?? null;
	event.waitUntil(
		(async () => {
			const database = openDatabase();
			try {
				await showPushedReminder(text, new IdbSettingsRepository(database), (title, options) =>
					self.registration.showNotification(title, options as NotificationOptions)
				);
			} finally {
				database.close();
			}
		})()
	);
});

/** The relay's window made again from what is stored (Periodic Background Sync). */
async function refreshRelayWindow(): Promise<void> {
	const database = openDatabase();
	try {
		await refreshWindow({
			settings: new IdbSettingsRepository(database),
			profiles: new IdbProfileRepository(database),
			plans: new IdbPlanRepository(database),
			checkIns: new IdbCheckInRepository(database),
			history: new IdbHistoryReader(database),
			planning,
			push: relayPush,
			now: new Date(),
			timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
			timeText: localTime
		});
	} finally {
		database.close();
	}
}

/** A time as the device's locale writes it, as the page does (domain/formats.ts). */
const localTime = (time: string) => timeText(time, styleOfLocale(self.navigator.language));

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
				? `${timed.length} items today, the first at ${localTime(timed[0]!.start)}.`
				: 'Open the app to see today’s plan.';
		await self.registration.showNotification('Your home-care plan for today', {
			body,
			tag: TAGS.morningSummary,
			icon: 'pwa-192x192.png',
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
	if (sync.tag === MORNING_SUMMARY_SYNC)
		sync.waitUntil(Promise.all([morningSummary(), refreshRelayWindow().catch(() => undefined)]));
});
