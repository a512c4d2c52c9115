import * as v from 'valibot';
import type { BackupStore } from '$lib/domain/ports';
import { PUSH_RELAY_KEY } from '$lib/domain/push-window';
import { mergeWarningSigns } from '$lib/domain/warning-sign-merge';
import {
	oneRecordPerSignAndDay,
	WARNING_SIGNS_KEY,
	warningSignsFrom,
	type WarningSignRecord
} from '$lib/domain/warning-signs';
import { mergeSkinEvents, SKIN_EVENTS_KEY, skinEventsFrom } from '$lib/domain/skin-events';
import type { LocalDate } from '$lib/domain/time';
import type { AppDatabase } from './database';
import { describeBackupIssue } from './backup-problems';
import { writeAtomically } from './errors';
import { DATABASE_VERSION, stepsBetween } from './migrations';
import type { DataStoreName } from './migrations/migration';
import {
	CheckInSchema,
	DailyEntrySchema,
	DayPlanSchema,
	ProfileRecordSchema,
	SettingRecordSchema
} from './record-schemas';
import {
	BACKUP_APP_ID,
	LAST_BACKUP_KEY,
	type Backup,
	type BackupData,
	type BackupPreview,
	type ParsedBackup,
	type RestoreMode,
	type SettingRecord
} from '$lib/domain/backup';

/** No backup of this app comes near this; anything larger is refused before it is read. */
export const MAX_BACKUP_BYTES = 30 * 1024 * 1024;
const MAX_PROBLEMS_SHOWN = 5;

/* The upgrade of an older backup's data: the database's own record steps. */
/** A backup's data as its version wrote it, store by store (profile is one record or null). */
type BackupRecords = Partial<Record<DataStoreName, unknown>>;

/**
 * Brings the data of a backup made at `fromVersion` up to this version with the same record steps
 * the database runs. Works on unchecked data: whatever is not a list is left for validation to
 * report.
 */
export function upgradeBackupRecords(data: BackupRecords, fromVersion: number): BackupRecords {
	let upgraded = { ...data };
	for (const step of stepsBetween(fromVersion, DATABASE_VERSION)) {
		for (const [name, upgrade] of Object.entries(step.records ?? {}) as [
			DataStoreName,
			(record: unknown) => unknown
		][]) {
			const stored = upgraded[name];
			if (name === 'profile') {
				if (stored !== null && stored !== undefined)
					upgraded = { ...upgraded, profile: upgrade(stored) };
			} else if (Array.isArray(stored)) {
				upgraded = { ...upgraded, [name]: stored.map(upgrade) };
			}
		}
		if (step.derived) {
			const { from, into, make } = step.derived;
			// The profile is one record in a backup, a store of one in the database.
			const stored = upgraded[from];
			const source = from === 'profile' ? (stored == null ? [] : [stored]) : stored;
			const target = upgraded[into];
			if (Array.isArray(source) && Array.isArray(target)) {
				const taken = new Set(target.map((r) => (r as { key?: unknown } | null)?.key));
				const added = make(source).filter((r) => !taken.has(r.key));
				upgraded = { ...upgraded, [into]: [...target, ...added] };
			}
		}
	}
	return upgraded;
}

const BackupEnvelopeSchema = v.object({
	app: v.string(),
	kind: v.string(),
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	appVersion: v.pipe(v.string(), v.maxLength(40)),
	exportedAt: v.pipe(v.string(), v.maxLength(40)),
	data: v.unknown()
});

const BackupDataSchema = v.object({
	profile: v.nullable(ProfileRecordSchema),
	settings: v.pipe(v.array(SettingRecordSchema), v.maxLength(1000)),
	dayPlans: v.pipe(v.array(DayPlanSchema), v.maxLength(40_000)),
	checkIns: v.pipe(v.array(CheckInSchema), v.maxLength(1_000_000)),
	dailyEntries: v.pipe(v.array(DailyEntrySchema), v.maxLength(40_000))
});

