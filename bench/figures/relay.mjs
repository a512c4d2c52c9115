// The relay under a burst: 20,000 reminders for 5,000 devices, all due at the same instant, sent to
// a local push endpoint in another process. Prints pushes per second and p50/p99 lateness (arrival
// minus send time) on SQLite and, where one answers, on PostgreSQL, and the CPU each side used.
import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const DEVICES = 5_000;
const PER_DEVICE = 4;
const TOTAL = DEVICES * PER_DEVICE;
const PG_URL =
	process.env.RELAY_TEST_DATABASE_URL ?? 'postgres://relay:relay@127.0.0.1:5432/relay_test';

function buildRelay() {
	execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'relay/tsconfig.json']);
}

async function startEndpoint() {
	const child = fork(join('bench', 'relay', 'endpoint.mjs'), { stdio: 'inherit' });
	const { port } = await new Promise((resolve) => child.once('message', resolve));
	const ask = () =>
		new Promise((resolve) => {
			child.once('message', resolve);
			child.send('report');
		});
	return { origin: `http://127.0.0.1:${port}`, ask, stop: () => child.send('stop') };
}

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function burst(store, endpoint, relayModules, spreadMs) {
	const { PushSender } = relayModules.sender;
	const { parsePushHosts } = relayModules.hosts;
	const webpush = (await import('web-push')).default;
	const keys = await store.vapidKeys(() => webpush.generateVAPIDKeys());
	// Payloads as the app sends them: one padded size (86-byte header, 1500-byte record, tag).
	const payload = randomBytes(1602);
	const loadStart = Date.now();
	const dueAt = loadStart + 3_600_000; // moved to one instant (or one minute) once loading is done
	const windows = [];
	for (let d = 0; d < DEVICES; d++) {
		const id = randomBytes(16).toString('base64url');
		await store.createDevice(
			{ id, endpoint: `${endpoint.origin}/push/${d}`, tokenHash: randomBytes(32) },
			loadStart
		);
		windows.push(id);
	}
	for (const id of windows)
		await store.replaceJobs(
			id,
			Array.from({ length: PER_DEVICE }, (_, i) => ({
				id: `item-${i}`,
				sendAt: dueAt,
				ttlSeconds: 3600,
				topic: `item-${i}`,
				payload
			}))
		);
	const loaded = Date.now() - loadStart;
	// Loading is not measured: the jobs come due just after it.
	const sendAt = Date.now() + 1_500;
	const dueTimes = await relayModules.setSendTimes(sendAt, spreadMs);
	const sender = new PushSender({
		keys,
		subject: 'mailto:bench@example.org',
		hosts: parsePushHosts(endpoint.origin),
		log: () => undefined
	});
	const cpuBefore = process.cpuUsage();
	const start = await endpoint.ask();
	const before = start.arrivals.length;
	await store.startDelivery(sender.deliver);
	let report;
	const deadline = Date.now() + 120_000;
	do {
		await new Promise((r) => setTimeout(r, 200));
		report = await endpoint.ask();
	} while (report.arrivals.length - before < TOTAL && Date.now() < deadline);
	const cpu = process.cpuUsage(cpuBefore);
	const arrivals = report.arrivals.slice(before);
	await store.close();
	sender.close();
	// Jobs go out in order of their send time, so the k-th arrival is the k-th job due.
	const due = [...dueTimes].sort((a, b) => a - b);
	const lateness = [...arrivals]
		.sort((a, b) => a - b)
		.map((t, k) => t - due[k])
		.sort((a, b) => a - b);
	const span = (Math.max(...arrivals) - Math.min(...due)) / 1000;
	const busySeconds = (cpu.user + cpu.system) / 1e6;
	const endpointSeconds =
		(report.cpu.user + report.cpu.system - start.cpu.user - start.cpu.system) / 1e6;
	return {
		delivered: arrivals.length,
		perSecond: Math.round(arrivals.length / span),
		p50: percentile(lateness, 0.5),
		p99: percentile(lateness, 0.99),
		cpuShare: (busySeconds / span / cpus().length) * 100,
		endpointCpuShare: (endpointSeconds / span / cpus().length) * 100,
		loadedMs: loaded
	};
}

