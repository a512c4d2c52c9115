// Web Push message encryption (RFC 8291, aes128gcm content coding of RFC 8188), done by the page
// (or the worker) with WebCrypto and the push subscription's own keys, so the relay only ever holds
// bytes it cannot read. Hand-written because no well-kept browser library does it on WebCrypto:
// `web-push` and `http_ece` are Node-only (node:crypto, Buffer); the RFC's own test vector and a
// Node decryption in the tests check it.

/** The record size written in the header; one record carries the whole message. */
const RECORD_SIZE = 4096;
/** salt (16) + record size (4) + key id length (1) + the sender's public key (65). */
export const HEADER_BYTES = 86;
/** AES-GCM's authentication tag. */
const TAG_BYTES = 16;

/** The subscription's public keys, as `PushSubscription.getKey()` gives them. */
export interface SubscriptionKeys {
	/** The user agent's P-256 public key, uncompressed (65 bytes). */
	readonly p256dh: Uint8Array;
	/** The authentication secret (16 bytes). */
	readonly auth: Uint8Array;
}

/** Fixed inputs for the RFC's test vector; a real message always draws fresh ones. */
export interface EncryptionSeed {
	readonly salt: Uint8Array;
	readonly senderKeys: CryptoKeyPair;
}

const encoder = new TextEncoder();

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** The length of an encrypted message whose record is padded to `padTo` bytes. */
export function encryptedLength(padTo: number): number {
	return HEADER_BYTES + padTo + TAG_BYTES;
}

async function hkdf(
	salt: Uint8Array<ArrayBuffer>,
	ikm: Uint8Array<ArrayBuffer>,
	info: Uint8Array<ArrayBuffer>,
	bits: number
): Promise<Uint8Array<ArrayBuffer>> {
	const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
	const derived = await crypto.subtle.deriveBits(
		{ name: 'HKDF', hash: 'SHA-256', salt, info },
		key,
		bits
	);
	return new Uint8Array(derived);
}

/**
 * Encrypts `plaintext` for one push subscription. With `padTo`, the plaintext is padded so every
 * message has the same length (the relay and the push service learn nothing from its size); the
 * record holds the plaintext, the 0x02 delimiter and zeros up to `padTo` bytes.
 */
export async function encryptPushMessage(
	plaintext: Uint8Array,
	keys: SubscriptionKeys,
	options: { padTo?: number; seed?: EncryptionSeed } = {}
): Promise<Uint8Array<ArrayBuffer>> {
	if (keys.p256dh.length !== 65 || keys.p256dh[0] !== 0x04)
		throw new Error('The subscription key must be an uncompressed P-256 point (65 bytes).');
	if (keys.auth.length !== 16) throw new Error('The authentication secret must be 16 bytes.');
	const padTo = options.padTo ?? plaintext.length + 1;
	if (plaintext.length + 1 > padTo)
		throw new Error(`The message is ${plaintext.length} bytes; at most ${padTo - 1} fit.`);
	if (padTo + TAG_BYTES > RECORD_SIZE) throw new Error('The message does not fit one record.');

	const salt = new Uint8Array(options.seed?.salt ?? crypto.getRandomValues(new Uint8Array(16)));
	const sender =
		options.seed?.senderKeys ??
		((await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
			'deriveBits'
		])) as CryptoKeyPair);
	const senderPublic = new Uint8Array(await crypto.subtle.exportKey('raw', sender.publicKey));
	const receiverPublic = new Uint8Array(keys.p256dh);
	const receiver = await crypto.subtle.importKey(
		'raw',
		receiverPublic,
		{ name: 'ECDH', namedCurve: 'P-256' },
		false,
		[]
	);
	const sharedSecret = new Uint8Array(
		await crypto.subtle.deriveBits({ name: 'ECDH', public: receiver }, sender.privateKey, 256)
	);

	// RFC 8291 section 3.4: the input keying material binds both public keys and the auth secret.
	const keyInfo = concat(encoder.encode('WebPush: info\0'), receiverPublic, senderPublic);
	const ikm = await hkdf(new Uint8Array(keys.auth), sharedSecret, keyInfo, 256);
	// RFC 8188 section 2.2 and 2.3: the content key and the nonce.
	const cek = await hkdf(salt, ikm, encoder.encode('Content-Encoding: aes128gcm\0'), 128);
	const nonce = await hkdf(salt, ikm, encoder.encode('Content-Encoding: nonce\0'), 96);

	const record = new Uint8Array(padTo);
	record.set(plaintext);
	record[plaintext.length] = 0x02; // the last (and only) record's delimiter; zeros follow
	const aesKey = await crypto.subtle.importKey('raw', cek, 'AES-GCM', false, ['encrypt']);
	const sealed = new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, aesKey, record)
	);

	const header = new Uint8Array(HEADER_BYTES);
	header.set(salt, 0);
	new DataView(header.buffer).setUint32(16, RECORD_SIZE);
	header[20] = senderPublic.length;
	header.set(senderPublic, 21);
	return concat(header, sealed);
}

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
