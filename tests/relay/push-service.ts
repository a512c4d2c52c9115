import { createRequire } from 'node:module';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Local push services for the relay's tests: web-push-testing (checks VAPID and decrypts, as a real
// push service would) and a scripted one that answers what a test tells it to.

const require = createRequire(import.meta.url);

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export interface MockPushService {
	readonly origin: string;
	/** A subscription for the relay's VAPID key, as a browser would get one. */
	subscribe(applicationServerKey: string): Promise<{
		endpoint: string;
		keys: { p256dh: string; auth: string };
		clientHash: string;
	}>;
	/** What arrived for a subscription, decrypted by the mock. */
	messages(clientHash: string): Promise<string[]>;
	/** Makes the push service answer 410 for this subscription from now on. */
	expire(clientHash: string): Promise<void>;
	close(): Promise<void>;
}

export async function startWebPushTesting(): Promise<MockPushService> {
	const TestingServer = require('web-push-testing/src/server.js');
	const { PushApiModel } = require('web-push-testing/src/PushApiModel.js');
	const port = await freePort();
	const log = console.log;
	console.log = () => undefined; // it announces its port
	const server = new TestingServer(new PushApiModel(), port);
	server.startServer();
	const origin = `http://localhost:${port}`;
	const post = async (path: string, body?: unknown) => {
		const response = await fetch(`${origin}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body ?? {})
		});
		return response.json().catch(() => ({}));
	};
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(`${origin}/status`, { method: 'POST' });
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 50));
		}
	}
	console.log = log;
	return {
		origin,
		subscribe: async (applicationServerKey) =>
			(await post('/subscribe', { userVisibleOnly: 'true', applicationServerKey })).data,
		messages: async (clientHash) =>
			(await post('/get-notifications', { clientHash })).data?.messages ?? [],
		expire: async (clientHash) => void (await post(`/expire-subscription/${clientHash}`)),
		close: () => new Promise((resolve) => (server._server as Server).close(() => resolve()))
	};
}

export interface Arrival {
	readonly at: number;
	readonly path: string;
	readonly headers: IncomingHttpHeaders;
	readonly body: Buffer;
}

/** A push service that answers each request with what `answer` says (status and headers). */
export async function startScriptedPushService(
	answer: (
		arrival: Arrival,
		count: number
	) => { status: number; headers?: Record<string, string> } | 'hang'
): Promise<{ origin: string; arrivals: Arrival[]; close(): Promise<void> }> {
	const arrivals: Arrival[] = [];
	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (c: Buffer) => chunks.push(c));
		request.on('end', () => {
			const arrival = {
				at: Date.now(),
				path: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks)
			};
			arrivals.push(arrival);
			const reply = answer(arrival, arrivals.length);
			if (reply === 'hang') return;
			response.writeHead(reply.status, reply.headers ?? {});
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		arrivals,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
