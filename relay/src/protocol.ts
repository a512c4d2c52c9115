// The relay's HTTP API as both sides see it: paths, limits and the JSON shapes. Pure: the page's
// relay client imports it too, so the two cannot drift apart.

/** Every path of the API starts here, on the app's own origin. */
export const RELAY_PREFIX = '/relay/v1';

export const RELAY_LIMITS = {
	/** Bytes of one encrypted reminder: a record padded to one size under 2 KB. */
	maxPayloadBytes: 2048,
	/** Reminders in one window (3 days of a plan and the closing "open the app" reminder). */
	maxJobsPerWindow: 120,
	/** Bytes of any request body (a full window of base64url payloads fits with room). */
	maxBodyBytes: 400 * 1024,
	/** How far ahead a reminder may be scheduled. */
	maxAheadMs: 8 * 24 * 60 * 60 * 1000,
	/** A reminder's TTL is at least a minute: a push service may drop a shorter one unsent. */
	minTtlSeconds: 60,
	/** A reminder may not be kept longer than this after its time (Web Push's TTL, in seconds). */
	maxTtlSeconds: 24 * 60 * 60,
	/** Push endpoints are URLs of a push service; theirs are far shorter. */
	maxEndpointChars: 1024
} as const;

/** Device ids: random, at least 128 bits in base64url. Job ids: the page's own, short. */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
export const JOB_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,80}$/;
/** Web Push's Topic header: at most 32 characters of the URL-safe base64 alphabet. */
export const TOPIC_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** `GET vapid-public-key`. */
export interface VapidKeyResponse {
	/** The relay's P-256 public key, base64url (the subscription's applicationServerKey). */
	readonly key: string;
}

/** `PUT devices/{id}`: the push endpoint only; the subscription's keys never leave the device. */
export interface DeviceRequest {
	readonly endpoint: string;
}

/** The answer to the first `PUT devices/{id}`: the capability token, given this once. */
export interface DeviceCreated {
	readonly token: string;
}

/** One reminder of a window. */
export interface JobRequest {
	readonly id: string;
	/** When to send it, milliseconds since the epoch. */
	readonly sendAt: number;
	/** How long the push service may hold it (the item's late limit), in seconds. */
	readonly ttl: number;
	/** Replaces an undelivered push with the same topic at the push service. */
	readonly topic: string;
	/** The encrypted message (RFC 8291 aes128gcm), base64url. */
	readonly payload: string;
}

/** `PUT devices/{id}/jobs`: the whole window; what is not in it is cancelled. */
export interface WindowRequest {
	readonly jobs: readonly JobRequest[];
}

/** Every 4xx and 5xx answer. */
export interface RelayError {
	readonly error: string;
}
