// The relay's log: one line per event, with only the fields each call names. Callers pass hosts
// and statuses, never a token, an endpoint's path (its secret part) or a payload.

export type Log = (message: string, fields?: Record<string, string | number>) => void;

export const consoleLog: Log = (message, fields = {}) => {
	const details = Object.entries(fields)
		.map(([key, value]) => `${key}=${value}`)
		.join(' ');
	console.log(`${new Date().toISOString()} relay: ${message}${details ? ` (${details})` : ''}`);
};

export const silentLog: Log = () => undefined;
