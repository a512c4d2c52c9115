import {
	installMethodFor,
	runsInstalled,
	type InstallMethod,
	type InstallPromptEvent
} from './install';
import { MORNING_SUMMARY_SYNC } from './protocol';

/**
 * The page side of the service worker, in one place: registration, the update-ready prompt and
 * the "works offline" signal. Components read the rune state; nothing else talks to the worker.
 */
export class ServiceWorkerBridge {
	#updateReady = $state(false);
	#offlineReady = $state(false);
	#unavailable = $state(false);
	#installed = $state(false);
	#installMethod = $state<InstallMethod | null>(null);

	/** A new version is installed and waiting for the person to reload. */
	get updateReady(): boolean {
		return this.#updateReady;
	}
	/** The app's files are cached: it will open with no network. */
	get offlineReady(): boolean {
		return this.#offlineReady;
	}
	/** Registration failed or service workers are unsupported (private windows, old browsers). */
	get unavailable(): boolean {
		return this.#unavailable;
	}
	/** The app runs installed (from the home screen), not in a browser tab. */
	get installed(): boolean {
		return this.#installed;
	}
	/** How this browser can install the app; null once installed. */
	get installMethod(): InstallMethod | null {
		return this.#installMethod;
	}
	/** The app can offer to install itself here: the browser's dialog, or the iPhone steps. */
	get installOfferable(): boolean {
		return this.#installMethod === 'prompt' || this.#installMethod === 'ios-share';
	}

	#applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;
	#installPrompt: InstallPromptEvent | null = null;

	/** Follows whether the app is installed and whether the browser offers to install it. */
	watchInstall(heldPrompt: Event | null = null): void {
		const standalone = runsInstalled();
		this.#installed = standalone;
		const facts = { userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints };
		this.#installMethod = standalone
			? null
			: installMethodFor({ ...facts, promptAvailable: false });
		const takePrompt = (event: Event) => {
			// No mini-infobar on first load: the app offers to install at a better moment.
			event.preventDefault();
			this.#installPrompt = event as InstallPromptEvent;
			this.#installMethod = 'prompt';
		};
		if (heldPrompt && !standalone) takePrompt(heldPrompt);
		addEventListener('beforeinstallprompt', takePrompt);
		addEventListener('appinstalled', () => {
			this.#installed = true;
			this.#installMethod = null;
			this.#installPrompt = null;
		});
	}

	/** Shows the browser's install dialog (where it offered one); resolves to the person's answer. */
	async install(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
		const installPrompt = this.#installPrompt;
		if (!installPrompt) return 'unavailable';
		// A prompt can be shown once; the browser fires a new event if it may ask again.
		this.#installPrompt = null;
		this.#installMethod = 'browser-menu';
		await installPrompt.prompt();
		return (await installPrompt.userChoice).outcome;
	}

	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) {
			this.#unavailable = true;
			return;
		}
		// Loaded after first paint: workbox-window is not needed to show the first screen.
		const { registerSW } = await import('virtual:pwa-register');
		this.#applyUpdate = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.#updateReady = true),
			// The plugin would reload every open tab when any of them updates, even one in the middle of
			// a timer; only the tab where the person pressed "Reload" reloads (reloadToUpdate).
			onNeedReload: () => {},
			onOfflineReady: () => (this.#offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				// Look for a new version every hour while the app stays open.
				setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
			},
			onRegisterError: () => (this.#unavailable = true)
		});
	}

	/** Messages the worker sends to open pages (notification actions chosen while a page was open). */
	onMessage(handler: (data: unknown) => void): () => void {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
		const listener = (event: MessageEvent) => handler(event.data);
		navigator.serviceWorker.addEventListener('message', listener);
		return () => navigator.serviceWorker.removeEventListener('message', listener);
	}

	/** Activates the waiting worker; the page reloads once it takes control. */
	async reloadToUpdate(): Promise<void> {
		const registration = await navigator.serviceWorker.getRegistration();
		// Another tab already switched to the new version: it only takes loading it here.
		if (!registration?.waiting) return location.reload();
		// Our own listener: the plugin reloads only if a worker controlled the page when it loaded,
		// which is not so on the first visit (the worker claims the page after loading).
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		await this.#applyUpdate?.(true);
	}
}

/**
 * Asks for a morning summary through Periodic Background Sync (Chromium, installed apps only, at
 * most every 12 h). Resolves to whether it is on; never required.
 */
export async function enableMorningSummary(): Promise<boolean> {
	try {
		const registration = await navigator.serviceWorker.ready;
		const periodicSync = (
			registration as ServiceWorkerRegistration & {
				periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> };
			}
		).periodicSync;
		if (!periodicSync) return false;
		const status = await navigator.permissions.query({
			name: 'periodic-background-sync' as PermissionName
		});
		if (status.state !== 'granted') return false;
		await periodicSync.register(MORNING_SUMMARY_SYNC, { minInterval: 12 * 60 * 60 * 1000 });
		return true;
	} catch {
		return false;
	}
}

/**
 * What the worker keeps for this app, gone: its notifications (they carry item names), the morning
 * summary, the app badge, every cache (the offline copy) and the registration itself. Part of
 * "Delete all my data"; the app registers a fresh worker the next time it loads with a connection.
 */
export async function eraseWorkerState(): Promise<void> {
	const registrations =
		'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : [];
	for (const registration of registrations) {
		const shown = await registration.getNotifications?.().catch(() => []);
		for (const notification of shown ?? []) notification.close();
		const periodicSync = (
			registration as ServiceWorkerRegistration & {
				periodicSync?: { unregister(tag: string): Promise<void> };
			}
		).periodicSync;
		await periodicSync?.unregister(MORNING_SUMMARY_SYNC).catch(() => undefined);
		await registration.unregister();
	}
	const badge = navigator as Navigator & { clearAppBadge?: () => Promise<void> };
	await badge.clearAppBadge?.().catch(() => undefined);
	if ('caches' in globalThis) {
		for (const name of await caches.keys()) await caches.delete(name);
	}
}
