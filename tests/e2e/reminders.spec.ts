import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { advanceClock, expect, test, waitForServiceWorkerControl } from './fixtures';
import { SetupPage } from './page-models/setup-page';
import { TodayPage } from './page-models/today-page';
import { serviceWorker, type WorkerScope } from './push-helpers';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin', permissions: ['notifications'] });

/** Titles (and actions) of the notifications the worker's registration is showing. */
async function shownNotifications(worker: Worker) {
	return worker.evaluate(async () => {
		const list = await (self as unknown as WorkerScope).registration.getNotifications();
		return list.map((n) => ({
			title: n.title,
			tag: n.tag,
			actions: (n.actions ?? []).map((a) => a.action)
		}));
	});
}

/** What Playwright cannot do: tap a notification's action. The worker gets the same event. */
async function tapNotificationAction(worker: Worker, tag: string, action: string) {
	await worker.evaluate(
		async ({ tag, action }) => {
			const scope = self as unknown as WorkerScope;
			const [notification] = await scope.registration.getNotifications({ tag });
			if (!notification) throw new Error(`no notification with tag ${tag}`);
			scope.dispatchEvent(
				new scope.NotificationEvent('notificationclick', { notification, action })
			);
		},
		{ tag, action }
	);
}

test('at an item’s time: an in-app banner and a notification with Done and Snooze', async ({
	page,
	context
}) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await waitForServiceWorkerControl(page);
	const worker = await serviceWorker(context);
	const today = new TodayPage(page);

	await advanceClock(page, '10:30'); // 07:30:30
	const banner = page.getByRole('region', { name: 'Reminders' });
	await expect(banner).toContainText('Warm compress at 07:30');
	await expect
		.poll(() => shownNotifications(worker))
		.toContainEqual(
			expect.objectContaining({ title: 'Warm compress at 07:30', actions: ['done', 'snooze'] })
		);
	await banner.getByRole('button', { name: 'Done' }).click();
	await expect(today.item('Warm compress').first()).toBeChecked();
	await expect(banner).toHaveCount(0);
});

test('a notification’s Done is recorded, with the app open and with it closed', async ({
	page,
	context
}) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await waitForServiceWorkerControl(page);
	const worker = await serviceWorker(context);
	const today = new TodayPage(page);

	await advanceClock(page, '10:30');
	await expect(page.getByRole('region', { name: 'Reminders' })).toContainText(
		'Warm compress at 07:30'
	);
	await expect.poll(async () => (await shownNotifications(worker)).length).toBeGreaterThan(0);
	const [first] = await shownNotifications(worker);
	await tapNotificationAction(worker, first!.tag, 'done');
	await expect(today.item('Warm compress').first()).toBeChecked();

	// The next one arrives while no window is open: the worker writes the check-in itself.
	await advanceClock(page, '03:00:00'); // 10:30:30
	await expect
		.poll(async () => (await shownNotifications(worker)).map((n) => n.title))
		.toContain('Warm compress at 10:30');
	const second = (await shownNotifications(worker)).find(
		(n) => n.title === 'Warm compress at 10:30'
	)!;
	await page.close();
	await tapNotificationAction(worker, second.tag, 'done');
	const reopened = await context.newPage();
	await reopened.clock.install({ time: new Date('2026-06-15T10:31:00+02:00') });
	await reopened.goto('/');
	await expect(new TodayPage(reopened).item('Warm compress').nth(1)).toBeChecked();
});

