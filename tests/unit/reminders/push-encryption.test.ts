import { createECDH } from 'node:crypto';
import { describe, expect, it } from 'vitest';
// @ts-expect-error http_ece ships no types; it is the decryption web-push and browsers agree with.
import ece from 'http_ece';
import {
	encryptedLength,
	encryptPushMessage,
	fromBase64Url,
	toBase64Url
} from '$lib/reminders/push-encryption';

// RFC 8291 section 5 (appendix A): the example message, its keys and the exact bytes it encrypts to.
const RFC = {
	plaintext: 'When I grow up, I want to be a watermelon',
	senderPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
	senderPublic:
		'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8',
	receiverPublic:
		'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
	auth: 'BTBZMqHH6r4Tts7J_aSIgg',
	salt: 'DGv6ra1nlYgDCS1FRnbzlw',
	message:
		'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml' +
		'mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT' +
		'pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN'
};

async function rfcSenderKeys(): Promise<CryptoKeyPair> {
	const publicBytes = fromBase64Url(RFC.senderPublic);
	const jwk = {
		kty: 'EC',
		crv: 'P-256',
		d: RFC.senderPrivate,
		x: toBase64Url(publicBytes.slice(1, 33)),
		y: toBase64Url(publicBytes.slice(33, 65))
	};
	const algorithm = { name: 'ECDH', namedCurve: 'P-256' };
	return {
		privateKey: await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['deriveBits']),
		publicKey: await crypto.subtle.importKey('raw', publicBytes, algorithm, true, [])
	};
}

/** A subscription's keys as a browser makes them, with the private half the test decrypts with. */
function receiver() {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	return {
		ecdh,
		keys: {
			p256dh: new Uint8Array(ecdh.getPublicKey()),
			auth: crypto.getRandomValues(new Uint8Array(16))
		}
	};
}

function decryptInNode(body: Uint8Array, r: ReturnType<typeof receiver>): string {
	const plain: Buffer = ece.decrypt(Buffer.from(body), {
		version: 'aes128gcm',
		privateKey: r.ecdh,
		authSecret: Buffer.from(r.keys.auth).toString('base64url')
	});
	return plain.toString('utf8');
}

describe('push message encryption (RFC 8291)', () => {
	it('gives the RFC example byte for byte', async () => {
		const body = await encryptPushMessage(
			new TextEncoder().encode(RFC.plaintext),
			{ p256dh: fromBase64Url(RFC.receiverPublic), auth: fromBase64Url(RFC.auth) },
			{ seed: { salt: fromBase64Url(RFC.salt), senderKeys: await rfcSenderKeys() } }
		);
		expect(toBase64Url(body)).toBe(RFC.message);
	});

	it('pads every message to one length, and Node decrypts it to what the page wrote', async () => {
		const r = receiver();
		const short = JSON.stringify({ web_push: 8030, notification: { title: 'Ice' } });
		const long = JSON.stringify({ web_push: 8030, notification: { title: 'x'.repeat(900) } });
		const [a, b] = await Promise.all(
			[short, long].map((text) =>
				encryptPushMessage(new TextEncoder().encode(text), r.keys, { padTo: 1500 })
			)
		);
		expect(a!.length).toBe(encryptedLength(1500));
		expect(b!.length).toBe(a!.length);
		expect(decryptInNode(a!, r)).toBe(short);
		expect(decryptInNode(b!, r)).toBe(long);
	});

	it('draws a fresh salt and sender key for each message', async () => {
		const r = receiver();
		const text = new TextEncoder().encode('same words');
		const [a, b] = await Promise.all([
			encryptPushMessage(text, r.keys),
			encryptPushMessage(text, r.keys)
		]);
		expect(toBase64Url(a!.slice(0, 16))).not.toBe(toBase64Url(b!.slice(0, 16)));
		expect(toBase64Url(a!.slice(21, 86))).not.toBe(toBase64Url(b!.slice(21, 86)));
	});

	it.each([
		[
			'a key that is not a P-256 point',
			{ p256dh: new Uint8Array(33), auth: new Uint8Array(16) },
			10
		],
		['a short auth secret', { p256dh: receiver().keys.p256dh, auth: new Uint8Array(8) }, 10],
		['a message longer than the padding', receiver().keys, 5]
	])('refuses %s', async (_, keys, padTo) => {
		await expect(
			encryptPushMessage(new TextEncoder().encode('more than five'), keys, { padTo })
		).rejects.toThrow();
	});
});
