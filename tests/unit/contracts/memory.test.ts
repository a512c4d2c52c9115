import {
	MemoryBackupStore,
	MemoryCheckInRepository,
	MemoryDailyEntryRepository,
	MemoryHistoryReader,
	MemoryPlanRepository,
	MemoryProfileRepository,
	MemorySettingsRepository,
	MemoryStartupReader,
	MemoryStore
} from '../fakes/ports';
import { describeStorageContract } from './ports.contract';

describeStorageContract('in-memory fakes', () => {
	const store = new MemoryStore();
	return {
		profiles: new MemoryProfileRepository(store),
		plans: new MemoryPlanRepository(store),
		checkIns: new MemoryCheckInRepository(store),
		entries: new MemoryDailyEntryRepository(store),
		settings: new MemorySettingsRepository(store),
		history: new MemoryHistoryReader(store),
		startup: new MemoryStartupReader(store),
		backups: new MemoryBackupStore(store)
	};
});
