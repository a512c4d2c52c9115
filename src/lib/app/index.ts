import { deviceWallClock } from '$lib/domain/local-time';
import type { Clock, HistoryReader, StartupRecords, StorageKeeper } from '$lib/domain/ports';
import type { AppStates } from '$lib/state/context';
import { lazily } from '$lib/state/lazily';
import { Problems } from '$lib/state/problems.svelte';
import { Loaded } from '$lib/state/loaded.svelte';
import type { RemindersState } from '$lib/state/reminders.svelte';
import { Session, STARTUP_SETTING_KEYS } from '$lib/state/session.svelte';
import { SettingsState } from '$lib/state/settings.svelte';
import { Sitting } from '$lib/state/sitting.svelte';
import { TodayState } from '$lib/state/today.svelte';
import { AppDatabase } from '$lib/storage/database';
import type { Built } from './later';
import { rememberHasPlan } from '$lib/storage/launch-hint';
import {
	IdbCheckInRepository,
	IdbDailyEntryRepository,
	IdbPlanRepository,
	IdbProfileRepository,
	IdbSettingsRepository,
	IdbStartupReader
} from '$lib/storage/repositories';

// The composition root: with ./later.ts, the only code that knows both the state classes and the
// adapters they run on (IndexedDB, the browser's clock, notifications and service worker). It also
// declares the lazy boundaries: code behind a `lazily(() => import(...))` here loads after the
// first screen.

/** The device's clock and zone, read fresh each time (the zone can change while the app is open). */
const systemClock: Clock = {
	now: () => new Date(),
	timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
	// The device's zone is the one Date's local fields use: no Intl needed to open Today.
	wallClock: deviceWallClock,
	monotonicMs: () => performance.now()
};

let updatedElsewhereListener = () => {};

/** The app's one database connection, shared by the early start-up read and the app's state. */
export const appDatabase = new AppDatabase(undefined, {
	loadMigrations: () => import('$lib/storage/migrations'),
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

// The lazy boundaries of the state: code behind these loads after the first screen.
const planning = lazily(() => import('$lib/state/planning').then((m) => m.planning));
const reminderRules = lazily(() => import('$lib/domain/reminders'));
const later = lazily(() => import('./later'));

/** History is read only to plan, triage or show Progress: its reader loads with them. */
const lazyHistory: HistoryReader = {
	dayRecords: async (from, to) => (await later()).historyReader(appDatabase).dayRecords(from, to)
};

/** The launch hint is needed at start; asking to keep the data, and the storage figures, later. */
const storageKeeper: StorageKeeper = {
	requestPersistent: async () => (await later()).storageKeeper.requestPersistent(),
	status: async () => (await later()).storageKeeper.status(),
	rememberHasPlan
};

/** Builds the app's state on IndexedDB and the browser. */
export function createApp(appVersion: string): AppStates {
	const clock = systemClock;
	const problems = new Problems();
	const settingsStore = new IdbSettingsRepository(appDatabase);
	const checkIns = new IdbCheckInRepository(appDatabase);
	const entries = new IdbDailyEntryRepository(appDatabase);
	const storage = storageKeeper;
	const settings = new SettingsState({
		settings: settingsStore,
		problems,
		// Not while prerendering (Node 21+ has a navigator of its own): the region then follows the page.
		deviceLocale: () => (typeof window === 'undefined' ? undefined : navigator.language)
	});
	const today = new TodayState({
		profiles: new IdbProfileRepository(appDatabase),
		plans: new IdbPlanRepository(appDatabase),
		checkIns,
		entries,
		settingsStore,
		history: lazyHistory,
		storage,
		clock,
		problems,
		settings,
		planning
	});
	const sitting = new Sitting({
		today,
		store: settingsStore,
		clock,
		problems,
		rules: reminderRules
	});
	const reminders: Loaded<RemindersState> = new Loaded(async () =>
		(await later()).buildReminders(built)
	);
	const session = new Session({
		startup: startupReader,
		clock,
		problems,
		settings,
		today,
		sitting,
		reminders
	});
	const built: Built = {
		database: appDatabase,
		clock,
		problems,
		settingsStore,
		checkIns,
		entries,
		settings,
		today,
		sitting,
		session,
		planning,
		reminderRules,
		appVersion,
		reminders
	};
	const data = lazily(async () => (await later()).buildData(built));
	const warnings = lazily(async () => (await later()).buildWarnings(built));
	const visit = async () => (await later()).buildVisit(built);
	const skinChecks = lazily(async () => (await later()).buildSkinChecks(built));
	const timerNotices = lazily(async () => (await later()).buildTimerNotices());
	return {
		session,
		problems,
		settings,
		today,
		sitting,
		reminders,
		data,
		warnings,
		visit,
		skinChecks,
		timerNotices
	};
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
