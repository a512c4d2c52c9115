import { testDatabase } from './storage/fixtures';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { appDatabase, beginStartupRead, onUpdatedElsewhere, takeStartupRead } from '$lib/app';
import { DATABASE_VERSION } from '$lib/storage/migrations';
import { IdbProfileRepository } from '$lib/storage/repositories';

// The app's real database name: this file has fake-indexeddb to itself.
describe('the start-up read begun by the client hook', () => {
	it('is handed over once, holding what was stored', async () => {
		await new IdbProfileRepository(appDatabase).save(DEFAULT_PROFILE);
		expect(takeStartupRead()).toBeUndefined(); // nothing begun yet
		beginStartupRead();
		const read = takeStartupRead();
		expect(takeStartupRead()).toBeUndefined(); // a second layout would read for itself
		const records = await read!;
		expect(records.profile).toEqual(DEFAULT_PROFILE);
		expect(records.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('a failure waits for the app to show it instead of going unhandled', async () => {
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		try {
			const failing = vi
				.spyOn(appDatabase, 'connection')
				.mockRejectedValueOnce(new Error('No storage here'));
			beginStartupRead();
			await new Promise((resolve) => setTimeout(resolve, 20));
			expect(unhandled).not.toHaveBeenCalled();
			await expect(takeStartupRead()!).rejects.toThrow('No storage here');
			failing.mockRestore();
		} finally {
			process.off('unhandledRejection', unhandled);
		}
	});

	it('tells the layout when another tab upgrades the database, even if that came first', async () => {
		await appDatabase.connection();
		const newerTab = testDatabase(undefined, {}, DATABASE_VERSION + 1);
		await newerTab.connection(); // the app's connection lets go
		newerTab.close();
		const listener = vi.fn();
		onUpdatedElsewhere(listener);
		expect(listener).toHaveBeenCalledOnce();
	});
});
