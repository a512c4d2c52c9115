/**
 * The page side of the service worker, in one place: registration, the update-ready prompt and
 * the "works offline" signal. Components read the rune state; nothing else talks to the worker.
 */
export class ServiceWorkerBridge {
	/** A new version is installed and waiting for the person to reload. */
	updateReady = $state(false);
	/** The app's files are cached: it will open with no network. */
	offlineReady = $state(false);
	/** Registration failed or service workers are unsupported (private windows, old browsers). */
	unavailable = $state(false);

	#applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) {
			this.unavailable = true;
			return;
		}
		// Loaded after first paint: workbox-window is not needed to show the first screen.
		const { registerSW } = await import('virtual:pwa-register');
		this.#applyUpdate = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateReady = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				// Look for a new version every hour while the app stays open.
				setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
			},
			onRegisterError: () => (this.unavailable = true)
		});
	}

	/** Activates the waiting worker; the page reloads once it takes control. */
	async reloadToUpdate(): Promise<void> {
		await this.#applyUpdate?.(true);
	}
}