/** Reads everything the app stores, in one read-only transaction. */
export async function exportBackup(
	database: AppDatabase,
	appVersion: string,
	now: Date
): Promise<Backup> {
	const db = await database.connection();
	const tx = db.transaction(
		['profile', 'settings', 'dayPlans', 'checkIns', 'dailyEntries'],
		'readonly'
	);
	const [profile, settings, dayPlans, checkIns, dailyEntries] = await Promise.all([
		tx.objectStore('profile').get('current'),
		tx.objectStore('settings').getAll(),
		tx.objectStore('dayPlans').getAll(),
		tx.objectStore('checkIns').getAll(),
		tx.objectStore('dailyEntries').getAll()
	]);
	await tx.done;
	return {
		app: BACKUP_APP_ID,
		kind: 'backup',
		schemaVersion: DATABASE_VERSION,
		appVersion,
		exportedAt: now.toISOString(),
		// The relay registration opens this device at the relay: it stays on this device.
		data: {
			profile: profile ?? null,
			settings: settings.filter((r) => r.key !== PUSH_RELAY_KEY),
			dayPlans,
			checkIns,
			dailyEntries
		}
	};
}

export function serializeBackup(backup: Backup): string {
	return JSON.stringify(backup);
}

/** Problems of a backup's data, in a person's words, at most five and a count of the rest. */
function describeIssues(
	issues: readonly v.BaseIssue<unknown>[],
	data: unknown,
	today: LocalDate | null
): string[] {
	// Several checks of one field can fail at once: each is said once.
	const lines = [...new Set(issues.map((issue) => describeBackupIssue(issue, data, today)))];
	const shown = lines.slice(0, MAX_PROBLEMS_SHOWN);
	if (lines.length > MAX_PROBLEMS_SHOWN)
		shown.push(`…and ${lines.length - MAX_PROBLEMS_SHOWN} more problems.`);
	return shown;
}

/** The start of a file this app wrote: JSON.stringify puts the app's name first. */
const OUR_START = new RegExp(`^\\s*\\{\\s*"app"\\s*:\\s*"${BACKUP_APP_ID}"`);

export const NOT_OUR_BACKUP = 'This file is not a backup of this app.';
export const NOT_JSON = 'This file is not a backup of this app: it is not readable as JSON data.';
export const DAMAGED =
	'This backup file is damaged: it is cut short or was changed, so it cannot be read. Try another copy of it.';

function previewOf(backup: Backup): BackupPreview {
	const dates = [
		...backup.data.dayPlans.map((p) => p.date),
		...backup.data.checkIns.map((c) => c.date),
		...backup.data.dailyEntries.map((e) => e.date)
	].sort();
	return {
		exportedAt: backup.exportedAt,
		appVersion: backup.appVersion,
		firstDate: dates[0] ?? null,
		lastDate: dates.at(-1) ?? null,
		hasProfile: backup.data.profile !== null,
		dayPlans: backup.data.dayPlans.length,
		checkIns: backup.data.checkIns.length,
		dailyEntries: backup.data.dailyEntries.length
	};
}

/**
 * Checks a backup file completely before anything is written. Never throws: a bad file gives the
 * list of what is wrong with it, in words a person can act on.
 */
export function parseBackup(
	text: string,
	sizeBytes: number = text.length,
	today: LocalDate | null = null
): ParsedBackup {
	if (sizeBytes > MAX_BACKUP_BYTES) {
		const mb = (sizeBytes / 1024 / 1024).toFixed(1);
		return {
			ok: false,
			problems: [
				`This file is ${mb} MB, far larger than any backup of this app (at most 30 MB). It is not a backup.`
			]
		};
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// Cut short (a download or copy that stopped) or edited: ours, but unreadable.
		return { ok: false, problems: [OUR_START.test(text) ? DAMAGED : NOT_JSON] };
	}
	const marked =
		typeof json === 'object' && json !== null && (json as { app?: unknown }).app === BACKUP_APP_ID;
	if (!marked) return { ok: false, problems: [NOT_OUR_BACKUP] };
	const envelope = v.safeParse(BackupEnvelopeSchema, json);
	if (!envelope.success || envelope.output.kind !== 'backup')
		return { ok: false, problems: [DAMAGED] };
	const { schemaVersion } = envelope.output;
	if (schemaVersion > DATABASE_VERSION) {
		return {
			ok: false,
			problems: [
				`This backup was made by a newer version of the app (data version ${schemaVersion}; this one reads up to ${DATABASE_VERSION}). Update the app, then restore it.`
			]
		};
	}
	// An older version's data goes through the same upgrade steps as the database, then the checks.
	const raw = envelope.output.data;
	const current =
		schemaVersion < DATABASE_VERSION && typeof raw === 'object' && raw !== null
			? upgradeBackupRecords(raw as BackupRecords, schemaVersion)
			: raw;
	const data = v.safeParse(BackupDataSchema, current);
	if (!data.success) return { ok: false, problems: describeIssues(data.issues, current, today) };
	const backup: Backup = {
		...envelope.output,
		app: BACKUP_APP_ID,
		kind: 'backup',
		schemaVersion: DATABASE_VERSION,
		data: withOneSignADay(data.output as BackupData)
	};
	return { ok: true, backup, preview: previewOf(backup) };
}

