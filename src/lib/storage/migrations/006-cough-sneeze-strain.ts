import type { Migration } from './migration';

/**
 * Version 6: the check-in records buttock or leg pain worse on coughing, sneezing or straining
 * (care-content.md section 5, level N). Older entries never asked, so they gain it as not reported.
 * An entry whose symptoms are not an object is left for validation to report.
 */
export const coughSneezeStrain: Migration = {
	version: 6,
	name: 'daily entries: pain worse on coughing, sneezing or straining',
	records: {
		dailyEntries(record) {
			if (typeof record !== 'object' || record === null || !('symptoms' in record)) return record;
			const symptoms = record.symptoms;
			if (typeof symptoms !== 'object' || symptoms === null || 'coughSneezeStrain' in symptoms)
				return record;
			return { ...record, symptoms: { ...symptoms, coughSneezeStrain: false } };
		}
	}
};
