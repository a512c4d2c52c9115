import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { vValidator } from '@hono/valibot-validator';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { rateLimiter } from 'hono-rate-limiter';
import * as v from 'valibot';
import type { DeviceRecord, JobStore } from './job-store.ts';
import type { PushHosts } from './push-hosts.ts';
import { consoleLog, type Log } from './log.ts';
import type { RelayMetrics } from './metrics.ts';
import {
	DEVICE_ID_PATTERN,
	JOB_ID_PATTERN,
	RELAY_LIMITS,
	RELAY_PREFIX,
	TOPIC_PATTERN
} from './protocol.ts';

// The relay's HTTP API (protocol.ts has its shapes): anonymous devices with a capability token, and
// their windows of encrypted reminders. Every refusal is a 4xx with a JSON `error` in plain words.

export interface RateLimits {
	/** Requests per minute from one address. */
	readonly perAddress: number;
	/** Requests per minute for one device, counted only once its token checks out. */
	readonly perDevice: number;
	/** Devices one address may register in an hour. */
	readonly newDevicesPerHour: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
	perAddress: 120,
	perDevice: 30,
	newDevicesPerHour: 20
};

/** What the whole relay keeps at most, so no one can fill its disk (README, configuration). */
export interface RelayCaps {
	readonly maxDevices: number;
	/** Bytes of stored encrypted reminders, across every device. */
	readonly maxStoredBytes: number;
}

/** One small server: 10,000 devices, 1 GB of reminders (a full window is about 200 kB). */
export const DEFAULT_CAPS: RelayCaps = { maxDevices: 10_000, maxStoredBytes: 1024 ** 3 };

export interface RelayApiOptions {
	readonly store: JobStore;
	readonly vapidPublicKey: string;
	readonly hosts: PushHosts;
	readonly rateLimits?: RateLimits;
	/**
	 * The reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY): for a request from one
	 * of them, the client's address is the header's last entry. Anyone else's header is ignored.
	 */
	readonly trustedProxy?: (address: string) => boolean;
	readonly caps?: RelayCaps;
	readonly now?: () => number;
	/** Where a failed request is logged (the console unless a test listens). */
	readonly log?: Log;
	readonly metrics?: RelayMetrics;
}

export function hashToken(token: string): Buffer {
	return createHash('sha256').update(token).digest();
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, hash: Buffer): boolean {
	const presented = hashToken(token);
	return presented.length === hash.length && timingSafeEqual(presented, hash);
}

const base64url = (max: number) =>
	v.pipe(
		v.string(),
		v.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'),
		v.maxLength(Math.ceil((max * 4) / 3), `must be at most ${max} bytes`)
	);

const DeviceBody = v.strictObject({
	endpoint: v.pipe(
		v.string('must be a text'),
		v.maxLength(RELAY_LIMITS.maxEndpointChars, 'is too long'),
		v.url('must be a URL')
	)
});

const JobBody = v.strictObject({
	id: v.pipe(v.string(), v.regex(JOB_ID_PATTERN, 'must be 1-80 letters, digits or _.:-')),
	sendAt: v.pipe(v.number(), v.integer('must be whole milliseconds'), v.minValue(0)),
	ttl: v.pipe(
		v.number(),
		v.integer('must be whole seconds'),
		// A push service may not deliver a TTL 0 message at all, and the relay would drop it unsent.
		v.minValue(
			RELAY_LIMITS.minTtlSeconds,
			`must be at least ${RELAY_LIMITS.minTtlSeconds} seconds`
		),
		v.maxValue(RELAY_LIMITS.maxTtlSeconds, `must be at most ${RELAY_LIMITS.maxTtlSeconds} seconds`)
	),
	topic: v.pipe(v.string(), v.regex(TOPIC_PATTERN, 'must be 1-32 URL-safe characters')),
	payload: base64url(RELAY_LIMITS.maxPayloadBytes)
});

const WindowBody = v.strictObject({
	jobs: v.pipe(
		v.array(JobBody),
		v.maxLength(
			RELAY_LIMITS.maxJobsPerWindow,
			`may hold at most ${RELAY_LIMITS.maxJobsPerWindow} reminders`
		),
		v.check(
			(jobs) => new Set(jobs.map((j) => j.id)).size === jobs.length,
			'must not repeat a job id'
		)
	)
});

function problem(issues: readonly v.BaseIssue<unknown>[]): string {
	const first = issues[0]!;
	const path = v.getDotPath(first);
	return path ? `${path} ${first.message}` : first.message;
}

