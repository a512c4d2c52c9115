import { initialStores } from './001-initial-stores';
import { checkInDates } from './002-check-in-dates';
import type {
	DataStoreName,
	Migration,
	MigrationDatabase,
	MigrationTransaction
} from './migration';

/** Append-only: never edit a shipped step, add the next one. */
export const MIGRATIONS: readonly Migration[] = [initialStores, checkInDates];

export const DATABASE_VERSION = MIGRATIONS.length;

const stepsBetween = (oldVersion: number, newVersion: number) =>
	MIGRATIONS.filter((step) => oldVersion < step.version && step.version <= newVersion);

/** Runs the steps between two versions and writes each to the ledger. */
export async function runMigrations(
	db: MigrationDatabase,
	tx: MigrationTransaction,
	oldVersion: number,
	newVersion: number,
	appliedAt: string
): Promise<void> {
	for (const step of stepsBetween(oldVersion, newVersion)) {
		step.stores?.(db, tx);
		for (const [name, upgrade] of Object.entries(step.records ?? {})) {
			let cursor = await tx.objectStore(name).openCursor();
			while (cursor) {
				await cursor.update(upgrade(cursor.value));
				cursor = await cursor.continue();
			}
		}
		await tx.objectStore('migrations').put({ version: step.version, name: step.name, appliedAt });
	}
}

/** A backup's data as its version wrote it, store by store (profile is one record or null). */
export type BackupRecords = Partial<Record<DataStoreName, unknown>>;

/**
 * Brings the data of a backup made at `fromVersion` up to this version with the same record steps
 * the database runs. Works on unchecked data: whatever is not a list is left for validation to
 * report.
 */
export function upgradeBackupRecords(data: BackupRecords, fromVersion: number): BackupRecords {
	let upgraded = { ...data };
	for (const step of stepsBetween(fromVersion, DATABASE_VERSION)) {
		for (const [name, upgrade] of Object.entries(step.records ?? {}) as [
			DataStoreName,
			(record: unknown) => unknown
		][]) {
			const stored = upgraded[name];
			if (name === 'profile') {
				if (stored !== null && stored !== undefined)
					upgraded = { ...upgraded, profile: upgrade(stored) };
			} else if (Array.isArray(stored)) {
				upgraded = { ...upgraded, [name]: stored.map(upgrade) };
			}
		}
	}
	return upgraded;
}
