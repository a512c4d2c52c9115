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
