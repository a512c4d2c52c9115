import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, it } from 'vitest';
import { running, survivesKillNine } from './relay-process';

// A job the relay accepted is sent at least once even when the process is killed (kill -9) at the
// worst moments: before the job is due, and while its push is on the wire.

const dir = mkdtempSync(join(tmpdir(), 'relay-crash-'));
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
	for (const child of running.splice(0)) child.kill('SIGKILL');
	for (const close of closers.splice(0)) await close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a relay killed with kill -9', () => {
	it('sends, after a restart, a job accepted before the kill and one whose push was on the wire', async () => {
		// The later job 15 s on: two restarts fit before it on a busy machine.
		const dataDir = join(dir, 'data');
		await survivesKillNine({ DATA_DIR: dataDir }, closers, 15_000, async (jobId) => {
			const db = new Database(join(dataDir, 'relay.sqlite'), { readonly: true });
			try {
				return db.prepare('select 1 from jobs where id = ?').get(jobId) !== undefined;
			} finally {
				db.close();
			}
		});
	}, 60_000);
});
