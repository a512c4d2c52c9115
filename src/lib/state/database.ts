import { AppDatabase } from '$lib/storage/database';

/** The app's one database connection; `onUpdatedElsewhere` runs when another tab upgrades it. */
export function openAppDatabase(onUpdatedElsewhere: () => void): AppDatabase {
	return new AppDatabase(undefined, { onUpdatedElsewhere });
}
