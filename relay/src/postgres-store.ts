import { Logger, run, runMigrations, type Runner, type Task } from 'graphile-worker';
import pg from 'pg';
import type { Deliver, DeviceRecord, DueJob, JobInput, JobStore, VapidKeys } from './job-store.ts';

// The engine for several relay processes: devices and the encrypted jobs in our own tables, and
// graphile-worker (an existing, well-kept PostgreSQL job queue) deciding which process sends which
// job when. Each queued job names a row of relay_jobs; a row replaced or cancelled since makes the
// queued job a no-op, so the window in relay_jobs is always the truth.

const TASK = 'relay_push';
/** Deliveries at once per process. */
const CONCURRENCY = 32;
/** How often an idle process looks for jobs that have come due (new ones are announced at once). */
const POLL_MS = 250;

interface QueuedJob {
	readonly d: string;
	readonly j: string;
}

/**
 * A job being sent is leased this long (a push gives up after 10 s); a lease that runs out means
 * its process died, and the job is queued again. RELAY_LEASE_MS shortens it for the crash test.
 */
const LEASE_MS = Number(process.env.RELAY_LEASE_MS ?? 30_000);
/** How often each process looks for leases that ran out. */
const REAP_MS = Math.min(5_000, LEASE_MS);

const logReapFailure = (error: Error) =>
	console.error(`relay: re-queueing failed: ${error.message}`);

const jobKey = (deviceId: string, jobId: string) => `${deviceId}/${jobId}`;

/** graphile-worker logs only its warnings and errors, without job payloads (they hold only ids). */
const quietLogger = new Logger(() => (level, message) => {
	if (level === 'error' || level === 'warning')
		console.error(`graphile-worker ${level}: ${message}`);
});

export class PostgresJobStore implements JobStore {
	readonly engine = 'postgres';
	#runner: Runner | null = null;
	#reaper: NodeJS.Timeout | null = null;

	private constructor(private readonly pool: pg.Pool) {}

	static async open(connectionString: string): Promise<PostgresJobStore> {
		const pool = new pg.Pool({ connectionString, max: CONCURRENCY + 4 });
		pool.on('error', (error) => console.error(`postgres: ${error.message}`));
		// Several processes may start at once on a fresh database: one installs graphile-worker's
		// schema and creates the tables while the others wait on this lock (held by this session).
		const client = await pool.connect();
		try {
			await client.query("select pg_advisory_lock(hashtext('relay schema'))");
			await runMigrations({ pgPool: pool, logger: quietLogger });
			await client.query(`
				create table if not exists relay_settings (key text primary key, value jsonb not null);
				create table if not exists relay_devices (
					id text primary key, endpoint text not null, token_hash bytea not null,
					created_at timestamptz not null);
				create table if not exists relay_jobs (
					device_id text not null references relay_devices(id) on delete cascade,
					id text not null, send_at bigint not null, ttl integer not null, topic text not null,
					payload bytea not null, attempts integer not null default 0,
					primary key (device_id, id));
				alter table relay_jobs add column if not exists lease_until bigint not null default 0;
				create index if not exists relay_jobs_leased on relay_jobs (lease_until) where lease_until > 0;
			`);
		} finally {
			await client
				.query("select pg_advisory_unlock(hashtext('relay schema'))")
				.catch(() => undefined);
			client.release();
		}
		return new PostgresJobStore(pool);
	}

	async vapidKeys(create: () => VapidKeys): Promise<VapidKeys> {
		await this.pool.query(
			"insert into relay_settings (key, value) values ('vapid', $1) on conflict (key) do nothing",
			[JSON.stringify(create())]
		);
		const { rows } = await this.pool.query("select value from relay_settings where key = 'vapid'");
		return rows[0].value as VapidKeys;
	}

	async createDevice(device: DeviceRecord, now: number): Promise<boolean> {
		const { rowCount } = await this.pool.query(
			`insert into relay_devices (id, endpoint, token_hash, created_at)
			 values ($1, $2, $3, to_timestamp($4 / 1000.0)) on conflict (id) do nothing`,
			[device.id, device.endpoint, device.tokenHash, now]
		);
		return rowCount === 1;
	}

	async device(id: string): Promise<DeviceRecord | null> {
		const { rows } = await this.pool.query(
			'select id, endpoint, token_hash from relay_devices where id = $1',
			[id]
		);
		const row = rows[0];
		return row ? { id: row.id, endpoint: row.endpoint, tokenHash: row.token_hash } : null;
	}