/** A valibot hook that answers 400 with the first problem, naming where it is. */
function invalid(
	result: { success: boolean; issues?: readonly v.BaseIssue<unknown>[] },
	c: Context
) {
	if (!result.success)
		return c.json({ error: `Invalid request: ${problem(result.issues!)}.` }, 400);
}

type Env = { Variables: { deviceId: string; device: DeviceRecord } };

export function createRelayApi(options: RelayApiOptions): Hono<Env> {
	const { store, hosts } = options;
	const now = options.now ?? Date.now;
	const log = options.log ?? consoleLog;
	const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
	const app = new Hono<Env>().basePath(RELAY_PREFIX);

	const caps = options.caps ?? DEFAULT_CAPS;
	const clientAddress = (c: Context) => {
		let remote: string;
		try {
			remote = getConnInfo(c).remote.address ?? 'unknown';
		} catch {
			remote = 'unknown'; // not behind Node's server (a test calling the app directly)
		}
		if (options.trustedProxy?.(remote)) {
			const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
			if (forwarded) return forwarded;
		}
		return remote;
	};
	const tooMany = { error: 'Too many requests; try again in a minute.' };

	app.onError((error, c) => {
		if (error instanceof HTTPException) {
			const status = error.status;
			const message =
				status === 400
					? 'Invalid request: the body is not JSON.'
					: error.message || 'Request refused.';
			return c.json({ error: message }, status);
		}
		// Only the route and the error's name and message: never a token, an endpoint or a body.
		log('request failed', {
			method: c.req.method,
			route: c.req.routePath,
			error: `${error.name}: ${error.message}`
		});
		return c.json({ error: 'The relay failed; try again later.' }, 500);
	});
	app.notFound((c) => c.json({ error: 'No such address on this relay.' }, 404));

	// One log line and one count per request: method, route pattern, status and time; never the
	// address, the device id, a token or a body.
	app.use(async (c, next) => {
		const started = performance.now();
		await next();
		const route = c.req.routePath;
		log('request', {
			method: c.req.method,
			route,
			status: c.res.status,
			ms: Math.round(performance.now() - started)
		});
		options.metrics?.request(c.req.method, route, c.res.status);
	});

	// For the operator's monitor: the database takes a write and the queue answers.
	app.get('/health', async (c) => {
		try {
			await store.health();
			return c.json({ status: 'ok' }, 200, { 'cache-control': 'no-store' });
		} catch (error) {
			log('health check failed', {
				error: `${(error as Error).name}: ${(error as Error).message}`
			});
			return c.json({ status: 'unavailable' }, 503, { 'cache-control': 'no-store' });
		}
	});

	// Only this app's own pages: a browser on another origin sends its Origin (or Sec-Fetch-Site).
	app.use(async (c, next) => {
		const origin = c.req.header('origin');
		const site = c.req.header('sec-fetch-site');
		let sameOrigin = site === undefined || site === 'same-origin' || site === 'none';
		if (origin !== undefined) {
			try {
				sameOrigin &&= new URL(origin).host === c.req.header('host');
			} catch {
				sameOrigin = false;
			}
		}
		if (!sameOrigin) return c.json({ error: 'Only the app’s own pages may use this relay.' }, 403);
		await next();
	});
	app.use(
		rateLimiter({
			windowMs: 60_000,
			limit: limits.perAddress,
			keyGenerator: clientAddress,
			handler: (c) => c.json(tooMany, 429)
		})
	);
	app.use(
		bodyLimit({
			maxSize: RELAY_LIMITS.maxBodyBytes,
			onError: (c) =>
				c.json({ error: `The request is larger than ${RELAY_LIMITS.maxBodyBytes} bytes.` }, 413)
		})
	);

	app.get('/vapid-public-key', (c) => c.json({ key: options.vapidPublicKey }));

	// Every /devices/{id} path: a well-formed id, and its own rate limit.
	app.use('/devices/*', async (c, next) => {
		const id = c.req.path.slice(`${RELAY_PREFIX}/devices/`.length).split('/')[0] ?? '';
		if (!DEVICE_ID_PATTERN.test(id))
			return c.json(
				{ error: 'Invalid request: the device id must be 22-64 base64url characters.' },
				400
			);
		c.set('deviceId', id);
		await next();
	});
	// Counted only once the token checks out: a stranger's bogus requests count against their own
	// address, never against the device they name.
	const perDevice = rateLimiter<Env>({
		windowMs: 60_000,
		limit: limits.perDevice,
		keyGenerator: (c) => c.get('deviceId'),
		handler: (c) => c.json(tooMany, 429)
	});
	const newDevices = rateLimiter<Env>({
		windowMs: 3_600_000,
		limit: limits.newDevicesPerHour,
		keyGenerator: clientAddress,
		handler: (c) =>
			c.json({ error: 'Too many new devices from this address; try again in an hour.' }, 429)
	});

	/**
	 * The device this request's Bearer token opens, checked before the body is read; then the
	 * device's own rate limit. Anything else is refused.
	 */
	const withToken = async (c: Context<Env>, next: () => Promise<void>) => {
		const header = c.req.header('authorization') ?? '';
		const token = /^bearer +([A-Za-z0-9_-]{43})$/i.exec(header)?.[1];
		if (!token) return c.json({ error: 'This needs the device’s token.' }, 401);
		const device = await store.device(c.get('deviceId'));
		if (!device || !tokenMatches(token, device.tokenHash))
			return c.json({ error: 'Unknown device or wrong token.' }, 403);
		c.set('device', device);
		return perDevice(c, next);
	};
	const full = (c: Context) =>
		c.json({ error: 'The relay is full; its operator has been told. Try again later.' }, 507);

	const endpointAllowed = (endpoint: string) => {
		const url = new URL(endpoint);
		return hosts.permits(url);
	};

	// With a token: a new endpoint for the device. Without: a new device, within the caps.
	app.put(
		'/devices/:id',
		(c, next) =>
			c.req.header('authorization') !== undefined ? withToken(c, next) : newDevices(c, next),
		vValidator('json', DeviceBody, invalid),
		async (c) => {
			const { endpoint } = c.req.valid('json');
			if (!endpointAllowed(endpoint))
				return c.json({ error: 'Invalid request: the endpoint is not a known push service.' }, 400);
			const known = c.get('device');
			if (known) {
				await store.updateEndpoint(known.id, endpoint);
				return c.json({ updated: true });
			}
			if ((await store.usage()).devices >= caps.maxDevices) {
				log('device cap reached; registration refused', { maxDevices: caps.maxDevices });
				return full(c);
			}
			const id = c.get('deviceId');
			const token = randomBytes(32).toString('base64url');
			const created = await store.createDevice(
				{ id, endpoint, tokenHash: hashToken(token) },
				now()
			);
			if (!created) return c.json({ error: 'This device id is taken; choose another.' }, 409);
			// The token is given this once: no cache along the way may keep it.
			c.header('cache-control', 'no-store');
			return c.json({ token }, 201);
		}
	);

	app.put('/devices/:id/jobs', withToken, vValidator('json', WindowBody, invalid), async (c) => {
		const device = c.get('device');
		const { jobs } = c.req.valid('json');
		const at = now();
		const late = jobs.find((j) => j.sendAt > at + RELAY_LIMITS.maxAheadMs);
		if (late)
			return c.json({ error: `Invalid request: jobs.${late.id} is more than 8 days ahead.` }, 400);
		const stored = jobs
			.filter((j) => j.sendAt + j.ttl * 1000 > at) // already past its TTL: nothing to send
			.map((j) => ({
				id: j.id,
				sendAt: j.sendAt,
				ttlSeconds: j.ttl,
				topic: j.topic,
				payload: Buffer.from(j.payload, 'base64url')
			}));
		const adding = stored.reduce((sum, j) => sum + j.payload.length, 0);
		if ((await store.usage(device.id)).payloadBytes + adding > caps.maxStoredBytes) {
			log('storage cap reached; window refused', { maxStoredBytes: caps.maxStoredBytes });
			return full(c);
		}
		await store.replaceJobs(device.id, stored);
		return c.json({ accepted: stored.length });
	});

	app.delete('/devices/:id/jobs/:jobId', withToken, async (c) => {
		const jobId = c.req.param('jobId') ?? '';
		if (!JOB_ID_PATTERN.test(jobId))
			return c.json(
				{ error: 'Invalid request: the job id must be 1-80 letters, digits or _.:-' },
				400
			);
		return c.json({ deleted: await store.deleteJob(c.get('device').id, jobId) });
	});

	app.delete('/devices/:id', withToken, async (c) => {
		await store.deleteDevice(c.get('device').id);
		return c.json({ deleted: true });
	});

	return app;
}
