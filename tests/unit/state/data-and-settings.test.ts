import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_DAYS } from '$lib/domain/day';
import { DEFAULT_PROFILE } from '$lib/domain/profile';
import { blankDailyEntry } from '$lib/domain/records';
import { OTHER_REGION } from '$lib/state/settings.svelte';
import { makeTestApp, type TestApp } from '../fakes/app';
import { MemoryStore } from '../fakes/ports';

async function appWithData(iso = '2026-06-15T04:50:00Z'): Promise<TestApp> {
	const app = makeTestApp({ clock: iso });
	await app.session.start();
	await app.today.saveProfile(DEFAULT_PROFILE);
	await app.today.markDone(app.today.items[0]!.item);
	await app.today.saveEntry({ ...blankDailyEntry('2026-06-15', app.clock.now()), pain: 6 });
	return app;
}

describe('settings', () => {
	it('keeps the theme across a restart', async () => {
		const app = makeTestApp();
		await app.session.start();
		expect(app.settings.theme).toBe('system');
		await app.settings.setTheme('dark');
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start();
		expect(restarted.settings.theme).toBe('dark');
	});

	// Issue 25 point 10: the advice named A&E and 111 to a person in the US. The region follows the
	// device's locale until the person chooses one in Settings; it is kept like any setting.
	it.each([
		['en-US', 'US'],
		['en-GB', 'GB'],
		['de-DE', 'DE'],
		['en', null],
		[undefined, null]
	])('takes the region of the device’s locale (%s) until one is chosen', async (locale, region) => {
		const app = makeTestApp({ locale });
		await app.session.start();
		expect(app.settings.region).toBe(region);
		expect(app.settings.regionChosen).toBe(false);
	});

	it('keeps the region chosen in Settings across a restart and in a backup', async () => {
		const app = makeTestApp({ locale: 'en-US' });
		await app.session.start();
		await app.today.saveProfile(DEFAULT_PROFILE);
		expect(await app.settings.setRegion('GB')).toBe(true);
		expect(app.settings.region).toBe('GB');
		const restarted = makeTestApp({ store: app.store, clock: app.clock, locale: 'en-US' });
		await restarted.session.start();
		expect(restarted.settings.region).toBe('GB');
		expect(restarted.settings.regionChosen).toBe(true);

		const file = (await app.data.exportBackupFile())!;
		const newPhone = makeTestApp({ clock: app.clock, locale: 'en-US' });
		await newPhone.session.start();
		const checked = newPhone.data.checkBackupFile(file.text, file.text.length);
		if (!checked.ok) throw new Error('backup refused');
		await newPhone.data.restore(checked.backup, 'replace');
		expect(newPhone.settings.region).toBe('GB');
	});

	it('“Somewhere else” names no region, whatever the device says', async () => {
		const app = makeTestApp({ locale: 'en-US' });
		await app.session.start();
		await app.settings.setRegion(OTHER_REGION);
		expect(app.settings.region).toBeNull();
		expect(app.settings.regionChosen).toBe(true);
	});

	it(`reminds to back up ${BACKUP_REMINDER_DAYS} days after the first use, then after the last backup`, async () => {
		const app = makeTestApp({ clock: '2026-06-01T08:00:00Z' });
		await app.session.start();
		expect(app.settings.backupDue(app.clock.now())).toBe(false); // nothing to back up yet
		await app.today.saveProfile(DEFAULT_PROFILE);
		expect(app.settings.backupDue(new Date('2026-06-15T08:00:00Z'))).toBe(false);
		expect(app.settings.backupDue(new Date('2026-06-15T08:00:01Z'))).toBe(true);
		app.clock.set('2026-06-16T08:00:00Z');
		expect(await app.data.exportBackupFile()).toMatchObject({
			name: 'deep-gluteal-care-backup-2026-06-16.json'
		});
		expect(app.settings.lastBackupAt).toBe('2026-06-16T08:00:00.000Z');
		expect(app.settings.backupDue(new Date('2026-06-30T08:00:00Z'))).toBe(false);
		expect(app.settings.backupDue(new Date('2026-06-30T08:00:01Z'))).toBe(true);
	});

	// Issue 25 point 10: a backup made on 14 December at 21:04 in New York was named for the 15th,
	// the date in UTC. Files are named for the date on the device's clock, on either side of UTC.
	it.each([
		// [zone, the moment of export, the local date]
		['America/New_York', '2026-12-15T02:04:00Z', '2026-12-14'], // 21:04 on the 14th
		['America/New_York', '2026-12-15T04:59:00Z', '2026-12-14'], // 23:59
		['America/New_York', '2026-12-15T05:01:00Z', '2026-12-15'], // 00:01
		['Pacific/Auckland', '2026-12-14T11:30:00Z', '2026-12-15'], // 00:30 on the 15th
		['Pacific/Auckland', '2026-12-14T10:59:00Z', '2026-12-14'] // 23:59
	])('names backup and CSV files for the local date (%s, %s)', async (zone, iso, date) => {
		const app = makeTestApp({ clock: '2026-12-14T09:00:00Z', zone });
		await app.session.start();
		await app.today.saveProfile(DEFAULT_PROFILE);
		app.clock.set(iso);
		expect((await app.data.exportBackupFile())?.name).toBe(`deep-gluteal-care-backup-${date}.json`);
		expect((await app.data.csvFile('check-ins'))?.name).toBe(
			`deep-gluteal-care-ticked-items-${date}.csv`
		);
		expect((await app.data.csvFile('daily-entries'))?.name).toBe(
			`deep-gluteal-care-daily-check-ins-${date}.csv`
		);
	});

	it('a backup that could not be written leaves the last backup date alone', async () => {
		const app = await appWithData();
		app.store.failNextWrite(new Error('Your device is out of storage space.'));
		const file = await app.data.exportBackupFile();
		// The file was made before the note failed; the person is told, and no backup is claimed.
		expect(file).not.toBeNull();
		expect(app.settings.lastBackupAt).toBeNull();
		expect(app.problems.message).toBe('Your device is out of storage space.');
	});
});

