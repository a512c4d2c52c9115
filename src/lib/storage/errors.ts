import { UPDATED_IN_ANOTHER_TAB } from '$lib/content/messages';

/** The device is out of space: nothing new was written; what was stored before is intact. */
export class StorageFullError extends Error {
	override readonly name = 'StorageFullError';
	constructor() {
		super(
			'Your device is out of storage space, so this was not saved. Everything saved before is safe. Free up some space, then try again.'
		);
	}
}

/** Another tab opened a newer version of the app; this tab must reload to go on. */
export class UpdatedInAnotherTabError extends Error {
	override readonly name = 'UpdatedInAnotherTabError';
	constructor() {
		super(UPDATED_IN_ANOTHER_TAB);
	}
}

/** Storage is missing or refused (private windows in some browsers, blocked site data). */
export class StorageUnavailableError extends Error {
	override readonly name = 'StorageUnavailableError';
	constructor(cause?: unknown) {
		super(
			'This browser is not letting the app store data (a private window, or site data turned off), so nothing can be kept on this device.',
			{ cause }
		);
	}
}

export function isQuotaError(error: unknown): boolean {
	if (
		!(error instanceof Error) &&
		!(typeof DOMException !== 'undefined' && error instanceof DOMException)
	)
		return false;
	const name = (error as { name?: string }).name;
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Turns a quota failure into the person-facing StorageFullError; rethrows anything else. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
}

/**
 * Runs `work` in one read-write transaction and waits for it to commit. `work` pushes every request
 * it makes into `pending`. Any failure, even a request that throws before it is queued, aborts the
 * whole transaction, so nothing half-written remains.
 */
export async function writeAtomically<Tx extends { abort(): void; done: Promise<void> }>(
	begin: () => Tx,
	work: (tx: Tx, pending: Promise<unknown>[]) => Promise<void> | void
): Promise<void> {
	await guardWrite(async () => {
		const tx = begin();
		const pending: Promise<unknown>[] = [];
		try {
			await work(tx, pending);
			await Promise.all([...pending, tx.done]);
		} catch (error) {
			// The aborted requests reject too; they are expected, not unhandled.
			void Promise.allSettled([...pending, tx.done]);
			try {
				tx.abort();
			} catch {
				// Already finished or aborted.
			}
			throw error;
		}
	});
}
