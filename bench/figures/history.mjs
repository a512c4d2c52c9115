import { importTs } from './runner.mjs';

/** History with 3 years of records: read the last 90 days; read and summarise everything. */
export async function figures() {
	const module = await importTs('./bench/history-3-years.ts');
	const { database, checkIns, today } = await module.seed();
	await module.measure(database, today); // warm-up
	const runs = [];
	for (let i = 0; i < 5; i++) runs.push(await module.measure(database, today));
	const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
	return [
		{ label: 'history check-ins stored (3 years)', value: checkIns, unit: 'check-ins' },
		{
			label: 'History first render: 90 days read + summarised',
			value: median('firstRenderMs').toFixed(1),
			unit: 'ms',
			budget: 200
		},
		{ label: 'all 3 years read + summarised', value: median('allMs').toFixed(1), unit: 'ms' }
	];
}
