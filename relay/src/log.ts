import pino from 'pino';

// The relay's log: JSON lines (pino), one per request and per push outcome, with only the fields
// each call names. Callers pass hosts, routes, statuses and counts, never a token, an endpoint's
// path (its secret part), an address or a payload.

export type Log = (message: string, fields?: Record<string, string | number>) => void;

const logger = pino({
	base: { service: 'relay' },
	level: process.env.LOG_LEVEL ?? 'info',
	timestamp: pino.stdTimeFunctions.isoTime
});

export const consoleLog: Log = (message, fields = {}) => logger.info(fields, message);

export const silentLog: Log = () => undefined;
