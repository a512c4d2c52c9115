import { serve } from '@hono/node-server';
import { relayConfigFrom } from './config.ts';
import { startRelay } from './relay.ts';

// The relay alone (`node relay/dist/main.js`): for several relay processes on PostgreSQL behind a
// reverse proxy that also serves the app's files. `npm start` serves app and relay in one process
// instead (scripts/serve.mjs --relay).

const relay = await startRelay(relayConfigFrom(process.env));
const port = Number(process.env.PORT ?? 8787);
const server = serve(
	{
		fetch: (request, env) =>
			new URL(request.url).pathname === '/metrics'
				? relay.metrics(request, env)
				: relay.fetch(request, env),
		port,
		hostname: process.env.HOST ?? '127.0.0.1'
	},
	(info) => console.log(`Relay listening on port ${info.port}`)
);

// SIGTERM: stop taking requests, let the sends under way end, exit; cut what hangs after 10 s.
let stopping = false;
async function shutDown() {
	if (stopping) return;
	stopping = true;
	setTimeout(() => process.exit(1), 10_000).unref();
	server.close();
	// Kept-alive connections would go on taking requests: close the idle ones now.
	(server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
	await relay.close();
	process.exit(0);
}
process.once('SIGTERM', () => void shutDown());
process.once('SIGINT', () => void shutDown());
