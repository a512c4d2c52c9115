import pg from 'pg';

/** The database the PostgreSQL tests use (.ci/run creates it); RELAY_TEST_DATABASE_URL overrides. */
export const postgresUrl =
	process.env.RELAY_TEST_DATABASE_URL ?? 'postgres://relay:relay@127.0.0.1:5432/relay_test';

let said = false;

/** Whether the test database answers; says once, in one line, why the tests are skipped if not. */
export async function postgresReachable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
	try {
		await client.connect();
		await client.end();
		return true;
	} catch (error) {
		if (!said)
			console.warn(
				`PostgreSQL relay tests skipped: no database at ${postgresUrl.replace(/:[^:@/]+@/, ':***@')} (${(error as Error).message}); .ci/run starts one.`
			);
		said = true;
		return false;
	}
}
