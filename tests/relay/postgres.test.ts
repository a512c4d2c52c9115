import pg from 'pg';
import { describe } from 'vitest';
import { PostgresJobStore } from '../../relay/src/postgres-store';
import { jobStoreContract } from './job-store.contract';
import { postgresUrl, postgresReachable } from './postgres';

const reachable = await postgresReachable();

describe.runIf(reachable)('the PostgreSQL job store (graphile-worker)', () => {
	jobStoreContract(async () => {
		// Each test starts from empty tables and an empty queue.
		const client = new pg.Client({ connectionString: postgresUrl });
		await client.connect();
		await client.query(`drop table if exists relay_jobs, relay_devices, relay_settings;
			drop schema if exists graphile_worker cascade`);
		await client.end();
		return PostgresJobStore.open(postgresUrl);
	});
});