test('sitting: a rest prompt after 30 minutes; a break resets it; the timer survives a reload', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T08:55:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: true });
	const sitting = page.getByRole('button', { name: 'I’m sitting' });
	await expect(sitting).toHaveAttribute('aria-pressed', 'false');

	await advanceClock(page, '05:30'); // 09:00:30: the sitting hours switch it on
	await expect(sitting).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(page.getByRole('button', { name: 'I’m sitting' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await advanceClock(page, '30:30');
	// The reminders region may also hold an item's reminder; the rest prompt is the part asserted.
	const prompt = page.getByRole('region', { name: 'Reminders' });
	const restPrompt = prompt.getByText(/You have been sitting/);
	await expect(prompt).toContainText('You have been sitting for 30 minutes');
	await prompt.getByRole('button', { name: 'Took a break' }).click();
	await expect(restPrompt).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Sitting breaks' })).toContainText('1 of');

	await advanceClock(page, '30:30');
	await expect(prompt).toContainText('You have been sitting');
	await prompt.getByRole('button', { name: 'Pause 1 h' }).click();
	await expect(restPrompt).toHaveCount(0);
	await advanceClock(page, '30:00');
	await expect(restPrompt).toHaveCount(0);
});

test('“Took a break” on Today does what the rest prompt’s does: ticks the break, restarts the timer', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-06-15T08:55:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: true });
	// From here the clock moves only when the test moves it: on a busy machine the walk takes a
	// minute of real time, which a running clock would add to "Sitting since".
	await page.clock.pauseAt(new Date('2026-06-15T09:00:30+02:00')); // the sitting hours switch sitting on
	await page.clock.runFor(15_000);
	// No wait here: the next tick comes while this one may still be loading the reminder code.
	await advanceClock(page, '30:15'); // 09:31: a prompt, and the 09:30 break is due
	const prompt = page.getByRole('region', { name: 'Reminders' });
	await expect(prompt).toContainText('You have been sitting for 30 minutes');

	const breaks = page.getByRole('region', { name: 'Sitting breaks' });
	await breaks.getByRole('button', { name: 'Took a break' }).click();
	await expect(prompt.getByText(/You have been sitting/)).toHaveCount(0);
	await expect(breaks).toContainText('1 of');
	await expect(breaks).toContainText('Sitting since 09:31');
	// The next prompt counts from the break, not from when sitting began.
	await advanceClock(page, '20:00');
	await expect(prompt.getByText(/You have been sitting/)).toHaveCount(0);
	await advanceClock(page, '10:30');
	await expect(prompt).toContainText('You have been sitting for 30 minutes');
});

test('Settings says which reminder layers work here and exports the plan as a calendar', async ({
	page
}, testInfo) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults();
	await page.getByRole('link', { name: 'Settings' }).click();
	const reminders = page.getByRole('region', { name: 'Reminders' }).last();
	await expect(page.getByText('Notifications:')).toBeVisible();
	await expect(
		page.getByText(/allowed\. While the app is open or in the background/)
	).toBeVisible();
	// This server runs the relay and notifications are allowed: the closed-app switch is offered.
	await expect(
		reminders.getByRole('switch', { name: 'Remind me even when the app is closed' })
	).not.toBeChecked();
	await expect(page.getByText(/For alarms that always work/)).toBeVisible();
	await expect(reminders.getByRole('checkbox', { name: 'Remind me of my plan' })).toBeChecked();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
	const file = testInfo.outputPath('plan.ics');
	await (await downloading).saveAs(file);
	const ics = await readFile(file, 'utf8');
	expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=');
	expect(ics).toContain('BEGIN:VALARM');
});

test('Snooze on a notification brings the reminder back 10 minutes later', async ({
	page,
	context
}) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await waitForServiceWorkerControl(page);
	const worker = await serviceWorker(context);
	const banner = page.getByRole('region', { name: 'Reminders' });

	await advanceClock(page, '10:30'); // 07:30:30
	await expect(banner).toContainText('Warm compress at 07:30');
	await expect.poll(async () => (await shownNotifications(worker)).length).toBeGreaterThan(0);
	const [shown] = await shownNotifications(worker);
	await tapNotificationAction(worker, shown!.tag, 'snooze');
	await expect(banner).toHaveCount(0);
	await expect(
		page.getByRole('list', { name: 'Today’s checklist' }).getByText('Snoozed')
	).toBeVisible();

	await advanceClock(page, '05:00');
	await expect(banner).toHaveCount(0);
	await advanceClock(page, '05:30'); // 10 minutes after the snooze
	await expect(banner).toContainText('Warm compress at 07:30');
});

test('Send a test reminder shows one at once', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-06-15T07:20:00+02:00') });
	await new SetupPage(page).open();
	await new SetupPage(page).completeWithDefaults({ sits: false });
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Send a test reminder' }).click();
	await expect(page.getByRole('region', { name: 'Reminders' }).first()).toContainText(
		'Test reminder'
	);
});
