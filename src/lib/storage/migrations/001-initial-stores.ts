import type { Migration } from './migration';

/** Version 1: the stores of the first release. Check-ins are keyed by plan item. */
export const initialStores: Migration = {
	version: 1,
	name: 'initial stores',
	stores(db) {
		db.createObjectStore('profile', { keyPath: 'key' });
		db.createObjectStore('settings', { keyPath: 'key' });
		db.createObjectStore('dayPlans', { keyPath: 'date' });
		db.createObjectStore('checkIns', { keyPath: 'itemId' });
		db.createObjectStore('dailyEntries', { keyPath: 'date' });
		db.createObjectStore('migrations', { keyPath: 'version' });
	}
};
