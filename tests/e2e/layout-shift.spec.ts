import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { SetupPage } from './page-models/setup-page';

// Opening a screen on a phone that already holds a plan, with the CPU slowed 4x as Lighthouse's
// mobile run does: nothing on screen moves once painted (CLS 0) and no loading text flashes up
// (a reminder is due at 10:00: its banner docks at the bottom instead of pushing the page down).
test.use({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 640 } });

const LOADING_TEXTS = ['Loading your day…', 'Loading…', 'show here as trends'];

/** Records layout shifts and whether a loading text was ever painted, from the first byte on. */
async function watchPaint(page: import('@playwright/test').Page): Promise<void> {
	await page.addInitScript((texts: string[]) => {
		const seen = { shift: 0, shifts: [] as string[], loadingSeen: [] as string[] };
		(window as unknown as { __paint: typeof seen }).__paint = seen;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node | null }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				seen.shift += entry.value;
				seen.shifts.push(
					`${entry.value.toFixed(4)} ${(entry.sources ?? [])
						.map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 80) ?? '?')
						.join(' | ')}`
				);
			}
		}).observe({ type: 'layout-shift', buffered: true });
		// Every frame of the first 900 ms after the first contentful paint: is a loading text visible
		// before its delay has run? (A load that takes longer may show one: that is what it is for. A
		// quick one must not flash it.) The window starts at the browser's own paint time, not at this loop's first frame, which
		// a busy machine may run late.
		// (An observer, not performance.getEntries: the test's fake clock replaces `performance`.)
		let paint: { startTime: number } | null = null;
		new PerformanceObserver((list) => {
			paint ??= list.getEntries().find((e) => e.name === 'first-contentful-paint') ?? null;
		}).observe({ type: 'paint', buffered: true });
		const look = () => {
			const now = Number(document.timeline.currentTime);
			if (paint && now - paint.startTime > 900) return;
			if (paint) {
				for (const p of document.querySelectorAll('main p')) {
					const text = p.textContent ?? '';
					const hit = texts.find((t) => text.includes(t));
					if (!hit || !(p as HTMLElement).checkVisibility?.({ visibilityProperty: true })) continue;
					// A loading text may show once its 1 s delay (.appears-late) has run: the load
					// was slow (on a busy machine, it is). Shown sooner, or with no delay, it flashed.
					const delayed = p
						.getAnimations()
						.find((a) => (a as CSSAnimation).animationName === 'appear-late');
					const visibleFrom =
						delayed?.startTime == null
							? Infinity
							: Number(delayed.startTime) + Number(delayed.effect?.getTiming().delay ?? 0);
					if (now < visibleFrom - 17 && !seen.loadingSeen.includes(hit)) seen.loadingSeen.push(hit);
				}
			}
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	}, LOADING_TEXTS);
}

async function paintRecord(page: import('@playwright/test').Page) {
	return page.evaluate(
		() =>
			(window as unknown as { __paint: { shift: number; shifts: string[]; loadingSeen: string[] } })
				.__paint
	);
}

for (const screen of [
	{ path: '/', ready: { role: 'list', name: 'Today’s checklist' } },
	{ path: '/progress', ready: { role: 'region', name: /^Sitting tolerance/ } },
	{ path: '/settings', ready: { role: 'region', name: 'Reminders' } }
] as const) {
	test(`${screen.path}: opened with a plan under 4x CPU slowdown, nothing shifts and no loading text flashes`, async ({
		page,
		context
	}) => {
		await page.clock.install({ time: new Date('2026-06-15T10:00:00+02:00') });
		await new SetupPage(page).open();
		await new SetupPage(page).completeWithDefaults();
		await page.getByRole('link', { name: 'Daily check-in' }).click();
		await page
			.getByRole('group', { name: /Pain right now/ })
			.getByRole('radio', { name: '3' })
			.check();
		await page.getByLabel(/How long could you sit today/).fill('40');
		await new SetupPage(page).answerAllNo();
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
		await waitForServiceWorkerControl(page);

		await watchPaint(page);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(screen.path);
		const ready =
			screen.ready.role === 'list'
				? page.getByRole('list', { name: screen.ready.name })
				: page.getByRole('main').getByRole('region', { name: screen.ready.name });
		await expect(ready.first()).toBeVisible();
		// Late work (storage estimate, reminder layers, lazy cards) has a second to move things.
		await page.clock.runFor(1_000);
		await page.waitForTimeout(1_000);
		const record = await paintRecord(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		expect(record.shifts, 'layout shifts').toEqual([]);
		expect(record.loadingSeen, 'loading texts painted before their delay').toEqual([]);
	});
}
