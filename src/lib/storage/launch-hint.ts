/**
 * One flag outside IndexedDB: whether this device holds a plan. app.html reads it before anything
 * renders, so a returning person sees "Loading your day…" and a first visit sees the welcome at once
 * instead of waiting for the scripts. It is a hint: IndexedDB stays the truth, and the app corrects
 * the flag on every start.
 */
const KEY = 'dgc-has-plan';

export function rememberHasPlan(hasPlan: boolean): void {
	try {
		if (hasPlan) localStorage.setItem(KEY, '1');
		else localStorage.removeItem(KEY);
	} catch {
		// Storage blocked or full: the hint only decides what shows while loading.
	}
}