/**
 * A backup's warning signs with at most one record of a sign for a day, whatever its version: an
 * older file went through migration 7 already, and this repairs any other (edited by hand), so a
 * restore never brings back the record that stopped the visit summary loading (issue 25).
 */
function withOneSignADay(data: BackupData): BackupData {
	return {
		...data,
		settings: data.settings.map((r) => {
			if (r.key !== WARNING_SIGNS_KEY) return r;
			const value = r.value as WarningSignRecord;
			const signs = oneRecordPerSignAndDay(value.signs);
			return signs.length === value.signs.length ? r : { ...r, value: { ...value, signs } };
		})
	};
}

const DATA_STORES = ['profile', 'settings', 'dayPlans', 'checkIns', 'dailyEntries'] as const;

/** Newer of two versions of one record; ties keep what is on the device. */
function newer<T>(onDevice: T | undefined, incoming: T, stamp: (r: T) => string): T {
	if (onDevice === undefined) return incoming;
	return stamp(incoming) > stamp(onDevice) ? incoming : onDevice;
}

/** Both sides' warning signs, merged sign by sign; stamped with the later of the two changes. */
function mergedWarningSigns(onDevice: SettingRecord, incoming: SettingRecord): SettingRecord {
	// The backup's record was checked in full; the device's is read as the app reads it.
	const value = mergeWarningSigns(
		warningSignsFrom(onDevice.value),
		incoming.value as WarningSignRecord
	);
	const updatedAt =
		incoming.updatedAt > onDevice.updatedAt ? incoming.updatedAt : onDevice.updatedAt;
	return { key: WARNING_SIGNS_KEY, value, updatedAt };
}

/** The note "last backup" a replace leaves: the backup's export, unless the file notes a later one. */
function backedUpAt(backup: Backup, settings: readonly SettingRecord[]): SettingRecord | null {
	const exported = Date.parse(backup.exportedAt);
	if (Number.isNaN(exported)) return null;
	const at = new Date(exported).toISOString();
	const noted = settings.find((r) => r.key === LAST_BACKUP_KEY)?.value;
	if (typeof noted === 'string' && Date.parse(noted) >= exported) return null;
	return { key: LAST_BACKUP_KEY, value: at, updatedAt: at };
}

/**
 * Writes a checked backup in one transaction: everything lands or nothing does. `replace` empties
 * the device's data first; `merge` keeps, for each item and day, whichever record is newer, and
 * merges the warning signs sign by sign.
 */
