import { describe, expect, it } from 'vitest';
import { checkInsCsv, dailyEntriesCsv } from '$lib/domain/csv';
import { makeCheckIn, makeEntry, makePlan } from '../storage/plan-fixtures';

describe('CSV export', () => {
	it('writes check-ins with a header, in date order, CRLF line ends', () => {
		const plan = makePlan('2026-06-15');
		const csv = checkInsCsv([
			makeCheckIn(plan, 1, { status: 'skipped', reason: 'At work, "busy"' }),
			makeCheckIn(plan, 0)
		]);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('date,item,measure,status,recorded_at,reason,snoozed_until,exercises');
		expect(lines[1]).toMatch(/^2026-06-15,2026-06-15:/);
		expect(lines[2]).toContain(',skipped,');
		expect(lines[2]).toContain('"At work, ""busy"""');
		expect(lines.at(-1)).toBe('');
	});

	it.each([
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+1 worse', "'+1 worse"],
		['-2 better', "'-2 better"],
		['@sum', "'@sum"],
		['plain note', 'plain note'],
		['two\nlines', '"two\nlines"']
	])('keeps the note %j safe for spreadsheets as %j', (notes, cell) => {
		const csv = dailyEntriesCsv([makeEntry('2026-06-15', { notes })]);
		expect(csv.split('\r\n')[1]!.endsWith(`,${cell}`)).toBe(true);
	});

	it('writes daily entries with their warning-sign answers and empty cells for nothing', () => {
		const csv = dailyEntriesCsv([
			makeEntry('2026-06-16', {
				pain: null,
				redFlags: { 'foot-drop': true, 'night-pain': false },
				medicine: '=Ibuprofen, 200 mg',
				symptoms: {
					numbness: false,
					tingling: true,
					belowKnee: false,
					coughSneezeStrain: true,
					side: 'right'
				}
			}),
			makeEntry('2026-06-15')
		]);
		const [header, first, second] = csv.split('\r\n');
		expect(header).toBe(
			'date,pain_0_10,sitting_tolerance_min,numbness,tingling,below_knee,worse_on_cough_sneeze_strain,side,flare_day,weight_kg,warning_signs_yes,pain_medicine,notes'
		);
		expect(first!.startsWith('2026-06-15,4,30,false,true,false,false,right,false,,,')).toBe(true);
		// The medicine line is the person's words: kept safe for spreadsheets like the notes.
		expect(
			second!.startsWith(
				`2026-06-16,,30,false,true,false,true,right,false,,foot-drop,"'=Ibuprofen, 200 mg",`
			)
		).toBe(true);
	});
});
