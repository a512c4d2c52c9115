import { importTs } from './runner.mjs';

const WARM_UP = 20;
const RUNS = 7;

/**
 * Milliseconds to plan 365 consecutive days: the median of 7 runs after 20 warm-up years. The budget
 * is about the planner's steady speed. V8 keeps re-optimising it for about twenty years planned (the
 * history's object shapes keep changing: flare days, weeks with and without weigh-ins), and until
 * then the figure swings between 25 and 80 ms from one run to the next. The first, cold year is
 * printed too, without a budget: the app plans one day at a time, cold.
 */
export async function figures() {
	const module = await importTs('./bench/plan-year.ts');
	const zone = 'Europe/Berlin';
	const cold = module.planYear(zone).ms;
	for (let i = 1; i < WARM_UP; i++) module.planYear(zone);
	const runs = Array.from({ length: RUNS }, () => module.planYear(zone).ms).sort((a, b) => a - b);
	return [
		{
			label: `plan 365 days (median of ${RUNS})`,
			value: runs[Math.floor(RUNS / 2)].toFixed(1),
			unit: 'ms',
			budget: 50
		},
		{ label: 'plan 365 days, first run (cold, no budget)', value: cold.toFixed(1), unit: 'ms' }
	];
}
