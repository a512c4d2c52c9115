import { IdbBackupStore } from '$lib/storage/backup';
import { IdbHistoryReader } from '$lib/storage/history-reader';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository,
	IdbStartupReader
} from '$lib/storage/repositories';
import { freshDatabase } from '../storage/fixtures';
import { describeStorageContract } from './ports.contract';

describeStorageContract('IndexedDB adapters', () => {
	const database = freshDatabase();
	return {
		profiles: new IdbProfileRepository(database),
		plans: new IdbPlanRepository(database),
		checkIns: new IdbCheckInRepository(database),
		entries: new IdbDailyEntryRepository(database),
		settings: new IdbSettingsRepository(database),
		history: new IdbHistoryReader(database),
		startup: new IdbStartupReader(database),
		backups: new IdbBackupStore(database)
	};
});
