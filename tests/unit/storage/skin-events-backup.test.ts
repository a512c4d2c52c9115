import { describe, expect, it } from 'vitest';
import { SKIN_EVENTS_KEY, type SkinEvent, type SkinEventRecord } from '$lib/domain/skin-events';
import { exportBackup, parseBackup, restoreBackup, serializeBackup } from '$lib/storage/backup';
import type { AppDatabase } from '$lib/storage/database';
import { IdbSettingsRepository } from '$lib/storage/repositories';
import { freshDatabase } from './fixtures';

// Issue 24 (point 1): the skin checks answered during compresses travel in a backup and survive
// both kinds of restore; a merge keeps the events of both sides, never the newer log only.

const NOW = new Date('2026-06-20T10:00:00Z');

const event = (at: string, answer: SkinEvent['answer'], itemId = 'warm-1'): SkinEvent => ({
	at,
	date: at.slice(0, 10),
	measure: answer === 'cold-injury' ? 'cold-compress' : 'warm-compress',
	itemId,
	answer
});

async function keep(database: AppDatabase, record: SkinEventRecord, updatedAt: string) {
	const db = await database.connection();
	await db.put('settings', { key: SKIN_EVENTS_KEY, value: record, updatedAt });
}

const stored = (database: AppDatabase) =>
	new IdbSettingsRepository(database).get<SkinEventRecord>(SKIN_EVENTS_KEY);

async function backupOf(database: AppDatabase) {
	const parsed = parseBackup(serializeBackup(await exportBackup(database, '0.1.0', NOW)));
	if (!parsed.ok) throw new Error(parsed.problems.join('; '));
	return parsed.backup;
}

const onBackup = [
	event('2026-06-01T09:05:00.000Z', 'fine'),
	event('2026-06-02T09:05:00.000Z', 'burn', 'warm-2')
];
const onDevice = [
	event('2026-06-01T09:05:00.000Z', 'fine'), // the same answer, on both
	event('2026-06-03T15:10:00.000Z', 'cold-injury', 'cold-3')
];

describe('skin events in a backup', () => {
	it('export then replace restore gives them back whole', async () => {
		const source = freshDatabase();
		await keep(source, { events: onBackup }, '2026-06-02T09:05:00.000Z');
		const target = freshDatabase();
		await keep(target, { events: onDevice }, '2026-06-03T15:10:00.000Z');
		await restoreBackup(target, await backupOf(source), 'replace');
		expect(await stored(target)).toEqual({ events: onBackup });
	});

	it.each([
		['the backup is newer', '2026-06-09T00:00:00.000Z', '2026-06-03T00:00:00.000Z'],
		['the device is newer', '2026-06-01T00:00:00.000Z', '2026-06-09T00:00:00.000Z']
	])('merge keeps every event of both sides, each once, oldest first (%s)', async (_, b, d) => {
		const source = freshDatabase();
		await keep(source, { events: onBackup }, b);
		const target = freshDatabase();
		await keep(target, { events: onDevice }, d);
		await restoreBackup(target, await backupOf(source), 'merge');
		expect((await stored(target))?.events).toEqual([onBackup[0], onBackup[1], onDevice[1]]);
	});

	it('merge onto a device with none takes the backup’s', async () => {
		const source = freshDatabase();
		await keep(source, { events: onBackup }, '2026-06-02T09:05:00.000Z');
		const target = freshDatabase();
		await restoreBackup(target, await backupOf(source), 'merge');
		expect(await stored(target)).toEqual({ events: onBackup });
	});

	it('refuses a backup whose skin events do not read', async () => {
		const source = freshDatabase();
		await keep(source, { events: onBackup }, '2026-06-02T09:05:00.000Z');
		const backup = await exportBackup(source, '0.1.0', NOW);
		const text = serializeBackup(backup).replace('"answer":"burn"', '"answer":"sunburn"');
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
	});
});
