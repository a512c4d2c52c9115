import type { CheckIn, DailyEntry } from '$lib/domain/records';

/** One CSV field (RFC 4180), with spreadsheet formula injection defused for free text. */
function field(value: string | number | boolean | null, freeText = false): string {
	if (value === null) return '';
	let text = String(value);
	// A note starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
	if (freeText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (fields: string[]) => fields.join(',');

export function checkInsCsv(checkIns: readonly CheckIn[]): string {
	const header = [
		'date',
		'item',
		'measure',
		'status',
		'recorded_at',
		'reason',
		'snoozed_until',
		'exercises'
	];
	const rows = [...checkIns]
		.sort((a, b) => (a.date === b.date ? (a.at < b.at ? -1 : 1) : a.date < b.date ? -1 : 1))
		.map((c) =>
			row([
				field(c.date),
				field(c.itemId),
				field(c.measure),
				field(c.status),
				field(c.at),
				field(c.reason, true),
				field(c.snoozedUntil),
				field(c.exerciseIds.join(' '))
			])
		);
	return [row(header), ...rows].join('\r\n') + '\r\n';
}

export function dailyEntriesCsv(entries: readonly DailyEntry[]): string {
	const header = [
		'date',
		'pain_0_10',
		'sitting_tolerance_min',
		'numbness',
		'tingling',
		'below_knee',
		'worse_on_cough_sneeze_strain',
		'side',
		'flare_day',
		'weight_kg',
		'warning_signs_yes',
		'pain_medicine',
		'notes'
	];
	const rows = [...entries]
		.sort((a, b) => (a.date < b.date ? -1 : 1))
		.map((e) =>
			row([
				field(e.date),
				field(e.pain),
				field(e.sittingToleranceMinutes),
				field(e.symptoms.numbness),
				field(e.symptoms.tingling),
				field(e.symptoms.belowKnee),
				field(e.symptoms.coughSneezeStrain),
				field(e.symptoms.side),
				field(e.flare),
				field(e.weightKg),
				field(
					Object.entries(e.redFlags)
						.filter(([, yes]) => yes)
						.map(([id]) => id)
						.join(' ')
				),
				field(e.medicine, true),
				field(e.notes, true)
			])
		);
	return [row(header), ...rows].join('\r\n') + '\r\n';
}
