import type { DateTimeStyle } from '$lib/domain/formats';

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

/**
 * The second hint: how the device's locale writes times and dates (domain/formats.ts), kept with
 * the locale it was read for, so Today's first screen writes its times without starting Intl.
 */
const STYLE_KEY = 'dgc-date-style';

export function rememberedDateStyle(locale: string): DateTimeStyle | null {
	try {
		const hint = JSON.parse(localStorage.getItem(STYLE_KEY) ?? 'null') as unknown;
		if (typeof hint !== 'object' || hint === null) return null;
		const { locale: of, hour12, monthFirst } = hint as Record<string, unknown>;
		if (of !== locale || typeof hour12 !== 'boolean' || typeof monthFirst !== 'boolean')
			return null;
		return { hour12, monthFirst };
	} catch {
		return null; // Storage blocked, or not JSON: read the locale again.
	}
}

export function rememberDateStyle(locale: string, style: DateTimeStyle): void {
	try {
		localStorage.setItem(STYLE_KEY, JSON.stringify({ locale, ...style }));
	} catch {
		// Storage blocked or full: the locale is read again next time.
	}
}
