import type { Migration } from './migration';

/**
 * Version 5, for the visit summary: each daily entry gains the pain medicine line (empty: nothing
 * was recorded), and the doctor's questions get their record, holding the one answer the app had
 * before, the pain's start date from the profile. The record's shape is frozen here: later content
 * must not change what this step did.
 */
export const visitAnswers: Migration = {
	version: 5,
	name: "daily entries: pain medicine; settings: the doctor's questions",
	records: {
		dailyEntries(record) {
			if (typeof record !== 'object' || record === null || 'medicine' in record) return record;
			return { ...record, medicine: '' };
		}
	},
	derived: {
		from: 'profile',
		into: 'settings',
		make(records) {
			const stored = records[0] as {
				updatedAt?: unknown;
				profile?: { painStartedOn?: unknown } | null;
			} | null;
			const on = stored?.profile?.painStartedOn;
			if (typeof on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(on)) return [];
			const updatedAt =
				typeof stored?.updatedAt === 'string' ? stored.updatedAt : '1970-01-01T00:00:00.000Z';
			const value = {
				painStart: { kind: 'date', on },
				onset: null,
				injury: null,
				injuryKinds: [],
				injuryNote: '',
				sittingHoursAtWork: null,
				sport: null,
				runningOrStairs: null,
				heavyLifting: null,
				exerciseRoutine: '',
				familyWeakness: null,
				familyNote: '',
				tried: '',
				helps: '',
				worsens: '',
				answeredAt: null,
				cardDismissedAt: null
			};
			return [{ key: 'visitAnswers', value, updatedAt }];
		}
	}
};