function lines(engine, scenario, result, budgets) {
	const label = (what) => `relay ${engine}, ${scenario}: ${what}`;
	return [
		{ label: label(`delivered of ${TOTAL}`), value: result.delivered, unit: 'push' },
		{
			label: label('pushes per second'),
			value: result.perSecond,
			unit: '/s',
			atLeast: budgets?.perSecond
		},
		{ label: label('lateness p50'), value: result.p50, unit: 'ms' },
		{ label: label('lateness p99'), value: result.p99, unit: 'ms', budget: budgets?.p99 },
		{
			label: label(`CPU, relay / push endpoint (of ${cpus().length} cores)`),
			value: `${result.cpuShare.toFixed(0)}/${result.endpointCpuShare.toFixed(0)}`,
			unit: '%'
		}
	];
}

/** Moves every job to `at` (or spreads them over `spreadMs` after it); returns their send times. */
async function sqliteSendTimes(file, at, spreadMs) {
	const Database = (await import('better-sqlite3')).default;
	const db = new Database(file);
	db.prepare('update jobs set send_at = ? + abs(random() % ?)').run(at, Math.max(1, spreadMs));
	const times = db.prepare('select send_at from jobs').pluck().all();
	db.close();
	return times;
}

async function postgresSendTimes(at, spreadMs) {
	const pg = (await import('pg')).default;
	const client = new pg.Client({ connectionString: PG_URL });
	await client.connect();
	await client.query('update relay_jobs set send_at = $1 + floor(random() * $2)', [at, spreadMs]);
	await client.query(`update graphile_worker._private_jobs q set run_at = to_timestamp(r.send_at / 1000.0)
		from relay_jobs r where q.key = r.device_id || '/' || r.id`);
	const { rows } = await client.query('select send_at from relay_jobs');
	await client.end();
	return rows.map((r) => Number(r.send_at));
}

async function resetPostgres() {
	const pg = (await import('pg')).default;
	const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
	try {
		await client.connect();
		await client.query(`drop table if exists relay_jobs, relay_devices, relay_settings;
			drop schema if exists graphile_worker cascade`);
		await client.end();
		return true;
	} catch {
		return false;
	}
}

// Two shapes of "20,000 reminders due in the same minute": all at one instant (the worst case, which
// measures how fast the relay empties a queue) and spread over the minute (what lateness is about).
const SCENARIOS = [
	{ name: 'all at one instant', spreadMs: 0, budgets: { perSecond: 1000 } },
	{ name: 'spread over one minute', spreadMs: 60_000, budgets: { p99: 2000 } }
];

export async function figures() {
	buildRelay();
	const dist = (name) => import(`../../relay/dist/${name}.js`);
	const [sender, hosts, sqlite] = await Promise.all([
		dist('push-sender'),
		dist('push-hosts'),
		dist('sqlite-store')
	]);
	const endpoint = await startEndpoint();
	const out = [];
	const dir = mkdtempSync(join(tmpdir(), 'relay-bench-'));
	try {
		for (const [i, scenario] of SCENARIOS.entries()) {
			const file = join(dir, `bench-${i}.sqlite`);
			const result = await burst(
				new sqlite.SqliteJobStore(file),
				endpoint,
				{
					sender,
					hosts,
					setSendTimes: (at, spread) => sqliteSendTimes(file, at, spread)
				},
				scenario.spreadMs
			);
			out.push(...lines('SQLite', scenario.name, result, scenario.budgets));
		}
		const { PostgresJobStore } = await dist('postgres-store');
		for (const scenario of SCENARIOS) {
			if (!(await resetPostgres())) {
				out.push({
					label: 'relay PostgreSQL: skipped (no database answered)',
					value: '-',
					unit: ''
				});
				break;
			}
			const result = await burst(
				await PostgresJobStore.open(PG_URL),
				endpoint,
				{
					sender,
					hosts,
					setSendTimes: postgresSendTimes
				},
				scenario.spreadMs
			);
			out.push(...lines('PostgreSQL', scenario.name, result));
		}
	} finally {
		endpoint.stop();
		rmSync(dir, { recursive: true, force: true });
	}
	return out;
}

// `npm run bench:relay`: the relay's figures alone.
if (import.meta.url === `file://${process.argv[1]}` && existsSync('relay')) {
	for (const f of await figures())
		console.log(
			`${f.label.padEnd(56)} ${String(f.value).padStart(8)} ${f.unit.padEnd(5)}` +
				(f.budget !== undefined
					? `  budget <= ${f.budget} ${f.unit}  ${f.value <= f.budget ? '(within)' : '(OVER BUDGET)'}`
					: '') +
				(f.atLeast !== undefined
					? `  budget >= ${f.atLeast}  ${f.value >= f.atLeast ? '(within)' : '(UNDER BUDGET)'}`
					: '')
		);
}
