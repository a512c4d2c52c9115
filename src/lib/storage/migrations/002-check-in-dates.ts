import type { Migration } from './index';

/** Item ids are `${date}:${measure}:${n}`; the date is their first 10 characters. */
const dateOfItem = (itemId: string) => itemId.slice(0, 10);

/**
 * Version 2: History reads check-ins by date. Every check-in gets its own `date` field (taken from
 * its item id) and the store gets a `by-date` index, so a range read no longer scans everything.
 */
export const checkInDates: Migration = {
	version: 2,
	name: 'check-in dates and by-date index',
	async migrate(_db, tx) {
		const store = tx.objectStore('checkIns');
		let cursor = await store.openCursor();
		while (cursor) {
			const record = cursor.value as { itemId: string; date?: string };
			if (typeof record.date !== 'string')
				await cursor.update({ ...record, date: dateOfItem(record.itemId) });
			cursor = await cursor.continue();
		}
		store.createIndex('by-date', 'date');
	}
};
