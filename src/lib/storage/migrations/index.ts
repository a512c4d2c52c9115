import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { initialStores } from './001-initial-stores';
import { checkInDates } from './002-check-in-dates';

/** An untyped view: a migration sees the database as it was at its own version, not as now. */
export type MigrationDatabase = IDBPDatabase<unknown>;
export type MigrationTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
	readonly version: number;
	readonly name: string;
	/** Runs inside the upgrade transaction; awaits nothing but IndexedDB requests. */
	migrate(db: MigrationDatabase, tx: MigrationTransaction): Promise<void>;
}

/** Append-only: never edit a shipped step, add the next one. */
export const MIGRATIONS: readonly Migration[] = [initialStores, checkInDates];

export const DATABASE_VERSION = MIGRATIONS.length;

/** Runs the steps between two versions and writes each to the ledger. */
export async function runMigrations(
	db: MigrationDatabase,
	tx: MigrationTransaction,
	oldVersion: number,
	newVersion: number,
	appliedAt: string
): Promise<void> {
	for (const step of MIGRATIONS) {
		if (oldVersion < step.version && step.version <= newVersion) {
			await step.migrate(db, tx);
			await tx.objectStore('migrations').put({ version: step.version, name: step.name, appliedAt });
		}
	}
}
