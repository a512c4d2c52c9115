import { importTs } from './runner.mjs';

/** Milliseconds to plan 365 consecutive days (median of 5 runs after a warm-up). */
export async function figures() {
	const module = await importTs('./bench/plan-year.ts');
	const zone = 'Europe/Berlin';
	module.planYear(zone);
	const runs = Array.from({ length: 5 }, () => module.planYear(zone).ms).sort((a, b) => a - b);
	return [
		{ label: 'plan 365 days (median of 5)', value: runs[2].toFixed(1), unit: 'ms', budget: 50 }
	];
}
