import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { SqliteJobStore } from '../../relay/src/sqlite-store';
import { jobStoreContract } from './job-store.contract';

const dir = mkdtempSync(join(tmpdir(), 'relay-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describe('the SQLite job store', () => {
	jobStoreContract(async () => new SqliteJobStore(join(dir, `relay-${n++}.sqlite`)));
});
