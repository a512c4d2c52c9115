/** A lazily loaded dependency: loaded on first call, then shared. */
export interface Lazy<T> {
	(): Promise<T>;
	/** Forgets what was loaded; the next call loads it again. */
	reset(): void;
}

/**
 * Runs `load` once, on first use, and shares the result. A failed load (a code chunk that did not
 * arrive on a flaky network before the worker cached it) is forgotten, so the next call retries.
 */
export function lazily<T>(load: () => Promise<T>): Lazy<T> {
	let pending: Promise<T> | null = null;
	const get = () =>
		(pending ??= load().catch((error: unknown) => {
			pending = null;
			throw error;
		}));
	return Object.assign(get, { reset: () => (pending = null) });
}