	async updateEndpoint(id: string, endpoint: string): Promise<void> {
		await this.pool.query('update relay_devices set endpoint = $2 where id = $1', [id, endpoint]);
	}

	async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
		const client = await this.pool.connect();
		try {
			await client.query('begin');
			const result = await work(client);
			await client.query('commit');
			return result;
		} catch (error) {
			await client.query('rollback').catch(() => undefined);
			throw error;
		} finally {
			client.release();
		}
	}

	/** Takes queued jobs of cancelled rows out of the queue (a running one just finds no row). */
	async #unqueue(
		client: pg.PoolClient,
		deviceId: string,
		jobIds: readonly string[]
	): Promise<void> {
		if (jobIds.length === 0) return;
		await client.query('select graphile_worker.remove_job(k) from unnest($1::text[]) as k', [
			jobIds.map((id) => jobKey(deviceId, id))
		]);
	}

	/**
	 * Holds the device's row until the transaction ends: one device's window uploads and its removal
	 * run one after another (two at once would insert the same job keys; the second answered 500).
	 */
	async #lockDevice(client: pg.PoolClient, deviceId: string): Promise<boolean> {
		const { rowCount } = await client.query(
			'select 1 from relay_devices where id = $1 for update',
			[deviceId]
		);
		return rowCount === 1;
	}

	async deleteDevice(id: string): Promise<boolean> {
		return this.#transaction(async (client) => {
			if (!(await this.#lockDevice(client, id))) return false;
			const { rows } = await client.query(
				'delete from relay_jobs where device_id = $1 returning id',
				[id]
			);
			await this.#unqueue(
				client,
				id,
				rows.map((r) => r.id)
			);
			const { rowCount } = await client.query('delete from relay_devices where id = $1', [id]);
			return rowCount === 1;
		});
	}

	async replaceJobs(deviceId: string, jobs: readonly JobInput[]): Promise<void> {
		await this.#transaction(async (client) => {
			if (!(await this.#lockDevice(client, deviceId))) return; // removed meanwhile: nothing to keep
			const { rows } = await client.query(
				'delete from relay_jobs where device_id = $1 returning id',
				[deviceId]
			);
			const kept = new Set(jobs.map((j) => j.id));
			await this.#unqueue(
				client,
				deviceId,
				rows.map((r) => r.id as string).filter((id) => !kept.has(id))
			);
			if (jobs.length === 0) return;
			await client.query(
				`insert into relay_jobs (device_id, id, send_at, ttl, topic, payload)
				 select $1, * from unnest($2::text[], $3::bigint[], $4::int[], $5::text[], $6::bytea[])`,
				[
					deviceId,
					jobs.map((j) => j.id),
					jobs.map((j) => j.sendAt),
					jobs.map((j) => j.ttlSeconds),
					jobs.map((j) => j.topic),
					jobs.map((j) => j.payload)
				]
			);
			// One queued job per row, keyed so a new window moves it instead of adding another.
			await client.query(
				`select graphile_worker.add_job($1, json_build_object('d', $2::text, 'j', j),
					run_at => to_timestamp(t / 1000.0), job_key => $2 || '/' || j, max_attempts => 10)
				 from unnest($3::text[], $4::float8[]) as x(j, t)`,
				[TASK, deviceId, jobs.map((j) => j.id), jobs.map((j) => j.sendAt)]
			);
		});
	}

	async deleteJob(deviceId: string, jobId: string): Promise<boolean> {
		return this.#transaction(async (client) => {
			const { rowCount } = await client.query(
				'delete from relay_jobs where device_id = $1 and id = $2',
				[deviceId, jobId]
			);
			await this.#unqueue(client, deviceId, [jobId]);
			return rowCount === 1;
		});
	}

	async health(): Promise<void> {
		await this.pool.query(
			`insert into relay_settings (key, value) values ('health', to_jsonb($1::bigint))
			 on conflict (key) do update set value = excluded.value`,
			[Date.now()]
		);
		await this.pool.query('select 1 from graphile_worker._private_jobs limit 1');
	}

	async usage(exceptDevice = ''): Promise<{ devices: number; jobs: number; payloadBytes: number }> {
		const { rows } = await this.pool.query(
			`select (select count(*) from relay_devices) as devices, (select count(*) from relay_jobs) as jobs,
				(select coalesce(sum(octet_length(payload)), 0) from relay_jobs where device_id <> $1) as bytes`,
			[exceptDevice]
		);
		return {
			devices: Number(rows[0].devices),
			jobs: Number(rows[0].jobs),
			payloadBytes: Number(rows[0].bytes)
		};
	}

	async pendingJobs(deviceId: string): Promise<{ id: string; sendAt: number }[]> {
		const { rows } = await this.pool.query(
			'select id, send_at from relay_jobs where device_id = $1 order by send_at, id',
			[deviceId]
		);
		return rows.map((r) => ({ id: r.id, sendAt: Number(r.send_at) }));
	}

	async startDelivery(deliver: Deliver): Promise<void> {
		if (this.#runner) return;
		const push: Task = async (payload) => {
			const { d, j } = payload as QueuedJob;
			const { rows } = await this.pool.query(
				`select j.device_id, j.id, j.send_at, j.ttl, j.topic, j.payload, j.attempts, d.endpoint
				 from relay_jobs j join relay_devices d on d.id = j.device_id
				 where j.device_id = $1 and j.id = $2`,
				[d, j]
			);
			const row = rows[0];
			if (!row) return; // cancelled, replaced by a window without it, or already sent
			const sendAt = Number(row.send_at);
			if (sendAt > Date.now() + POLL_MS) return; // moved later: its own queued job sends it
			// The lease: if this process dies mid-push, a live one re-queues the job when it ends
			// (graphile-worker itself would leave it locked for 4 hours, past any reminder's TTL).
			await this.pool.query(
				'update relay_jobs set lease_until = $4 where device_id = $1 and id = $2 and send_at = $3',
				[d, j, sendAt, Date.now() + LEASE_MS]
			);
			const job: DueJob = {
				deviceId: row.device_id,
				id: row.id,
				sendAt,
				ttlSeconds: row.ttl,
				topic: row.topic,
				payload: row.payload,
				attempts: row.attempts,
				endpoint: row.endpoint
			};
			const outcome = await deliver(job);
			// Each outcome touches the row only if no new window replaced it meanwhile (same send time).
			switch (outcome.kind) {
				case 'sent':
				case 'drop':
					await this.pool.query(
						'delete from relay_jobs where device_id = $1 and id = $2 and send_at = $3',
						[d, j, sendAt]
					);
					return;
				case 'gone':
					await this.deleteDevice(d);
					return;
				case 'retry':
					await this.#transaction(async (client) => {
						const { rowCount } = await client.query(
							`update relay_jobs set send_at = $4, attempts = attempts + 1, lease_until = 0
							 where device_id = $1 and id = $2 and send_at = $3`,
							[d, j, sendAt, outcome.at]
						);
						if (rowCount === 1)
							await client.query(
								`select graphile_worker.add_job($1, json_build_object('d', $2::text, 'j', $3::text),
									run_at => to_timestamp($4 / 1000.0), job_key => $2 || '/' || $3, max_attempts => 10)`,
								[TASK, d, j, outcome.at]
							);
					});
			}
		};
		this.#reaper = setInterval(() => void this.#requeueStale().catch(logReapFailure), REAP_MS);
		this.#reaper.unref();
		this.#runner = await run({
			pgPool: this.pool,
			concurrency: CONCURRENCY,
			pollInterval: POLL_MS,
			noHandleSignals: true,
			logger: quietLogger,
			taskList: { [TASK]: push }
		});
	}

	/**
	 * Jobs whose lease ran out while their row is still here: the process sending them died (a
	 * sent or dropped job's row is gone). Queued again now; the dead process's locked queue entry
	 * loses its key to the new one and, should it ever run, finds the row sent and does nothing.
	 */
	async #requeueStale(): Promise<void> {
		await this.pool.query(
			`with stale as (
				update relay_jobs set lease_until = 0
				where lease_until > 0 and lease_until < $1
				returning device_id, id)
			 select graphile_worker.add_job($2, json_build_object('d', device_id, 'j', id),
				job_key => device_id || '/' || id, max_attempts => 10)
			 from stale`,
			[Date.now(), TASK]
		);
	}

	async close(): Promise<void> {
		if (this.#reaper) clearInterval(this.#reaper);
		await this.#runner?.stop();
		this.#runner = null;
		await this.pool.end();
	}
}
