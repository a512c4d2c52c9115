/**
 * The fixed time every browser test starts at, unless it installs its own clock. `E2E_CLOCK` chooses
 * it ("23:15", or a whole local date and time "2026-03-29T01:30"), so the suite can be run at any hour
 * of the day, and across a DST change, without reading the machine's clock.
 */
export const DEFAULT_CLOCK = '2026-06-15T23:15';

/** `HH:MM` alone keeps the default date (a Monday in summer time). */
export function clockSetting(value: string | undefined): string {
	if (!value) return DEFAULT_CLOCK;
	if (/^\d{2}:\d{2}$/.test(value)) return `${DEFAULT_CLOCK.slice(0, 10)}T${value}`;
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
	throw new Error(`E2E_CLOCK must be HH:MM or YYYY-MM-DDTHH:MM, not "${value}"`);
}

/** The instant at which a wall clock in `timeZone` shows `local` ("YYYY-MM-DDTHH:MM"). */
export function instantOfLocalTime(local: string, timeZone: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!match) throw new Error(`Not a local date and time: "${local}"`);
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	const asUtc = Date.UTC(year, month - 1, day, hour, minute);
	// Two passes: the second corrects for an offset that differs at the first guess (DST edges).
	let instant = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
	instant = asUtc - offsetMinutes(new Date(instant), timeZone) * 60_000;
	return new Date(instant);
}

function offsetMinutes(at: Date, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(at);
	const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const wall = Date.UTC(
		field('year'),
		field('month') - 1,
		field('day'),
		field('hour'),
		field('minute')
	);
	return Math.round((wall - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}
