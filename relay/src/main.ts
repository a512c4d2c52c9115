import { serve } from '@hono/node-server';
import { relayConfigFrom } from './config.ts';
import { startRelay } from './relay.ts';

// The relay alone (`node relay/dist/main.js`): for several relay processes on PostgreSQL behind a
// reverse proxy that also serves the app's files. `npm start` serves app and relay in one process
// instead (scripts/serve.mjs --relay).

const relay = await startRelay(relayConfigFrom(process.env));
const port = Number(process.env.PORT ?? 8787);
const server = serve(
	{ fetch: relay.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' },
	(info) => console.log(`Relay listening on port ${info.port}`)
);

async function shutDown() {
	server.close();
	await relay.close();
	process.exit(0);
}
process.once('SIGTERM', () => void shutDown());
process.once('SIGINT', () => void shutDown());
