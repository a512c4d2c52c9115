import { dateOfItemId } from '$lib/domain/item-id';
import type { Migration } from './migration';

/**
 * Version 2: History reads check-ins by date. Every check-in gets its own `date` field (taken from
 * its item id) and the store gets a `by-date` index, so a range read no longer scans everything.
 */
export const checkInDates: Migration = {
	version: 2,
	name: 'check-in dates and by-date index',
	stores(_db, tx) {
		tx.objectStore('checkIns').createIndex('by-date', 'date');
	},
	records: {
		checkIns(record) {
			const checkIn = record as { itemId?: unknown; date?: unknown } | null;
			if (typeof checkIn !== 'object' || checkIn === null || typeof checkIn.date === 'string')
				return record;
			const date = typeof checkIn.itemId === 'string' ? dateOfItemId(checkIn.itemId) : null;
			return date === null ? record : { ...checkIn, date };
		}
	}
};
