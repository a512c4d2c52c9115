import type { StorageKeeper, StorageStatus } from '$lib/domain/ports';
import { rememberHasPlan } from './launch-hint';

/** What the browser says about this site's storage; nulls where it does not say. */
async function storageStatus(): Promise<StorageStatus> {
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
async function requestPersistentStorage(): Promise<boolean> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return false;
	try {
		return (await storage.persisted?.()) || (await storage.persist());
	} catch {
		return false;
	}
}

/** The browser's storage behind the StorageKeeper port. */
export const browserStorageKeeper: StorageKeeper = {
	requestPersistent: requestPersistentStorage,
	status: storageStatus,
	rememberHasPlan
};
