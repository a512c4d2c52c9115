import { openDB } from 'idb';
import { AppDatabase, type DatabaseEvents } from '$lib/storage/database';
import * as migrations from '$lib/storage/migrations';
import { runMigrations } from '$lib/storage/migrations';
import type { MigrationDatabase, MigrationTransaction } from '$lib/storage/migrations/migration';

let counter = 0;
/** A fresh database name per test: fake-indexeddb keeps databases for the whole file. */
export const freshName = () => `test-db-${Date.now()}-${counter++}`;

/** The app's database as the page opens it, with the migration steps it loads when needed. */
export function testDatabase(
	name: string | undefined,
	events: DatabaseEvents = {},
	version?: number
): AppDatabase {
	return new AppDatabase(name, { loadMigrations: async () => migrations, ...events }, version);
}

export function freshDatabase(events: DatabaseEvents = {}): AppDatabase {
	return testDatabase(freshName(), events);
}

/** Opens a database exactly as the code of an older version did: its migrations and no more. */
export async function openAtVersion(name: string, version: number) {
	return openDB(name, version, {
		upgrade: (db, oldVersion, newVersion, tx) =>
			runMigrations(
				db as unknown as MigrationDatabase,
				tx as unknown as MigrationTransaction,
				oldVersion,
				newVersion ?? version,
				'2026-01-01T00:00:00.000Z'
			)
	});
}
