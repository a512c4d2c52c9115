// What the browser figures do to Today: set up a plan as a person does, and say when its checklist
// can be ticked.

export const READY = 'bench: checklist interactive at';

/**
 * Says (on the console) when Today's checklist first has a checkbox the person can tick. The bench
 * listens for that line instead of polling the page: Playwright's polling would inject its own
 * script into the page while it loads, and compete with the app for the throttled CPU.
 */
export function watchForChecklist(ready) {
	const found = () =>
		document.querySelector('[aria-label="Today’s checklist"] input[type="checkbox"]');
	new MutationObserver((_, observer) => {
		if (!found()) return;
		console.log(ready, performance.now());
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
}

/**
 * A zone where it is about 8 in the morning now, so today's plan has items whenever the bench runs
 * (the real clock is kept: a faked one would fake the timings too).
 */
export function morningZone() {
	let offset = (8 - new Date().getUTCHours() + 24) % 24; // hours east of UTC
	if (offset > 12) offset -= 24;
	// Etc/GMT zones count the other way: Etc/GMT-9 is UTC+9.
	return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** The set-up as a person does it: the defaults, "No" to every question, the doctor's left out. */
export async function setUpPlan(page) {
	await page.getByRole('link', { name: 'Set up my plan' }).click();
	for (let step = 0; step < 7; step++) {
		const noes = page.getByRole('radio', { name: 'No', exact: true });
		for (let i = 0; i < (await noes.count()); i++) await noes.nth(i).check();
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	await page.getByRole('button', { name: 'Create my plan' }).click();
	await page
		.getByRole('list', { name: 'Today’s checklist' })
		.getByRole('checkbox')
		.first()
		.waitFor({ timeout: 20_000 });
}
