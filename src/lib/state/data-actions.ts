import {
	backupFileName,
	type Backup,
	type ParsedBackup,
	type RestoreMode
} from '$lib/domain/backup';
import { checkInsCsv, dailyEntriesCsv } from '$lib/domain/csv';
import { installOfferDue } from '$lib/domain/install-offer';
import type {
	BackupStore,
	CheckInRepository,
	Clock,
	DailyEntryRepository,
	SettingsRepository,
	StorageKeeper,
	StorageStatus,
	WorkerPort
} from '$lib/domain/ports';
import type { Problems } from './problems.svelte';
import type { Session } from './session.svelte';
import type { SettingsState } from './settings.svelte';
import type { TodayState } from './today.svelte';

export interface DataDependencies {
	readonly backups: BackupStore;
	readonly checkIns: CheckInRepository;
	readonly entries: DailyEntryRepository;
	readonly settingsStore: SettingsRepository;
	readonly storage: StorageKeeper;
	readonly worker: WorkerPort;
	readonly clock: Clock;
	readonly problems: Problems;
	readonly settings: SettingsState;
	readonly today: TodayState;
	/** Reads everything again (after a restore or a deletion). */
	readonly session: Session;
	readonly appVersion: string;
	/** Unsubscribes and has the push relay forget this device (before its token is deleted). */
	readonly forgetRelay: () => Promise<void>;
}

export interface TextFile {
	readonly name: string;
	readonly text: string;
}

/**
 * What the person does with their data as a whole: backups, CSV, restore, delete, the install
 * offer. Loaded on first use, from Settings or the set-up's restore: none of it is needed for Today.
 */
export class DataActions {
	constructor(private readonly deps: DataDependencies) {}

	async exportBackupFile(): Promise<TextFile | null> {
		const { backups, settings, clock, appVersion } = this.deps;
		const now = clock.now();
		let file: TextFile | null = null;
		await this.deps.problems.guard(async () => {
			const backup = await backups.exportAll(appVersion, now);
			file = { name: backupFileName(clock.wallClock(now).date), text: backups.serialize(backup) };
			await settings.noteBackup(now);
		});
		return file;
	}

	checkBackupFile(text: string, sizeBytes: number): ParsedBackup {
		return this.deps.backups.check(text, sizeBytes, this.deps.today.currentDate);
	}

	async restore(backup: Backup, mode: RestoreMode): Promise<boolean> {
		const restored = await this.deps.problems.guard(() => this.deps.backups.restore(backup, mode));
		if (restored) await this.deps.session.restart();
		return restored;
	}

	async csvFile(kind: 'check-ins' | 'daily-entries'): Promise<TextFile | null> {
		const [from, to] = ['1970-01-01', '9999-12-31'];
		let file: TextFile | null = null;
		await this.deps.problems.guard(async () => {
			const text =
				kind === 'check-ins'
					? checkInsCsv(await this.deps.checkIns.between(from, to))
					: dailyEntriesCsv(await this.deps.entries.between(from, to));
			// The date on the device's clock now, as the backup's.
			const date = this.deps.clock.wallClock(this.deps.clock.now()).date;
			// Named as Settings labels them: "Daily check-ins (CSV)" and "Ticked items (CSV)".
			const label = kind === 'check-ins' ? 'ticked-items' : 'daily-check-ins';
			file = { name: `deep-gluteal-care-${label}-${date}.csv`, text };
		});
		return file;
	}

	/** Whether Today should offer to install the app now (see installOfferDue). */
	async installOfferDue(): Promise<boolean> {
		let dismissed = false;
		await this.deps.problems.guard(
			async () =>
				(dismissed = (await this.deps.settingsStore.get<boolean>('installOfferDismissed')) ?? false)
		);
		return installOfferDue({
			firstUseAt: this.deps.settings.firstUseAt,
			today: this.deps.today.date,
			timeZone: this.deps.clock.timeZone(),
			dismissed
		});
	}

	/** "No thanks": the offer never comes back (Settings still has the way to install). */
	async dismissInstallOffer(): Promise<void> {
		await this.deps.problems.guard(() =>
			this.deps.settingsStore.set('installOfferDismissed', true)
		);
	}

	storageStatus(): Promise<StorageStatus> {
		return this.deps.storage.status();
	}

	/**
	 * "Delete all my data": every store in IndexedDB, then what the worker keeps. The records go
	 * first, so a failure in the worker part never leaves data behind that the person thinks is gone.
	 */
	async deleteAllData(): Promise<boolean> {
		// The relay forgets the device first (its token is in the data); offline, it cannot, and the
		// reminders it holds expire within days, unreadable.
		await this.deps.forgetRelay().catch(() => undefined);
		const deleted = await this.deps.problems.guard(async () => {
			await this.deps.backups.clearAll();
			await this.deps.worker.eraseWorkerState();
		});
		if (deleted) await this.deps.session.restart();
		return deleted;
	}
}
