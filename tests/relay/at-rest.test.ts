import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../relay/src/relay';
import { SqliteJobStore } from '../../relay/src/sqlite-store';

// Issue 26, point 2: what a copy of the data folder gives away. The folder and every file are the
// relay's user's only, the VAPID private key is not in the database beside the endpoints, and a
// deleted device leaves nothing of its endpoint in the file.

const root = mkdtempSync(join(tmpdir(), 'relay-at-rest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `data-${n++}`);
const mode = (path: string) => statSync(path).mode & 0o777;
const allBytes = (dir: string) =>
	readdirSync(dir)
		.map((file) => readFileSync(join(dir, file)).toString('latin1'))
		.join('\n');

describe('the SQLite relay’s files', () => {
	it('are the relay user’s only: folder 0700, database, journal and key file 0600', async () => {
		const dataDir = freshDir();
		const store = await openStore({ dataDir, databaseUrl: undefined });
		await store.vapidKeys(() => ({ publicKey: 'BPublic', privateKey: 'private-key-material' }));
		await store.createDevice(
			{ id: 'd1', endpoint: 'https://fcm.googleapis.com/x', tokenHash: Buffer.alloc(32) },
			Date.now()
		);
		expect(mode(dataDir)).toBe(0o700);
		const files = readdirSync(dataDir).sort();
		expect(files).toEqual(
			expect.arrayContaining(['relay-vapid-keys.json', 'relay.sqlite', 'relay.sqlite-wal'])
		);
		for (const file of files) expect(mode(join(dataDir, file)), file).toBe(0o600);
		await store.close();
	});

	it('keep the VAPID private key in its own file, never in the database', async () => {
		const dataDir = freshDir();
		const store = await openStore({ dataDir, databaseUrl: undefined });
		const keys = await store.vapidKeys(() => ({
			publicKey: 'BPublic',
			privateKey: 'private-key-material'
		}));
		expect(keys.privateKey).toBe('private-key-material');
		await store.close();
		expect(JSON.parse(readFileSync(join(dataDir, 'relay-vapid-keys.json'), 'utf8'))).toEqual(keys);
		const database = ['relay.sqlite', 'relay.sqlite-wal']
			.filter((f) => readdirSync(dataDir).includes(f))
			.map((f) => readFileSync(join(dataDir, f)).toString('latin1'))
			.join('');
		expect(database).not.toContain('private-key-material');
		// Opened again, the same keys (losing them would end every subscription).
		const again = await openStore({ dataDir, databaseUrl: undefined });
		expect(await again.vapidKeys(() => ({ publicKey: 'other', privateKey: 'other' }))).toEqual(
			keys
		);
		await again.close();
	});

	it('move the key out of a database written by an earlier relay, and leave no copy of it', async () => {
		const dataDir = freshDir();
		const file = join(dataDir, 'relay.sqlite');
		// The earlier layout: the keys as a settings row, folder and file world-readable.
		mkdirSync(dataDir, { mode: 0o755 });
		const old = new Database(file);
		old.exec(`create table settings (key text primary key, value text not null);
			create table devices (id text primary key, endpoint text not null, token_hash blob not null, created_at integer not null);`);
		old
			.prepare('insert into settings (key, value) values (?, ?)')
			.run('vapid', JSON.stringify({ publicKey: 'BOld', privateKey: 'old-private-key' }));
		old.close();
		chmodSync(file, 0o644);

		const store = await openStore({ dataDir, databaseUrl: undefined });
		expect(await store.vapidKeys(() => ({ publicKey: 'new', privateKey: 'new' }))).toEqual({
			publicKey: 'BOld',
			privateKey: 'old-private-key'
		});
		await store.close();
		expect(mode(dataDir)).toBe(0o700);
		expect(mode(file)).toBe(0o600);
		expect(readFileSync(file).toString('latin1')).not.toContain('old-private-key');
	});

	it('overwrite a deleted device: its endpoint is nowhere in the files', async () => {
		const dataDir = freshDir();
		mkdirSync(dataDir);
		const store = new SqliteJobStore(join(dataDir, 'relay.sqlite'));
		const marker = 'endpoint-marker-7f3a9c';
		await store.createDevice(
			{
				id: 'gone',
				endpoint: `https://fcm.googleapis.com/fcm/send/${marker}`,
				tokenHash: Buffer.alloc(32)
			},
			Date.now()
		);
		await store.replaceJobs('gone', [
			{
				id: 'a',
				sendAt: Date.now() + 60_000,
				ttlSeconds: 900,
				topic: marker,
				payload: Buffer.alloc(8)
			}
		]);
		expect(allBytes(dataDir)).toContain(marker);
		await store.deleteDevice('gone');
		await store.close(); // checkpoints the journal into the database
		expect(allBytes(dataDir)).not.toContain(marker);
	});
});
