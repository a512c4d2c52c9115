import { spawn, type ChildProcess } from 'node:child_process';
import { createECDH } from 'node:crypto';
import { expect } from 'vitest';
import { encryptPushMessage, toBase64Url } from '$lib/reminders/push-encryption';
import { deviceId, eventually } from './job-store.contract';
import { freePort, startScriptedPushService } from './push-service';

// The relay as a process of its own (`node relay/dist/main.js`, compiled by the global setup), for
// the tests that kill it or start several: crash.test.ts and postgres.test.ts.

/** Every process started here; a test's afterEach kills what is left. */
export const running: ChildProcess[] = [];

const outputs = new WeakMap<ChildProcess, string[]>();

/** The lines a relay process has printed so far. */
export const printed = (child: ChildProcess): string[] => outputs.get(child) ?? [];

/** Starts `node relay/dist/main.js` (compiled by the global setup) and waits until it listens. */
export async function startRelayProcess(env: Record<string, string>): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['relay/dist/main.js'], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.push(child);
	let output = '';
	const lines: string[] = [];
	outputs.set(child, lines);
	child.stdout!.on('data', (chunk: Buffer) =>
		lines.push(...String(chunk).split('\n').filter(Boolean))
	);
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the relay did not start: ${output}`)), 30_000);
		child.stdout!.on('data', (chunk: Buffer) => {
			output += chunk;
			if (output.includes('Relay listening')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
		child.once('exit', (code) => reject(new Error(`the relay exited (${code}): ${output}`)));
	});
	return child;
}

export async function killHard(child: ChildProcess): Promise<void> {
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGKILL');
	await exited;
}

export async function encryptedReminder(): Promise<string> {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	const keys = { p256dh: new Uint8Array(ecdh.getPublicKey()), auth: new Uint8Array(16) };
	return toBase64Url(
		await encryptPushMessage(new TextEncoder().encode('{"web_push":8030}'), keys, { padTo: 200 })
	);
}

/**
 * kill -9 at the worst moments: while a push is on the wire, and before a job is due. Both jobs
 * arrive after restarts; only the one in flight arrives twice. `env` picks the engine.
 */
export async function survivesKillNine(
	env: Record<string, string>,
	closers: (() => Promise<void>)[],
	/** How long after the first job the second is due: after the first is sent again. */
	laterMs: number,
	/** Whether the engine's database still holds the job (its send not yet recorded). */
	stillHeld: (jobId: string) => Promise<boolean>
): Promise<void> {
	let answering = false;
	const service = await startScriptedPushService(() => (answering ? { status: 201 } : 'hang'));
	closers.push(service.close);
	const port = await freePort();
	const processEnv = {
		...env,
		PORT: String(port),
		RELAY_PUSH_HOSTS: service.origin,
		VAPID_SUBJECT: 'mailto:crash@example.org'
	};
	const base = `http://127.0.0.1:${port}/relay/v1`;
	let relay = await startRelayProcess(processEnv);

	const id = deviceId();
	const created = await fetch(`${base}/devices/${id}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ endpoint: `${service.origin}/push/device` })
	});
	const { token } = (await created.json()) as { token: string };
	const now = Date.now();
	const jobs = [
		{
			id: 'on-the-wire',
			sendAt: now,
			ttl: 600,
			topic: 'wire',
			payload: await encryptedReminder()
		},
		{
			id: 'later',
			sendAt: now + laterMs,
			ttl: 600,
			topic: 'later',
			payload: await encryptedReminder()
		}
	];
	const accepted = await fetch(`${base}/devices/${id}/jobs`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
		body: JSON.stringify({ jobs })
	});
	expect(await accepted.json()).toEqual({ accepted: 2 });

	// The first push reaches the service, which does not answer: the process dies mid-push.
	await eventually(() => expect(service.arrivals).toHaveLength(1));
	await killHard(relay);

	answering = true;
	relay = await startRelayProcess(processEnv);
	await eventually(() => expect(service.arrivals).toHaveLength(2), laterMs);
	expect(service.arrivals[1]!.body.equals(service.arrivals[0]!.body)).toBe(true);
	expect(service.arrivals[1]!.headers.topic).toBe('wire');
	// Killed before it recorded the send, it would send it once more (that is at least once); the
	// test kills it only once the send is recorded, so any third copy would be a lost record.
	await eventually(async () => expect(await stillHeld('on-the-wire')).toBe(false), laterMs);

	// The later job survives another kill before its time, and is sent at its time.
	await killHard(relay);
	expect(Date.now()).toBeLessThan(now + laterMs);
	relay = await startRelayProcess(processEnv);
	await eventually(() => expect(service.arrivals).toHaveLength(3), laterMs + 5_000);
	expect(service.arrivals[2]!.headers.topic).toBe('later');
	expect(service.arrivals[2]!.at).toBeGreaterThanOrEqual(now + laterMs);
	await fetch(`${base}/devices/${id}`, {
		method: 'DELETE',
		headers: { authorization: `Bearer ${token}` }
	}).then((r) => expect(r.status).toBe(200));
}
