import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The port the e2e server listens on. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);

/**
 * The push relay runs beside the app in the e2e server, as `npm start` runs it, on a fresh SQLite
 * file each run: the runner names the folder once (playwright.config.ts) and its workers inherit it.
 */
export const RELAY_DATA_DIR = (process.env.E2E_RELAY_DIR ??= join(
	tmpdir(),
	`dgc-e2e-relay-${E2E_PORT}-${Date.now()}`
));

/**
 * The only place that relay may POST to: a local address no push service listens on. The e2e's
 * fake subscriptions point there, so nothing ever leaves the machine.
 */
export const E2E_PUSH_ORIGIN = 'http://127.0.0.1:4199';

/**
 * Where the e2e relay's clock starts (it runs on from there): the suite's browsers live on
 * 2026-06-15 whatever the machine's date, and a relay on the machine's clock would drop their
 * reminders as long past. 08:00 in Berlin, before the closed-app walks' 10:00.
 */
export const E2E_RELAY_CLOCK_START = '2026-06-15T06:00:00Z';
