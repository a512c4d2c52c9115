import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery, DueJob, JobInput, JobStore } from '../../relay/src/job-store';

// The one JobStore contract, run on SQLite (sqlite.test.ts) and on PostgreSQL (postgres.test.ts).

export const deviceId = () => randomBytes(16).toString('base64url');

export function job(id: string, sendAt: number, extra: Partial<JobInput> = {}): JobInput {
	return {
		id,
		sendAt,
		ttlSeconds: 600,
		topic: id.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 32),
		payload: randomBytes(64),
		...extra
	};
}

/** Waits until `check` passes or `ms` is up. */
export async function eventually(check: () => void | Promise<void>, ms = 8000): Promise<void> {
	const until = Date.now() + ms;
	for (;;) {
		try {
			await check();
			return;
		} catch (error) {
			if (Date.now() > until) throw error;
			await new Promise((r) => setTimeout(r, 50));
		}
	}
}

export function jobStoreContract(open: () => Promise<JobStore>): void {
	let store: JobStore;
	beforeEach(async () => {
		store = await open();
	});
	afterEach(async () => {
		await store.close();
	});

	async function newDevice(endpoint = 'https://fcm.googleapis.com/fcm/send/abc') {
		const id = deviceId();
		const tokenHash = createHash('sha256').update('token').digest();
		expect(await store.createDevice({ id, endpoint, tokenHash }, Date.now())).toBe(true);
		return id;
	}

	describe('devices', () => {
		it('creates a device once, finds it, and changes its endpoint', async () => {
			const id = await newDevice();
			const found = await store.device(id);
			expect(found?.endpoint).toBe('https://fcm.googleapis.com/fcm/send/abc');
			expect(found?.tokenHash.equals(createHash('sha256').update('token').digest())).toBe(true);
			const again = { id, endpoint: 'https://x.example/', tokenHash: Buffer.alloc(32) };
			expect(await store.createDevice(again, Date.now())).toBe(false);
			await store.updateEndpoint(id, 'https://web.push.apple.com/new');
			expect((await store.device(id))?.endpoint).toBe('https://web.push.apple.com/new');
			expect(await store.device(deviceId())).toBeNull();
		});

		it('forgets a device with all its jobs', async () => {
			const id = await newDevice();
			await store.replaceJobs(id, [job('a', Date.now() + 60_000)]);
			expect(await store.deleteDevice(id)).toBe(true);
			expect(await store.device(id)).toBeNull();
			expect(await store.pendingJobs(id)).toEqual([]);
			expect(await store.deleteDevice(id)).toBe(false);
		});

		it('counts devices and stored payload bytes, without a named device’s on request', async () => {
			const before = await store.usage();
			const id = await newDevice();
			await store.replaceJobs(id, [
				job('a', Date.now() + 60_000, { payload: randomBytes(100) }),
				job('b', Date.now() + 60_000, { payload: randomBytes(28) })
			]);
			expect(await store.usage()).toEqual({
				devices: before.devices + 1,
				jobs: before.jobs + 2,
				payloadBytes: before.payloadBytes + 128
			});
			await expect(store.health()).resolves.toBeUndefined();
			expect((await store.usage(id)).payloadBytes).toBe(before.payloadBytes);
		});

		it('keeps the VAPID keys made first', async () => {
			const first = await store.vapidKeys(() => ({ publicKey: 'p1', privateKey: 's1' }));
			const second = await store.vapidKeys(() => ({ publicKey: 'p2', privateKey: 's2' }));
			expect(second).toEqual(first);
		});
	});

	describe('windows', () => {
		it('replaces the whole window: what is not in the new one is cancelled', async () => {
			const id = await newDevice();
			const t = Date.now() + 3_600_000;
			await store.replaceJobs(id, [job('a', t), job('b', t + 1000), job('c', t + 2000)]);
			await store.replaceJobs(id, [job('b', t + 5000), job('d', t + 500)]);
			expect(await store.pendingJobs(id)).toEqual([
				{ id: 'd', sendAt: t + 500 },
				{ id: 'b', sendAt: t + 5000 }
			]);
			await store.replaceJobs(id, [job('b', t + 5000), job('d', t + 500)]);
			expect(await store.pendingJobs(id)).toHaveLength(2); // the same window again changes nothing
			await store.replaceJobs(id, []);
			expect(await store.pendingJobs(id)).toEqual([]);
		});

		it('cancels one job, and only that device’s', async () => {
			const [one, two] = [await newDevice(), await newDevice()];
			const t = Date.now() + 3_600_000;
			await store.replaceJobs(one, [job('a', t), job('b', t)]);
			await store.replaceJobs(two, [job('a', t)]);
			expect(await store.deleteJob(one, 'a')).toBe(true);
			expect(await store.deleteJob(one, 'a')).toBe(false);
			expect((await store.pendingJobs(one)).map((j) => j.id)).toEqual(['b']);
			expect((await store.pendingJobs(two)).map((j) => j.id)).toEqual(['a']);
		});
	});

	describe('delivery', () => {
		/** Records what is delivered and answers what `answer` says. */
		function recorder(answer: (job: DueJob) => Delivery = () => ({ kind: 'sent' })) {
			const seen: DueJob[] = [];
			return {
				seen,
				deliver: async (j: DueJob) => {
					seen.push(j);
					return answer(j);
				}
			};
		}

		it('hands over each due job with its bytes and endpoint, and not the later ones', async () => {
			const id = await newDevice('https://fcm.googleapis.com/fcm/send/xyz');
			const now = Date.now();
			const due = job('due', now - 1000);
			await store.replaceJobs(id, [due, job('later', now + 3_600_000)]);
			const r = recorder();
			await store.startDelivery(r.deliver);
			await eventually(async () => expect(await store.pendingJobs(id)).toHaveLength(1));
			expect(r.seen).toHaveLength(1);
			expect(r.seen[0]).toMatchObject({
				deviceId: id,
				id: 'due',
				endpoint: 'https://fcm.googleapis.com/fcm/send/xyz',
				topic: due.topic,
				ttlSeconds: 600,
				attempts: 0
			});
			expect(Buffer.from(r.seen[0]!.payload).equals(due.payload)).toBe(true);
			expect((await store.pendingJobs(id))[0]!.id).toBe('later');
		});

		it('sends a job that comes due while running, at its time', async () => {
			const id = await newDevice();
			const r = recorder();
			await store.startDelivery(r.deliver);
			const at = Date.now() + 700;
			await store.replaceJobs(id, [job('soon', at)]);
			await eventually(() => expect(r.seen).toHaveLength(1));
			expect(Date.now()).toBeGreaterThanOrEqual(at);
			await eventually(async () => expect(await store.pendingJobs(id)).toEqual([]));
		});

		it('tries again at the time a retry names, counting the attempts', async () => {
			const id = await newDevice();
			const r = recorder((j) =>
				j.attempts === 0 ? { kind: 'retry', at: Date.now() + 300 } : { kind: 'sent' }
			);
			await store.replaceJobs(id, [job('busy', Date.now() - 10)]);
			await store.startDelivery(r.deliver);
			await eventually(() => expect(r.seen).toHaveLength(2));
			expect(r.seen.map((j) => j.attempts)).toEqual([0, 1]);
			await eventually(async () => expect(await store.pendingJobs(id)).toEqual([]));
		});

		it('drops a job on "drop", and forgets the device on "gone"', async () => {
			const [kept, gone] = [await newDevice(), await newDevice()];
			const now = Date.now();
			await store.replaceJobs(kept, [job('old', now - 10), job('next', now + 3_600_000)]);
			await store.replaceJobs(gone, [job('x', now - 10), job('y', now + 3_600_000)]);
			const r = recorder((j) => (j.deviceId === gone ? { kind: 'gone' } : { kind: 'drop' }));
			await store.startDelivery(r.deliver);
			await eventually(async () => expect(await store.device(gone)).toBeNull());
			await eventually(async () =>
				expect((await store.pendingJobs(kept)).map((j) => j.id)).toEqual(['next'])
			);
			expect(await store.pendingJobs(gone)).toEqual([]);
		});

		it('delivers a burst of many devices’ jobs, each once', async () => {
			const now = Date.now();
			const ids: string[] = [];
			for (let i = 0; i < 50; i++) {
				const id = await newDevice();
				ids.push(id);
				await store.replaceJobs(id, [job('a', now - 5), job('b', now - 1)]);
			}
			const r = recorder();
			await store.startDelivery(r.deliver);
			await eventually(() => expect(r.seen).toHaveLength(100), 15_000);
			const keys = new Set(r.seen.map((j) => `${j.deviceId}/${j.id}`));
			expect(keys.size).toBe(100);
		});
	});
}
