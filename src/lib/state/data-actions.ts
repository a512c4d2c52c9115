import {
	backupFileName,
	clearAllData,
	exportBackup,
	parseBackup,
	restoreBackup,
	serializeBackup,
	type Backup,
	type ParsedBackup,
	type RestoreMode
} from '$lib/storage/backup';
import { checkInsCsv, dailyEntriesCsv } from '$lib/storage/csv';
import type { AppDatabase } from '$lib/storage/database';
import { storageStatus, type StorageStatus } from '$lib/storage/persistence';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	type IdbSettingsRepository
} from '$lib/storage/repositories';
import type { AppState } from './app-state.svelte';
import { installOfferDue } from './install-offer';

/** What the data actions need from the app state that owns them. */
export interface DataHost {
	readonly database: AppDatabase;
	readonly settings: IdbSettingsRepository;
	readonly appVersion: string;
	readonly now: () => Date;
	readonly timeZone: () => string;
	readonly eraseWorkerState?: () => Promise<void>;
	guard(action: () => Promise<unknown>): Promise<boolean>;
	/** Reads everything again from storage (after a restore or a deletion). */
	reload(): Promise<void>;
}

export interface TextFile {
	readonly name: string;
	readonly text: string;
}

/**
 * What the person does with their data as a whole: backups, CSV, restore, delete. Loaded on first
 * use, from Settings or the set-up's restore: none of it is needed to show Today.
 */
export class DataActions {
	constructor(
		private readonly app: AppState,
		private readonly host: DataHost
	) {}

	async exportBackupFile(): Promise<TextFile | null> {
		const now = this.host.now();
		let file: TextFile | null = null;
		await this.host.guard(async () => {
			const backup = await exportBackup(this.host.database, this.host.appVersion, now);
			file = { name: backupFileName(now), text: serializeBackup(backup) };
			await this.host.settings.set('lastBackupAt', (this.app.lastBackupAt = now.toISOString()));
		});
		return file;
	}

	checkBackupFile(text: string, sizeBytes: number): ParsedBackup {
		return parseBackup(text, sizeBytes);
	}

	async restore(backup: Backup, mode: RestoreMode): Promise<boolean> {
		const restored = await this.host.guard(() => restoreBackup(this.host.database, backup, mode));
		if (restored) await this.host.reload();
		return restored;
	}

	async csvFile(kind: 'check-ins' | 'daily-entries'): Promise<TextFile | null> {
		const [from, to] = ['1970-01-01', '9999-12-31'];
		const { database } = this.host;
		let file: TextFile | null = null;
		await this.host.guard(async () => {
			const text =
				kind === 'check-ins'
					? checkInsCsv(await new IdbCheckInRepository(database).between(from, to))
					: dailyEntriesCsv(await new IdbDailyEntryRepository(database).between(from, to));
			file = { name: `deep-gluteal-care-${kind}-${this.app.today}.csv`, text };
		});
		return file;
	}

	/** Whether Today should offer to install the app now (see installOfferDue). */
	async installOfferDue(): Promise<boolean> {
		const dismissed = (await this.host.settings.get<boolean>('installOfferDismissed')) ?? false;
		const { firstUseAt, today } = this.app;
		return installOfferDue({ firstUseAt, today, timeZone: this.host.timeZone(), dismissed });
	}

	/** "No thanks": the offer never comes back (Settings still has the way to install). */
	async dismissInstallOffer(): Promise<void> {
		await this.host.guard(() => this.host.settings.set('installOfferDismissed', true));
	}

	storageStatus(): Promise<StorageStatus> {
		return storageStatus();
	}

	/**
	 * "Delete all my data": every store in IndexedDB, then what the worker keeps. The records go
	 * first, so a failure in the worker part never leaves data behind that the person thinks is gone.
	 */
	async deleteAllData(): Promise<boolean> {
		const deleted = await this.host.guard(async () => {
			await clearAllData(this.host.database);
			await this.host.eraseWorkerState?.();
		});
		if (deleted) await this.host.reload();
		return deleted;
	}
}
