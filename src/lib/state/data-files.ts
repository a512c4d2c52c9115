import { backupFileName, exportBackup, serializeBackup } from '$lib/storage/backup';
import { checkInsCsv, dailyEntriesCsv } from '$lib/storage/csv';
import type { AppDatabase } from '$lib/storage/database';
import { IdbCheckInRepository, IdbDailyEntryRepository } from '$lib/storage/repositories';

// Files the person exports; loaded only when they ask for one.

export async function backupFile(database: AppDatabase, appVersion: string, now: Date) {
	const backup = await exportBackup(database, appVersion, now);
	return { name: backupFileName(now), text: serializeBackup(backup) };
}

export async function csvFile(
	database: AppDatabase,
	kind: 'check-ins' | 'daily-entries',
	today: string
) {
	const [from, to] = ['1970-01-01', '9999-12-31'];
	const text =
		kind === 'check-ins'
			? checkInsCsv(await new IdbCheckInRepository(database).between(from, to))
			: dailyEntriesCsv(await new IdbDailyEntryRepository(database).between(from, to));
	return { name: `deep-gluteal-care-${kind}-${today}.csv`, text };
}