describe('data actions', () => {
	it('exports everything and restores it on a new device, replacing what was there', async () => {
		const app = await appWithData();
		const file = (await app.data.exportBackupFile())!;
		const newPhone = makeTestApp({ clock: app.clock });
		await newPhone.session.start();
		await newPhone.today.saveProfile({ ...DEFAULT_PROFILE, affectedSide: 'left' });
		const checked = newPhone.data.checkBackupFile(file.text, file.text.length);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(await newPhone.data.restore(checked.backup, 'replace')).toBe(true);
		// Restored, then read again as at start-up.
		expect(newPhone.today.profile?.affectedSide).toBe('right');
		expect(newPhone.today.entry?.pain).toBe(6);
		expect(newPhone.today.items[0]?.state).toBe('done');
		expect(newPhone.startup.reads).toBe(2);
	});

	it('merge keeps the newer of each record from the device and the file', async () => {
		const app = await appWithData();
		const file = (await app.data.exportBackupFile())!;
		const device = makeTestApp({ clock: '2026-06-15T09:00:00Z' });
		await device.session.start();
		await device.today.saveProfile({ ...DEFAULT_PROFILE, affectedSide: 'both' }); // newer
		const checked = device.data.checkBackupFile(file.text, file.text.length);
		if (!checked.ok) throw new Error('backup refused');
		await device.data.restore(checked.backup, 'merge');
		expect(device.today.profile?.affectedSide).toBe('both');
		expect(device.today.entry?.pain).toBe(6); // only in the file
	});

	it('a file that is not a backup is refused and nothing is written', async () => {
		const app = await appWithData();
		const writes = app.store.writes;
		const checked = app.data.checkBackupFile('{"hello": 1}', 12);
		expect(checked).toEqual({
			ok: false,
			problems: ['This file is not a Deep Gluteal Care backup.']
		});
		expect(app.store.writes).toBe(writes);
	});

	it('a restore that fails says why and changes nothing', async () => {
		const app = await appWithData();
		const file = (await app.data.exportBackupFile())!;
		const device = makeTestApp({ clock: app.clock });
		await device.session.start();
		const checked = device.data.checkBackupFile(file.text, file.text.length);
		if (!checked.ok) throw new Error('backup refused');
		device.store.failNextWrite(new Error('Your device is out of storage space.'));
		expect(await device.data.restore(checked.backup, 'replace')).toBe(false);
		expect(device.problems.message).toBe('Your device is out of storage space.');
		expect(device.today.profile).toBeNull();
		expect(device.startup.reads).toBe(1);
	});

	it('writes the CSV files of ticked items and daily check-ins', async () => {
		const app = await appWithData();
		const items = await app.data.csvFile('check-ins');
		expect(items?.name).toBe('deep-gluteal-care-ticked-items-2026-06-15.csv');
		expect(items?.text.trim().split('\r\n')).toHaveLength(2); // header and one item
		const entries = await app.data.csvFile('daily-entries');
		expect(entries?.name).toBe('deep-gluteal-care-daily-check-ins-2026-06-15.csv');
		expect(entries?.text).toContain('2026-06-15,6');
	});

	it('"Delete all my data" empties storage before the worker state, then shows a first visit', async () => {
		const app = await appWithData();
		await app.settings.setTheme('dark');
		const leftAtErase: string[] = [];
		app.worker.onErase = async () => {
			const other = makeTestApp({ store: app.store, clock: app.clock });
			await other.session.start();
			leftAtErase.push(`profile left: ${other.today.profile !== null}`);
		};
		expect(await app.data.deleteAllData()).toBe(true);
		expect(leftAtErase).toEqual(['profile left: false']);
		expect(app.today.profile).toBeNull();
		expect(app.today.plan).toBeNull();
		expect(app.today.checkIns).toEqual({});
		expect(app.settings.theme).toBe('system');
		expect(app.today.status).toBe('ready');
		expect(app.store).toMatchObject({ profile: null });
		expect(app.store.checkIns.size + app.store.entries.size + app.store.plans.size).toBe(0);
	});

	it('says so when the worker part fails, with the records already gone', async () => {
		const app = await appWithData();
		app.worker.eraseFailure = new Error('Could not remove the offline copy.');
		expect(await app.data.deleteAllData()).toBe(false);
		expect(app.problems.message).toBe('Could not remove the offline copy.');
		expect(app.store.profile).toBeNull();
	});

	it('offers to install from the day after set-up, never after "No thanks"', async () => {
		const store = new MemoryStore();
		const first = makeTestApp({ store, clock: '2026-06-15T08:00:00Z' });
		await first.session.start();
		await first.today.saveProfile(DEFAULT_PROFILE);
		expect(await first.data.installOfferDue()).toBe(false);
		const nextDay = makeTestApp({ store, clock: '2026-06-16T08:00:00Z' });
		await nextDay.session.start();
		expect(await nextDay.data.installOfferDue()).toBe(true);
		await nextDay.data.dismissInstallOffer();
		expect(await nextDay.data.installOfferDue()).toBe(false);
	});

	it('reports what the browser says about storage', async () => {
		const app = await appWithData();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(await app.data.storageStatus()).toEqual({
			persistent: true,
			usageBytes: 1000,
			quotaBytes: 1_000_000
		});
	});
});

