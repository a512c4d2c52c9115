import type { IDBPDatabase, IDBPTransaction } from 'idb';

/** An untyped view: a migration sees the database as it was at its own version, not as now. */
export type MigrationDatabase = IDBPDatabase<unknown>;
export type MigrationTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** The stores a backup carries, by the names the database gives them. */
export type DataStoreName = 'profile' | 'settings' | 'dayPlans' | 'checkIns' | 'dailyEntries';

/**
 * One step of the data's history. `stores` changes stores and indexes; `records` upgrades each
 * record of a store. The database's upgrade and a backup of an older version both run `records`,
 * so one definition says how old data becomes new.
 */
export interface Migration {
	readonly version: number;
	readonly name: string;
	/** Runs inside the upgrade transaction; awaits nothing but IndexedDB requests. */
	stores?(db: MigrationDatabase, tx: MigrationTransaction): void;
	/** A record of the previous version in, the record of this version out (same key). */
	readonly records?: Partial<Record<DataStoreName, (record: unknown) => unknown>>;
	/** New records made from the records of one store; each lands only if its key is free. */
	readonly derived?: DerivedRecords;
}

export interface DerivedRecords {
	readonly from: DataStoreName;
	readonly into: DataStoreName;
	/** The `from` store's records (after this step's `records`) in, the new records out. */
	make(records: readonly unknown[]): readonly { readonly key: string }[];
}
