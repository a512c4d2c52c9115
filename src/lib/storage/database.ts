import { openDB, type IDBPDatabase } from 'idb';
import { StorageUnavailableError, UpdatedInAnotherTabError } from './errors';
import type * as Migrations from './migrations';
import type { MigrationDatabase, MigrationTransaction } from './migrations/migration';
import { DATABASE_NAME, type AppSchema } from './schema';
import { DATABASE_VERSION } from './version';

/** The open needs an upgrade, and its steps are not loaded yet. */
class MigrationsNotLoaded extends Error {}

/** Loads the migration steps: lazily in the page, statically in the service worker (which may not
 * `import()`). Absent, an upgrade cannot run and opening fails. */
export type MigrationLoader = () => Promise<Pick<typeof Migrations, 'runMigrations'>>;

export interface DatabaseEvents {
	/** The steps, for a new install or an upgrade. */
	loadMigrations?: MigrationLoader;
	/** Another tab wants a newer version: this connection was closed; the person should reload. */
	onUpdatedElsewhere?: () => void;
	/** This tab's upgrade waits for older tabs to close. */
	onBlocked?: () => void;
}

/**
 * One connection to the app's database, opened lazily. After `terminated` (the browser closed it)
 * the next use reopens it; after another tab's upgrade it stays closed and says so.
 */
export class AppDatabase {
	#connection: Promise<IDBPDatabase<AppSchema>> | null = null;
	#updatedElsewhere = false;

	constructor(
		readonly name: string = DATABASE_NAME,
		private readonly events: DatabaseEvents = {},
		private readonly version: number = DATABASE_VERSION
	) {}

	get updatedElsewhere(): boolean {
		return this.#updatedElsewhere;
	}

	connection(): Promise<IDBPDatabase<AppSchema>> {
		if (this.#updatedElsewhere) return Promise.reject(new UpdatedInAnotherTabError());
		this.#connection ??= this.#open();
		return this.#connection;
	}

	close(): void {
		const pending = this.#connection;
		this.#connection = null;
		void pending?.then((db) => db.close()).catch(() => undefined);
	}

	#open(): Promise<IDBPDatabase<AppSchema>> {
		if (typeof indexedDB === 'undefined') return Promise.reject(new StorageUnavailableError());
		return this.#openWith(null).catch(async (error: unknown) => {
			if (!(error instanceof MigrationsNotLoaded)) throw error;
			// A new install or an upgrade: load the steps and open again. An up-to-date database (most
			// launches) never loads them.
			if (!this.events.loadMigrations) throw new StorageUnavailableError(error);
			const { runMigrations } = await this.events.loadMigrations();
			return this.#openWith(runMigrations);
		});
	}

	#openWith(migrate: typeof Migrations.runMigrations | null): Promise<IDBPDatabase<AppSchema>> {
		let needsMigrations = false;
		const opening = openDB<AppSchema>(this.name, this.version, {
			upgrade: (db, oldVersion, newVersion, tx) => {
				if (!migrate) {
					// Nothing is written: the upgrade runs again once the steps are here.
					needsMigrations = true;
					tx.done.catch(() => undefined); // the abort is the point: nothing to report
					tx.abort();
					return;
				}
				return migrate(
					db as unknown as MigrationDatabase,
					tx as unknown as MigrationTransaction,
					oldVersion,
					newVersion ?? this.version,
					new Date().toISOString()
				);
			},
			blocked: () => this.events.onBlocked?.(),
			blocking: () => {
				// Let the other tab's upgrade go ahead instead of hanging both tabs.
				this.#updatedElsewhere = true;
				this.close();
				this.events.onUpdatedElsewhere?.();
			},
			terminated: () => {
				this.#connection = null;
			}
		});
		return opening.catch((error: unknown) => {
			if (needsMigrations) throw new MigrationsNotLoaded();
			this.#connection = null;
			if ((error as { name?: string })?.name === 'VersionError') {
				// The stored database is newer than this code: another tab runs a newer version.
				this.#updatedElsewhere = true;
				throw new UpdatedInAnotherTabError();
			}
			throw new StorageUnavailableError(error);
		});
	}
}
