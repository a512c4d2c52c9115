import type { DBSchema } from 'idb';
import type { ProfileRecord, SettingRecord } from '$lib/domain/backup';
import type { DayPlan } from '$lib/domain/plan';
import type { CheckIn, DailyEntry } from '$lib/domain/records';

export const DATABASE_NAME = 'deep-gluteal-care';

export interface MigrationRecord {
	readonly version: number;
	readonly name: string;
	readonly appliedAt: string;
}

/** The database as the current code sees it (after every migration). */
export interface AppSchema extends DBSchema {
	profile: { key: string; value: ProfileRecord };
	settings: { key: string; value: SettingRecord };
	dayPlans: { key: string; value: DayPlan };
	checkIns: { key: string; value: CheckIn; indexes: { 'by-date': string } };
	dailyEntries: { key: string; value: DailyEntry };
	migrations: { key: number; value: MigrationRecord };
}
