import type { CareMeasureId } from './measures';
import type { LocalDate } from './time';

// The one format of a plan item's id: the plan makes it, check-ins refer to it, and migrations,
// backups and record checks read the date back out of it.

/** Every plan item's id: `${date}:${measure}:${n}`, stable within its date. */
export function itemId(date: LocalDate, measure: CareMeasureId, n: number): string {
	return `${date}:${measure}:${n}`;
}

/** The date an item id belongs to (its first part), or null when it is not an item id. */
export function dateOfItemId(id: string): LocalDate | null {
	const date = id.split(':', 1)[0] ?? '';
	return /^\d{4}-\d{2}-\d{2}$/.test(date) && id.length > date.length ? date : null;
}

/** The element id of an item on Today, its anchor in a link (a URL fragment should hold no colons). */
export function itemAnchorId(id: string): string {
	return `item-${id.replaceAll(':', '-')}`;
}
