import { initialStores } from './001-initial-stores';
import { checkInDates } from './002-check-in-dates';
import { screeningReviewedAt } from './003-screening-reviewed-at';
import { warningSigns } from './004-warning-signs';
import { visitAnswers } from './005-visit-answers';
import { coughSneezeStrain } from './006-cough-sneeze-strain';
import { oneSignADay } from './007-one-sign-a-day';
import type { Migration, MigrationDatabase, MigrationTransaction } from './migration';

/** Append-only: never edit a shipped step, add the next one. */
export const MIGRATIONS: readonly Migration[] = [
	initialStores,
	checkInDates,
	screeningReviewedAt,
	warningSigns,
	visitAnswers,
	coughSneezeStrain,
	oneSignADay
];

export { DATABASE_VERSION } from '../version';

/** The steps that bring data of `oldVersion` to `newVersion`, in order. */
export const stepsBetween = (oldVersion: number, newVersion: number) =>
	MIGRATIONS.filter((step) => oldVersion < step.version && step.version <= newVersion);

/** Runs the steps between two versions and writes each to the ledger. */
export async function runMigrations(
	db: MigrationDatabase,
	tx: MigrationTransaction,
	oldVersion: number,
	newVersion: number,
	appliedAt: string
): Promise<void> {
	for (const step of stepsBetween(oldVersion, newVersion)) {
		step.stores?.(db, tx);
		for (const [name, upgrade] of Object.entries(step.records ?? {})) {
			let cursor = await tx.objectStore(name).openCursor();
			while (cursor) {
				await cursor.update(upgrade(cursor.value));
				cursor = await cursor.continue();
			}
		}
		if (step.derived) {
			const { from, into, make } = step.derived;
			const target = tx.objectStore(into);
			for (const record of make(await tx.objectStore(from).getAll())) {
				if ((await target.getKey(record.key)) === undefined) await target.put(record);
			}
		}
		await tx.objectStore('migrations').put({ version: step.version, name: step.name, appliedAt });
	}
}
