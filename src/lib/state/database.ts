import { AppDatabase } from '$lib/storage/database';
import type { StartupRecords } from '$lib/storage/repositories';
import { readStartup } from './app-state.svelte';
import { systemClock } from './clock';

let updatedElsewhereListener = () => {};

/** The app's one database connection, shared by the early start-up read and the app's state. */
export const appDatabase = new AppDatabase(undefined, {
	onUpdatedElsewhere: () => updatedElsewhereListener()
});

/** Runs `listener` when another tab upgrades the database (at once if that already happened). */
export function onUpdatedElsewhere(listener: () => void): void {
	updatedElsewhereListener = listener;
	if (appDatabase.updatedElsewhere) listener();
}

let earlyRead: Promise<StartupRecords> | undefined;

/**
 * Starts reading the first screen's records before Kit loads the layout, so IndexedDB opens while
 * the page hydrates instead of after it.
 */
export function beginStartupRead(): void {
	earlyRead = readStartup(appDatabase, systemClock);
	// The app's start handles a failure; this only keeps it from being reported as unhandled meanwhile.
	earlyRead.catch(() => undefined);
}

/** The read `beginStartupRead` started, once; later calls get nothing. */
export function takeStartupRead(): Promise<StartupRecords> | undefined {
	const read = earlyRead;
	earlyRead = undefined;
	return read;
}
