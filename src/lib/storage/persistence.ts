export interface StorageStatus {
	/** The browser promised not to evict this site's data under storage pressure. */
	readonly persistent: boolean | null;
	readonly usageBytes: number | null;
	readonly quotaBytes: number | null;
}

/** What the browser says about this site's storage; nulls where it does not say. */
export async function storageStatus(): Promise<StorageStatus> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage) return { persistent: null, usageBytes: null, quotaBytes: null };
	const [persistent, estimate] = await Promise.all([
		storage.persisted?.().catch(() => null) ?? null,
		storage.estimate?.().catch(() => null) ?? null
	]);
	return { persistent, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/**
 * Asks the browser to keep this site's data (Chrome decides silently; Firefox asks the person).
 * Called once the person has real records, not on first load. Resolves to whether it is granted.
 */
export async function requestPersistentStorage(): Promise<boolean> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return false;
	try {
		return (await storage.persisted?.()) || (await storage.persist());
	} catch {
		return false;
	}
}
