/**
 * How this browser can install the app:
 * - `prompt`: it fired `beforeinstallprompt` (Chromium browsers), so the app can show its dialog;
 * - `ios-share`: iPhone and iPad, where the Share menu's "Add to Home Screen" is the only way;
 * - `browser-menu`: anything else; the browser may offer it in its own menu, or not at all.
 */
export type InstallMethod = 'prompt' | 'ios-share' | 'browser-menu';

export interface BrowserFacts {
	readonly userAgent: string;
	/** iPadOS reports itself as a Mac; touch points tell them apart. */
	readonly maxTouchPoints: number;
	readonly promptAvailable: boolean;
}

export function isAppleMobile(facts: Pick<BrowserFacts, 'userAgent' | 'maxTouchPoints'>): boolean {
	return (
		/\b(iPhone|iPad|iPod)\b/.test(facts.userAgent) ||
		(/\bMacintosh\b/.test(facts.userAgent) && facts.maxTouchPoints > 1)
	);
}

export function installMethodFor(facts: BrowserFacts): InstallMethod {
	if (facts.promptAvailable) return 'prompt';
	return isAppleMobile(facts) ? 'ios-share' : 'browser-menu';
}

/** The `beforeinstallprompt` event (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
	prompt(): Promise<unknown>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The app runs from the home screen (installed), not in a browser tab. */
export function runsInstalled(): boolean {
	return (
		matchMedia('(display-mode: standalone)').matches ||
		(navigator as Navigator & { standalone?: boolean }).standalone === true
	);
}