describe('start-up', () => {
	it('a start-up that cannot read says why and shows no plan', async () => {
		const app = makeTestApp();
		app.startup.failNextRead(new Error('This app was updated in another tab. Reload this tab.'));
		await app.session.start();
		expect(app.today.status).toBe('failed');
		expect(app.problems.message).toMatch(/updated in another tab/);
	});

	it('a start-up that crosses midnight while it reads shows the new day', async () => {
		const app = makeTestApp({ clock: '2026-06-15T21:59:00Z' }); // 23:59 in Berlin
		await app.session.start();
		await app.today.saveProfile(DEFAULT_PROFILE);
		const early = app.session.read();
		app.clock.set('2026-06-15T22:00:30Z'); // 00:00:30 the next day
		const restarted = makeTestApp({ store: app.store, clock: app.clock });
		await restarted.session.start(early);
		expect(restarted.today.date).toBe('2026-06-16');
		expect(restarted.today.plan?.date).toBe('2026-06-16');
		expect(restarted.today.profile).toEqual({
			...DEFAULT_PROFILE,
			screeningReviewedAt: '2026-06-15T21:59:00.000Z'
		});
	});

	it('before set-up, a tick moves to the next day at midnight and reminds of nothing', async () => {
		const app = makeTestApp({ clock: '2026-06-15T21:30:00Z' });
		await app.session.start();
		app.clock.set('2026-06-15T22:30:00Z');
		await app.session.tick();
		expect(app.today.date).toBe('2026-06-16');
		expect(app.reminders.active).toEqual([]);
		expect(app.badge.count).toBeNull(); // the reminder code never ran
	});
});

describe('the tick', () => {
	it('runs ticks one after another, each at its own time', async () => {
		const app = makeTestApp({ clock: '2026-06-15T06:59:00Z' }); // Monday 08:59
		await app.session.start();
		await app.today.saveProfile({
			...DEFAULT_PROFILE,
			sittingBlocks: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }]
		});
		app.clock.set('2026-06-15T07:00:30Z'); // 09:00:30: sitting hours begin
		const first = app.session.tick(); // still loading when the next one starts
		app.clock.set('2026-06-15T07:31:00Z'); // 09:31: 30 minutes of sitting
		const second = app.session.tick();
		await Promise.all([first, second]);
		expect(app.sitting.state.since).toBe('2026-06-15T07:00:30.000Z');
		expect(app.sitting.restPromptDue).toBe(true);
	});
});
