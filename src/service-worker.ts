/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

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
