import type { DayPlan } from './plan';
import type { Profile } from './profile';
import type { CheckIn, DailyEntry } from './records';
import type { LocalDate } from './time';

// What a backup file holds, as the app's data sees it. Writing and checking the file is storage's.

export const BACKUP_APP_ID = 'deep-gluteal-care';

/** The setting that holds when the data on this device was last backed up (ISO instant). */
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** The profile as stored: one record, with when it last changed. */
export interface ProfileRecord {
	readonly key: 'current';
	readonly profile: Profile;
	readonly updatedAt: string;
}

/** One small setting (theme, last backup, reminder choices), with when it last changed. */
export interface SettingRecord {
	readonly key: string;
	readonly value: unknown;
	readonly updatedAt: string;
}

export interface BackupData {
	readonly profile: ProfileRecord | null;
	readonly settings: readonly SettingRecord[];
	readonly dayPlans: readonly DayPlan[];
	readonly checkIns: readonly CheckIn[];
	readonly dailyEntries: readonly DailyEntry[];
}

export interface Backup {
	readonly app: typeof BACKUP_APP_ID;
	readonly kind: 'backup';
	readonly schemaVersion: number;
	readonly appVersion: string;
	readonly exportedAt: string;
	readonly data: BackupData;
}

export interface BackupPreview {
	readonly exportedAt: string;
	readonly appVersion: string;
	readonly firstDate: string | null;
	readonly lastDate: string | null;
	readonly hasProfile: boolean;
	readonly dayPlans: number;
	readonly checkIns: number;
	readonly dailyEntries: number;
}

export type ParsedBackup =
	| { readonly ok: true; readonly backup: Backup; readonly preview: BackupPreview }
	| { readonly ok: false; readonly problems: readonly string[] };

/** `replace` empties the device's data first; `merge` keeps the newer of each record. */
export type RestoreMode = 'replace' | 'merge';

/** Named for the local date on the device's clock when it was made (never the date in UTC). */
export function backupFileName(localDate: LocalDate): string {
	return `deep-gluteal-care-backup-${localDate}.json`;
}
