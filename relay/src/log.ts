// The relay's log: one JSON line per event, with only the fields each call names. Callers pass
// hosts and statuses, never a token, an endpoint's path (its secret part) or a payload.

export type Log = (message: string, fields?: Record<string, string | number>) => void;

export const consoleLog: Log = (message, fields = {}) =>
	console.log(JSON.stringify({ time: new Date().toISOString(), message, ...fields }));

export const silentLog: Log = () => undefined;
