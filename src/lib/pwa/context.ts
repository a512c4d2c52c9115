import { getContext, setContext } from 'svelte';
import type { ServiceWorkerBridge } from './service-worker-bridge.svelte';

const KEY = Symbol('service-worker-bridge');

/** The bridge loads after the first screen, so screens get a getter that is null until then. */
export function provideServiceWorker(get: () => ServiceWorkerBridge | null): void {
	setContext(KEY, get);
}

export function useServiceWorker(): () => ServiceWorkerBridge | null {
	return getContext<() => ServiceWorkerBridge | null>(KEY) ?? (() => null);
}

/**
 * Chromium fires `beforeinstallprompt` once per page load, possibly before the bridge has loaded:
 * this holds it (and stops the browser's own mini-infobar) until the bridge takes it.
 */
export function holdInstallPrompt(): () => Event | null {
	let held: Event | null = null;
	const hold = (event: Event) => {
		event.preventDefault();
		held = event;
	};
	addEventListener('beforeinstallprompt', hold);
	return () => {
		removeEventListener('beforeinstallprompt', hold);
		return held;
	};
}

/** Resolves once the browser has painted what is on screen now. */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