export async function restoreBackup(
	database: AppDatabase,
	backup: Backup,
	mode: RestoreMode
): Promise<void> {
	const db = await database.connection();
	const { data } = backup;
	await writeAtomically(
		() => db.transaction([...DATA_STORES], 'readwrite'),
		async (tx, writes) => {
			const stores = {
				profile: tx.objectStore('profile'),
				settings: tx.objectStore('settings'),
				dayPlans: tx.objectStore('dayPlans'),
				checkIns: tx.objectStore('checkIns'),
				dailyEntries: tx.objectStore('dailyEntries')
			};
			const incomingSettings = data.settings.filter((r) => r.key !== PUSH_RELAY_KEY);
			if (mode === 'replace') {
				// This device's relay registration survives a replace: the relay still sends to it.
				const relay = await stores.settings.get(PUSH_RELAY_KEY);
				await Promise.all(DATA_STORES.map((name) => tx.objectStore(name).clear()));
				if (relay) writes.push(stores.settings.put(relay));
				if (data.profile) writes.push(stores.profile.put(data.profile));
				for (const r of incomingSettings) writes.push(stores.settings.put(r));
				for (const r of data.dayPlans) writes.push(stores.dayPlans.put(r));
				for (const r of data.checkIns) writes.push(stores.checkIns.put(r));
				for (const r of data.dailyEntries) writes.push(stores.dailyEntries.put(r));
				// The device now holds exactly what the backup holds: it is backed up as of the
				// backup's export, though the file's own note predates it (written after the export).
				const exported = backedUpAt(backup, incomingSettings);
				if (exported) writes.push(stores.settings.put(exported));
				return;
			}
			const [profile, settings, dayPlans, checkIns, dailyEntries] = await Promise.all([
				stores.profile.get('current'),
				stores.settings.getAll(),
				stores.dayPlans.getAll(),
				stores.checkIns.getAll(),
				stores.dailyEntries.getAll()
			]);
			const byKey = <T, K>(rows: T[], key: (r: T) => K) => new Map(rows.map((r) => [key(r), r]));
			const settingsByKey = byKey(settings, (r) => r.key);
			const plansByDate = byKey(dayPlans, (r) => r.date);
			const checkInsById = byKey(checkIns, (r) => r.itemId);
			const entriesByDate = byKey(dailyEntries, (r) => r.date);
			if (data.profile)
				writes.push(stores.profile.put(newer(profile, data.profile, (r) => r.updatedAt)));
			for (const r of incomingSettings) {
				const onDevice = settingsByKey.get(r.key);
				// Warning signs merge sign by sign: the newer record whole could drop an open sign.
				if (r.key === WARNING_SIGNS_KEY && onDevice) {
					writes.push(stores.settings.put(mergedWarningSigns(onDevice, r)));
					continue;
				}
				// Skin events are a log: a merge keeps every event of both, never the newer log only.
				if (r.key === SKIN_EVENTS_KEY && onDevice) {
					writes.push(
						stores.settings.put({
							key: r.key,
							value: mergeSkinEvents(skinEventsFrom(onDevice.value), skinEventsFrom(r.value)),
							updatedAt: newer(onDevice, r, (x) => x.updatedAt).updatedAt
						})
					);
					continue;
				}
				writes.push(stores.settings.put(newer(onDevice, r, (x) => x.updatedAt)));
			}
			for (const r of data.dayPlans) {
				writes.push(stores.dayPlans.put(newer(plansByDate.get(r.date), r, (x) => x.generatedAt)));
			}
			for (const r of data.checkIns) {
				writes.push(stores.checkIns.put(newer(checkInsById.get(r.itemId), r, (x) => x.at)));
			}
			for (const r of data.dailyEntries) {
				writes.push(
					stores.dailyEntries.put(newer(entriesByDate.get(r.date), r, (x) => x.updatedAt))
				);
			}
		}
	);
}

/** Empties every store (the "Delete all my data" action). */
export async function clearAllData(database: AppDatabase): Promise<void> {
	const db = await database.connection();
	await writeAtomically(
		() => db.transaction([...DATA_STORES], 'readwrite'),
		(tx, pending) => {
			for (const name of DATA_STORES) pending.push(tx.objectStore(name).clear());
		}
	);
}

/** The backup port over IndexedDB. */
export class IdbBackupStore implements BackupStore {
	constructor(private readonly database: AppDatabase) {}

	exportAll(appVersion: string, now: Date): Promise<Backup> {
		return exportBackup(this.database, appVersion, now);
	}

	check(text: string, sizeBytes: number, today: LocalDate | null = null): ParsedBackup {
		return parseBackup(text, sizeBytes, today);
	}

	serialize(backup: Backup): string {
		return serializeBackup(backup);
	}

	restore(backup: Backup, mode: RestoreMode): Promise<void> {
		return restoreBackup(this.database, backup, mode);
	}

	clearAll(): Promise<void> {
		return clearAllData(this.database);
	}
}
