import { deviceWallClock } from '$lib/domain/local-time';
import type { Clock, StartupRecords, WorkerPort } from '$lib/domain/ports';
import {
	appBadge,
	notificationPermission,
	notificationSink
} from '$lib/reminders/browser-notifications';
import type { AppStates } from '$lib/state/context';
import { lazily } from '$lib/state/lazily';
import { Problems } from '$lib/state/problems.svelte';
import { RemindersState } from '$lib/state/reminders.svelte';
import { Session, STARTUP_SETTING_KEYS } from '$lib/state/session.svelte';
import { SettingsState } from '$lib/state/settings.svelte';
import { TodayState } from '$lib/state/today.svelte';
import { AppDatabase } from '$lib/storage/database';
import { IdbHistoryReader } from '$lib/storage/history-reader';
import { browserStorageKeeper } from '$lib/storage/persistence';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository,
	IdbStartupReader
} from '$lib/storage/repositories';

// The composition root: the only module that knows both the state classes and the adapters they
// run on (IndexedDB, the browser's clock, notifications and service worker). It also declares the
// lazy boundaries: code behind a `lazily(() => import(...))` here loads after the first screen.

/** The device's clock and zone, read fresh each time (the zone can change while the app is open). */
export const systemClock: Clock = {
	now: () => new Date(),
	timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
	// The device's zone is the one Date's local fields use: no Intl needed to open Today.
	wallClock: deviceWallClock,
	monotonicMs: () => performance.now()
};

let updatedElsewhereListener = () => {};

/** The app's one database connection, shared by the early start-up read and the app's state. */
export const appDatabase = new AppDatabase(undefined, {
	onUpdatedElsewhere: () => updatedElsewhereListener()
});

/** Runs `listener` when another tab upgrades the database (at once if that already happened). */
export function onUpdatedElsewhere(listener: () => void): void {
	updatedElsewhereListener = listener;
	if (appDatabase.updatedElsewhere) listener();
}

const startupReader = new IdbStartupReader(appDatabase);

let earlyRead: Promise<StartupRecords> | undefined;

/** The read `beginStartupRead` started, once; later calls get nothing. */
export function takeStartupRead(): Promise<StartupRecords> | undefined {
	const read = earlyRead;
	earlyRead = undefined;
	return read;
}

// Lazy boundaries of the state's dependencies.
const planning = lazily(() => import('$lib/state/planning').then((m) => m.planning));
const reminderRules = lazily(() => import('$lib/domain/reminders'));
const calendar = lazily(() => import('$lib/reminders/ics'));
const workerBridge = lazily(() => import('$lib/pwa/service-worker-bridge.svelte'));
const capabilities = lazily(() => import('$lib/reminders/capabilities'));
const dataActions = lazily(() => import('$lib/state/data-actions'));
const backupStore = lazily(() => import('$lib/storage/backup'));

/** The service worker as the state sees it; its code loads on first use. */
const workerPort: WorkerPort = {
	enableMorningSummary: async () => (await workerBridge()).enableMorningSummary(),
	eraseWorkerState: async () => (await workerBridge()).eraseWorkerState(),
	capabilities: async () => (await capabilities()).reminderCapabilities()
};

/** Builds the app's state on IndexedDB and the browser. */
export function createApp(appVersion: string): AppStates {
	const clock = systemClock;
	const problems = new Problems();
	const settingsStore = new IdbSettingsRepository(appDatabase);
	const checkIns = new IdbCheckInRepository(appDatabase);
	const entries = new IdbDailyEntryRepository(appDatabase);
	const storage = browserStorageKeeper;
	const settings = new SettingsState({ settings: settingsStore, problems });
	const today = new TodayState({
		profiles: new IdbProfileRepository(appDatabase),
		plans: new IdbPlanRepository(appDatabase),
		checkIns,
		entries,
		settingsStore,
		history: new IdbHistoryReader(appDatabase),
		storage,
		clock,
		problems,
		settings,
		planning
	});
	const reminders = new RemindersState({
		today,
		settings: settingsStore,
		clock,
		problems,
		sink: notificationSink,
		permission: notificationPermission,
		badge: appBadge,
		worker: workerPort,
		rules: reminderRules,
		calendar,
		planning
	});
	const session = new Session({
		startup: startupReader,
		clock,
		problems,
		settings,
		today,
		reminders
	});
	const data = lazily(async () => {
		const [{ DataActions }, { IdbBackupStore }] = await Promise.all([dataActions(), backupStore()]);
		return new DataActions({
			backups: new IdbBackupStore(appDatabase),
			checkIns,
			entries,
			settingsStore,
			storage,
			worker: workerPort,
			clock,
			problems,
			settings,
			today,
			session,
			appVersion
		});
	});
	return { session, problems, settings, today, reminders, data };
}

/**
 * Starts reading the first screen's records before Kit loads the layout, so IndexedDB opens while
 * the page hydrates instead of after it.
 */
export function beginStartupRead(): void {
	const date = systemClock.wallClock(systemClock.now()).date;
	earlyRead = startupReader.read(date, STARTUP_SETTING_KEYS);
	// The app's start handles a failure; this only keeps it from being reported as unhandled meanwhile.
	earlyRead.catch(() => undefined);
}
