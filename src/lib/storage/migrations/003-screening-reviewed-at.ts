import type { Migration } from './migration';

/**
 * Version 3: the profile says when the safety questions were last answered, so numbness reported
 * in a later check-in can take compresses off until they are answered again. A stored profile was
 * last saved with those questions in view: that save is when they were answered.
 */
export const screeningReviewedAt: Migration = {
	version: 3,
	name: 'profile: when the safety questions were answered',
	records: {
		profile(record) {
			const stored = record as {
				updatedAt?: unknown;
				profile?: { screeningReviewedAt?: unknown } | null;
			} | null;
			if (typeof stored !== 'object' || stored === null) return record;
			const profile = stored.profile;
			if (typeof profile !== 'object' || profile === null || 'screeningReviewedAt' in profile)
				return record;
			const answeredAt = typeof stored.updatedAt === 'string' ? stored.updatedAt : null;
			return { ...stored, profile: { ...profile, screeningReviewedAt: answeredAt } };
		}
	}
};
