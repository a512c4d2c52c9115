import http from 'node:http';
import https from 'node:https';
import webpush from 'web-push';
import type { Delivery, DueJob, VapidKeys } from './job-store.ts';
import { publicOnlyLookup, type PushHosts } from './push-hosts.ts';
import type { Log } from './log.ts';

// Sends one job to its push service: the ciphertext as the page wrote it, signed with the relay's
// VAPID key (RFC 8292), and reads the answer into what becomes of the job.

/** A VAPID JWT may live 24 h at most; each is made for 12 h and used for 11. */
const VAPID_LIFETIME_S = 12 * 60 * 60;
const VAPID_REUSE_MS = 11 * 60 * 60 * 1000;
/** A push service that does not answer in this time is treated as busy. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Retries wait 2 s, 4 s, 8 s ... up to 5 minutes (or longer if the service asks). */
const RETRY_BASE_MS = 2_000;
const RETRY_MAX_MS = 5 * 60 * 1000;

export interface PushSenderOptions {
	readonly keys: VapidKeys;
	/** `mailto:` or `https:` URL (Apple refuses anything else). */
	readonly subject: string;
	readonly hosts: PushHosts;
	readonly log: Log;
	readonly now?: () => number;
}

/** When to try again after `attempts` failed tries, or null when that is past the job's TTL. */
export function retryTime(
	job: Pick<DueJob, 'sendAt' | 'ttlSeconds' | 'attempts'>,
	now: number,
	retryAfterSeconds?: number
): number | null {
	const backoff = Math.min(RETRY_BASE_MS * 2 ** job.attempts, RETRY_MAX_MS);
	const asked = retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : 0;
	const at = now + Math.max(backoff, asked);
	return at < job.sendAt + job.ttlSeconds * 1000 ? at : null;
}

/** Reads a Retry-After header given in seconds (the push services' form); undefined otherwise. */
function retryAfter(header: string | string[] | undefined): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	return value && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

export class PushSender {
	readonly #vapid = new Map<string, { authorization: string; until: number }>();
	readonly #agents = {
		'https:': new https.Agent({ keepAlive: true, maxSockets: 256, lookup: publicOnlyLookup }),
		'http:': new http.Agent({ keepAlive: true, maxSockets: 256, lookup: publicOnlyLookup })
	};
	readonly #exactAgents = {
		'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
		'http:': new http.Agent({ keepAlive: true, maxSockets: 256 })
	};
	readonly #now: () => number;

	constructor(private readonly options: PushSenderOptions) {
		if (!/^(mailto:|https:\/\/)/.test(options.subject))
			throw new Error('VAPID_SUBJECT must be a mailto: or https: URL.');
		this.#now = options.now ?? Date.now;
	}

	/** The VAPID Authorization header for a push service's origin, reused for under 24 h. */
	authorization(origin: string): string {
		const now = this.#now();
		const cached = this.#vapid.get(origin);
		if (cached && cached.until > now) return cached.authorization;
		const { publicKey, privateKey } = this.options.keys;
		const expiration = Math.floor(now / 1000) + VAPID_LIFETIME_S;
		const headers = webpush.getVapidHeaders(
			origin,
			this.options.subject,
			publicKey,
			privateKey,
			'aes128gcm',
			expiration
		);
		const authorization = headers.Authorization;
		this.#vapid.set(origin, { authorization, until: now + VAPID_REUSE_MS });
		return authorization;
	}

	/** Delivers one job; never throws. */
	deliver = async (job: DueJob): Promise<Delivery> => {
		const now = this.#now();
		const expiry = job.sendAt + job.ttlSeconds * 1000;
		if (now >= expiry) return { kind: 'drop' };
		let url: URL;
		try {
			url = new URL(job.endpoint);
		} catch {
			return { kind: 'gone' };
		}
		if (!this.options.hosts.permits(url)) {
			this.options.log('push endpoint no longer allowed; job dropped', { host: url.host });
			return { kind: 'drop' };
		}
		const ttl = Math.max(0, Math.floor((expiry - now) / 1000));
		let answer: { status: number; retryAfter?: number };
		try {
			answer = await this.#post(url, job, ttl);
		} catch (error) {
			const code = (error as { code?: string }).code ?? 'error';
			// A name that resolves to a private address will do so again: retrying only knocks on it.
			if (code === 'EPRIVATE') {
				this.options.log('push endpoint resolves to a private address; job dropped', {
					host: url.host
				});
				return { kind: 'drop' };
			}
			this.options.log('push service not reached', { host: url.host, code });
			const at = retryTime(job, now);
			return at === null ? { kind: 'drop' } : { kind: 'retry', at };
		}
		const { status } = answer;
		if (status >= 200 && status < 300) return { kind: 'sent' };
		if (status === 404 || status === 410) {
			this.options.log('push service forgot the subscription; device removed', {
				host: url.host,
				status
			});
			return { kind: 'gone' };
		}
		if (status === 429 || status >= 500) {
			const at = retryTime(job, now, answer.retryAfter);
			return at === null ? { kind: 'drop' } : { kind: 'retry', at };
		}
		this.options.log('push service refused a reminder; dropped', { host: url.host, status });
		return { kind: 'drop' };
	};

	#post(url: URL, job: DueJob, ttl: number): Promise<{ status: number; retryAfter?: number }> {
		const protocol = url.protocol as 'https:' | 'http:';
		// Only an origin named exactly in RELAY_PUSH_HOSTS may resolve to a private address.
		const agent = (this.options.hosts.namedExactly(url) ? this.#exactAgents : this.#agents)[
			protocol
		];
		const send = protocol === 'https:' ? https.request : http.request;
		return new Promise((resolve, reject) => {
			const request = send(
				url,
				{
					method: 'POST',
					agent,
					timeout: REQUEST_TIMEOUT_MS,
					headers: {
						Authorization: this.authorization(url.origin),
						'Content-Encoding': 'aes128gcm',
						'Content-Type': 'application/octet-stream',
						'Content-Length': job.payload.length,
						TTL: String(ttl),
						Urgency: 'high',
						Topic: job.topic
					}
				},
				(response) => {
					response.resume(); // the body says nothing the status does not
					response.on('end', () =>
						resolve({
							status: response.statusCode ?? 0,
							retryAfter: retryAfter(response.headers['retry-after'])
						})
					);
					response.on('error', reject);
				}
			);
			request.on('timeout', () =>
				request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }))
			);
			request.on('error', reject);
			request.end(job.payload);
		});
	}

	close(): void {
		for (const agent of [...Object.values(this.#agents), ...Object.values(this.#exactAgents)])
			agent.destroy();
	}
}
