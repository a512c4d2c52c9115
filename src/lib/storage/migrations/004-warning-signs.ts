import type { Migration } from './migration';

/**
 * Version 4: warning signs answered yes are kept until the person deals with them, in the
 * "warningSigns" setting. Before, only each day's answers were stored: the latest yes to each sign
 * becomes an open sign, at the level the app gave that sign then (frozen here: later content must
 * not change what this step did).
 */
const LEVEL_AT_VERSION_3: Readonly<Record<string, 'emergency' | 'same-day' | 'routine'>> = {
	'bladder-bowel': 'emergency',
	'saddle-numbness': 'emergency',
	'both-legs': 'emergency',
	'after-accident': 'emergency',
	'chest-pain': 'emergency',
	'fever-or-infection': 'same-day',
	'weight-loss-or-cancer': 'same-day',
	'foot-drop': 'same-day',
	'night-pain': 'same-day',
	'numbness-buttock-leg': 'routine',
	'stopping-activities': 'routine'
};

interface StoredEntry {
	readonly date?: unknown;
	readonly updatedAt?: unknown;
	readonly redFlags?: unknown;
}

export const warningSigns: Migration = {
	version: 4,
	name: 'settings: warning signs kept until dealt with',
	derived: {
		from: 'dailyEntries',
		into: 'settings',
		make(records) {
			const latest = new Map<string, { date: string; at: string }>();
			for (const record of records as StoredEntry[]) {
				const { date, updatedAt, redFlags } = record ?? {};
				if (typeof date !== 'string' || typeof updatedAt !== 'string') continue;
				if (typeof redFlags !== 'object' || redFlags === null) continue;
				for (const [id, yes] of Object.entries(redFlags)) {
					if (yes !== true || !(id in LEVEL_AT_VERSION_3)) continue;
					const seen = latest.get(id);
					if (!seen || seen.date < date) latest.set(id, { date, at: updatedAt });
				}
			}
			if (latest.size === 0) return [];
			const signs = [...latest]
				.sort(([, a], [, b]) => (a.at < b.at ? -1 : 1))
				.map(([id, { date, at }]) => ({
					id,
					level: LEVEL_AT_VERSION_3[id],
					answeredOn: date,
					answeredAt: at,
					from: 'check-in',
					resolvedAt: null,
					resolution: null
				}));
			const updatedAt = signs[signs.length - 1]!.answeredAt;
			return [{ key: 'warningSigns', value: { signs, setUp: null }, updatedAt }];
		}
	}
};
