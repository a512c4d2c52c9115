import { chmodSync, closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type {
	Deliver,
	Delivery,
	DeviceRecord,
	DueJob,
	JobInput,
	JobStore,
	VapidKeys
} from './job-store.ts';

// The embedded engine: one SQLite file in the data folder, one relay process. Its scheduler is the
// loop below (a lease per claimed job, cleared at start, so a job claimed by a killed process is
// sent again); several processes need PostgreSQL, where graphile-worker schedules.
// At rest: the database and its journal are readable by the relay's user only (0600, which SQLite
// gives its -wal and -shm files too), deleted rows are overwritten (secure_delete), and the VAPID
// key pair lives in a file of its own beside it (0600), not in the database with the endpoints.

/** Read and write for the relay's user only. */
const OWNER_ONLY = 0o600;

/** Jobs in delivery at once: enough to keep a push service's connections busy. */
const IN_FLIGHT = Number(process.env.RELAY_IN_FLIGHT ?? 128);
/** A claimed job is handed out again if its delivery has not ended by then. */
const LEASE_MS = 60_000;
/** The loop looks for due jobs at least this often (and at once when a window arrives). */
const IDLE_WAIT_MS = 250;

interface JobRow {
	device_id: string;
	id: string;
	send_at: number;
	ttl: number;
	topic: string;
	payload: Buffer;
	attempts: number;
	claim: number;
	endpoint: string;
}

export class SqliteJobStore implements JobStore {
	readonly engine = 'sqlite';
	readonly #db: SqliteDatabase;
	readonly #sql: Record<string, Statement>;
	#deliver: Deliver | null = null;
	#closed = false;
	#inFlight = new Set<Promise<void>>();
	#claims = 0;
	#wake: (() => void) | null = null;
	#loop: Promise<void> | null = null;
	#outcomes: [JobRow, Delivery][] = [];

	readonly #now: () => number;

	readonly #keyFile: string;

	constructor(file: string, options: { now?: () => number } = {}) {
		this.#now = options.now ?? Date.now;
		this.#keyFile = file.replace(/(\.sqlite)?$/, '-vapid-keys.json');
		// Made owner-only before SQLite opens it, so its journal files are made the same way.
		closeSync(openSync(file, 'a', OWNER_ONLY));
		chmodSync(file, OWNER_ONLY);
		this.#db = new Database(file);
		// WAL survives a killed process (a committed job is on disk); NORMAL skips an fsync per commit.
		this.#db.pragma('journal_mode = WAL');
		this.#db.pragma('synchronous = NORMAL');
		this.#db.pragma('foreign_keys = ON');
		// A deleted device's endpoint and its reminders are overwritten, not left in free pages.
		this.#db.pragma('secure_delete = ON');
		this.#db.exec(`
			create table if not exists settings (key text primary key, value text not null);
			create table if not exists devices (
				id text primary key, endpoint text not null, token_hash blob not null, created_at integer not null);
			create table if not exists jobs (
				device_id text not null references devices(id) on delete cascade,
				id text not null, send_at integer not null, ttl integer not null, topic text not null,
				payload blob not null, attempts integer not null default 0,
				lease_until integer not null default 0, claim integer not null default 0,
				primary key (device_id, id));
			create index if not exists jobs_due on jobs (send_at);
		`);
		// One process owns the file: a lease left by a killed process ends now, not in a minute.
		this.#db.exec('update jobs set lease_until = 0, claim = 0');
		const sql = (text: string) => this.#db.prepare(text);
		this.#sql = {
			setting: sql('select value from settings where key = ?'),
			insertSetting: sql('insert or ignore into settings (key, value) values (?, ?)'),
			insertDevice: sql(
				'insert or ignore into devices (id, endpoint, token_hash, created_at) values (?, ?, ?, ?)'
			),
			device: sql('select id, endpoint, token_hash from devices where id = ?'),
			updateEndpoint: sql('update devices set endpoint = ? where id = ?'),
			deleteDevice: sql('delete from devices where id = ?'),
			deleteJobs: sql('delete from jobs where device_id = ?'),
			insertJob: sql(
				'insert into jobs (device_id, id, send_at, ttl, topic, payload) values (?, ?, ?, ?, ?, ?)'
			),
			deleteJob: sql('delete from jobs where device_id = ? and id = ?'),
			pending: sql('select id, send_at from jobs where device_id = ? order by send_at, id'),
			health: sql(
				"insert into settings (key, value) values ('health', ?) on conflict (key) do update set value = excluded.value"
			),
			usage:
				sql(`select (select count(*) from devices) as devices, (select count(*) from jobs) as jobs,
				(select coalesce(sum(length(payload)), 0) from jobs where device_id != ?) as payloadBytes`),
			claim: sql(`
				update jobs set lease_until = @lease, claim = @claim
				where rowid in (select rowid from jobs where send_at <= @now and lease_until <= @now
					order by send_at limit @limit)
				returning device_id, id, send_at, ttl, topic, payload, attempts, claim,
					(select endpoint from devices where devices.id = jobs.device_id) as endpoint`),
			nextDue: sql('select min(send_at) as at from jobs where lease_until <= ?'),
			finish: sql('delete from jobs where device_id = ? and id = ? and claim = ?'),
			retry: sql(
				'update jobs set send_at = ?, attempts = attempts + 1, lease_until = 0, claim = 0 where device_id = ? and id = ? and claim = ?'
			)
		};
		this.#moveOutKeysAndScrub();
	}

	/**
	 * A database from before: its VAPID keys go to their own file, and the whole file is rewritten
	 * once (VACUUM), so neither the key nor rows deleted before secure_delete stay in free pages.
	 */
	#moveOutKeysAndScrub(): void {
		if (this.#sql.setting!.get('scrubbed')) return;
		const stored = this.#sql.setting!.get('vapid') as { value: string } | undefined;
		if (stored) {
			this.#writeKeyFile(stored.value);
			this.#db.prepare("delete from settings where key = 'vapid'").run();
		}
		this.#db.exec('vacuum');
		this.#sql.insertSetting!.run('scrubbed', '1');
	}

	/** Writes the key file once (never over an existing one); false when one was there. */
	#writeKeyFile(json: string): boolean {
		try {
			writeFileSync(this.#keyFile, json, { mode: OWNER_ONLY, flag: 'wx' });
			return true;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
			throw error;
		}
	}

	async vapidKeys(create: () => VapidKeys): Promise<VapidKeys> {
		if (!existsSync(this.#keyFile)) this.#writeKeyFile(JSON.stringify(create()));
		chmodSync(this.#keyFile, OWNER_ONLY);
		return JSON.parse(readFileSync(this.#keyFile, 'utf8')) as VapidKeys;
	}

	async createDevice(device: DeviceRecord, now: number): Promise<boolean> {
		const { changes } = this.#sql.insertDevice!.run(
			device.id,
			device.endpoint,
			device.tokenHash,
			now
		);
		return changes === 1;
	}

	async device(id: string): Promise<DeviceRecord | null> {
		const row = this.#sql.device!.get(id) as
			{ id: string; endpoint: string; token_hash: Buffer } | undefined;
		return row ? { id: row.id, endpoint: row.endpoint, tokenHash: row.token_hash } : null;
	}

	async updateEndpoint(id: string, endpoint: string): Promise<void> {
		this.#sql.updateEndpoint!.run(endpoint, id);
	}

	async deleteDevice(id: string): Promise<boolean> {
		return this.#sql.deleteDevice!.run(id).changes === 1;
	}

	async replaceJobs(deviceId: string, jobs: readonly JobInput[]): Promise<void> {
		this.#db.transaction(() => {
			this.#sql.deleteJobs!.run(deviceId);
			for (const job of jobs)
				this.#sql.insertJob!.run(
					deviceId,
					job.id,
					job.sendAt,
					job.ttlSeconds,
					job.topic,
					job.payload
				);
		})();
		this.#wake?.();
	}

	async deleteJob(deviceId: string, jobId: string): Promise<boolean> {
		return this.#sql.deleteJob!.run(deviceId, jobId).changes === 1;
	}

	async usage(exceptDevice = ''): Promise<{ devices: number; jobs: number; payloadBytes: number }> {
		return this.#sql.usage!.get(exceptDevice) as {
			devices: number;
			jobs: number;
			payloadBytes: number;
		};
	}

	async health(): Promise<void> {
		if (this.#closed) throw new Error('the store is closed');
		this.#sql.health!.run(String(Date.now()));
	}

	async pendingJobs(deviceId: string): Promise<{ id: string; sendAt: number }[]> {
		const rows = this.#sql.pending!.all(deviceId) as { id: string; send_at: number }[];
		return rows.map((r) => ({ id: r.id, sendAt: r.send_at }));
	}

	async startDelivery(deliver: Deliver): Promise<void> {
		this.#deliver = deliver;
		this.#loop ??= this.#run();
	}

	async #run(): Promise<void> {
		while (!this.#closed) {
			const free = IN_FLIGHT - this.#inFlight.size;
			const now = this.#now();
			const claimed =
				free > 0
					? (this.#sql.claim!.all({
							lease: now + LEASE_MS,
							claim: ++this.#claims,
							now,
							limit: free
						}) as JobRow[])
					: [];
			for (const row of claimed) this.#track(this.#handle(row));
			if (free > 0 && claimed.length === free) continue; // more may be due now
			const next = (this.#sql.nextDue!.get(now) as { at: number | null }).at;
			const wait = free > 0 && next !== null ? Math.max(0, next - now) : IDLE_WAIT_MS;
			await this.#sleep(Math.min(wait, IDLE_WAIT_MS));
		}
	}

	#track(work: Promise<void>): void {
		this.#inFlight.add(work);
		void work.finally(() => {
			this.#inFlight.delete(work);
			// A full loop waits for room; half free is worth a new claim.
			if (this.#inFlight.size <= IN_FLIGHT / 2) this.#wake?.();
		});
	}

	#sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(done, ms);
			function done() {
				clearTimeout(timer);
				resolve();
			}
			this.#wake = () => {
				this.#wake = null;
				done();
			};
		});
	}

	async #handle(row: JobRow): Promise<void> {
		const job: DueJob = {
			deviceId: row.device_id,
			id: row.id,
			sendAt: row.send_at,
			ttlSeconds: row.ttl,
			topic: row.topic,
			payload: row.payload,
			attempts: row.attempts,
			endpoint: row.endpoint
		};
		let outcome: Delivery;
		try {
			outcome = await this.#deliver!(job);
		} catch {
			// Delivery never throws on purpose; if it did, the lease hands the job out again.
			return;
		}
		this.#outcomes.push([row, outcome]);
		// Outcomes are written together: one commit for all that ended in this turn of the loop.
		if (this.#outcomes.length === 1) setImmediate(() => this.#writeOutcomes());
	}

	#writeOutcomes(): void {
		const outcomes = this.#outcomes;
		this.#outcomes = [];
		if (outcomes.length === 0) return;
		this.#db.transaction(() => {
			for (const [row, outcome] of outcomes) {
				switch (outcome.kind) {
					case 'sent':
					case 'drop':
						this.#sql.finish!.run(row.device_id, row.id, row.claim);
						break;
					case 'retry':
						this.#sql.retry!.run(outcome.at, row.device_id, row.id, row.claim);
						break;
					case 'gone':
						this.#sql.deleteDevice!.run(row.device_id);
						break;
				}
			}
		})();
	}

	async close(): Promise<void> {
		this.#closed = true;
		this.#wake?.();
		await this.#loop;
		await Promise.allSettled([...this.#inFlight]);
		this.#writeOutcomes();
		this.#db.close();
	}
}
