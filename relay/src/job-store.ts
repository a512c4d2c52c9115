// The one contract both engines implement (SQLite embedded, PostgreSQL with graphile-worker). The
// same contract tests run on each (tests/relay/job-store.contract.ts).

export interface VapidKeys {
	readonly publicKey: string;
	readonly privateKey: string;
}

export interface DeviceRecord {
	readonly id: string;
	readonly endpoint: string;
	/** SHA-256 of the capability token; the token itself is never stored. */
	readonly tokenHash: Buffer;
}

export interface JobInput {
	readonly id: string;
	/** Milliseconds since the epoch. */
	readonly sendAt: number;
	readonly ttlSeconds: number;
	readonly topic: string;
	/** Ciphertext: the relay cannot read it. */
	readonly payload: Buffer;
}

/** A job handed to delivery, with where it goes and how often it was tried. */
export interface DueJob extends JobInput {
	readonly deviceId: string;
	readonly endpoint: string;
	readonly attempts: number;
}

/** What became of one delivery attempt, and so of the job. */
export type Delivery =
	| { readonly kind: 'sent' }
	/** The push service was busy or failed: try again at `at` (still within the TTL). */
	| { readonly kind: 'retry'; readonly at: number }
	/** Past its TTL, or refused for good: dropped (the app's missed list takes over). */
	| { readonly kind: 'drop' }
	/** The push service forgot the subscription (404 or 410): the device goes with its jobs. */
	| { readonly kind: 'gone' };

export type Deliver = (job: DueJob) => Promise<Delivery>;

export interface JobStore {
	readonly engine: 'sqlite' | 'postgres';
	/** The relay's VAPID keys: created once (by whichever process comes first) and kept. */
	vapidKeys(create: () => VapidKeys): Promise<VapidKeys>;
	/** Creates a device; false when the id is taken. */
	createDevice(device: DeviceRecord, now: number): Promise<boolean>;
	device(id: string): Promise<DeviceRecord | null>;
	/** A device's new push endpoint (the browser renewed its subscription). */
	updateEndpoint(id: string, endpoint: string): Promise<void>;
	/** Forgets a device and every job of it; false when there was none. */
	deleteDevice(id: string): Promise<boolean>;
	/** Replaces a device's whole window at once: jobs not in `jobs` are cancelled. */
	replaceJobs(deviceId: string, jobs: readonly JobInput[]): Promise<void>;
	/** Cancels one job; false when there was none. */
	deleteJob(deviceId: string, jobId: string): Promise<boolean>;
	/** The jobs waiting for a device, by send time (what the contract tests look at). */
	pendingJobs(deviceId: string): Promise<{ id: string; sendAt: number }[]>;
	/**
	 * What the relay holds, for its caps: devices, and bytes of stored payloads (without those of
	 * `exceptDevice`, whose window an upload is about to replace).
	 */
	usage(exceptDevice?: string): Promise<{ devices: number; jobs: number; payloadBytes: number }>;
	/** Whether the database takes a write and the queue answers (the health check). */
	health(): Promise<void>;
	/**
	 * Hands every due job to `deliver`, at least once even across a crash, and applies what it
	 * answers, until `close()`.
	 */
	startDelivery(deliver: Deliver): Promise<void>;
	close(): Promise<void>;
}
