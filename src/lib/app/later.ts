import type {
	CheckInRepository,
	Clock,
	DailyEntryRepository,
	HistoryReader,
	SettingsRepository,
	StorageKeeper,
	WorkerPort
} from '$lib/domain/ports';
import { lazily } from '$lib/state/lazily';
import { formats } from './formats';
import type { DataActions } from '$lib/state/data-actions';
import type { Loaded } from '$lib/state/loaded.svelte';
import type { RemindersState } from '$lib/state/reminders.svelte';
import type { Planning } from '$lib/state/planning';
import type { Problems } from '$lib/state/problems.svelte';
import type { Session } from '$lib/state/session.svelte';
import type { SettingsState } from '$lib/state/settings.svelte';
import type { Sitting } from '$lib/state/sitting.svelte';
import type { SkinChecks } from '$lib/state/skin-checks';
import type { TodayState } from '$lib/state/today.svelte';
import type { VisitActions } from '$lib/state/visit-actions';
import type { WarningActions } from '$lib/state/warning-actions';
import type { AppDatabase } from '$lib/storage/database';
import { IdbHistoryReader } from '$lib/storage/history-reader';
import { IdbPlanRepository } from '$lib/storage/repositories';
import { browserStorageKeeper } from '$lib/storage/persistence';

// The composition root's second half: what it builds after the first screen, loaded with the first
// thing that needs it (the first tick, a history read, Settings' data actions).

/** What the first half built, for the states built here. */
export interface Built {
	readonly database: AppDatabase;
	readonly clock: Clock;
	readonly problems: Problems;
	readonly settingsStore: SettingsRepository;
	readonly checkIns: CheckInRepository;
	readonly entries: DailyEntryRepository;
	readonly settings: SettingsState;
	readonly today: TodayState;
	readonly sitting: Sitting;
	readonly session: Session;
	readonly planning: () => Promise<Planning>;
	readonly reminderRules: () => Promise<typeof import('$lib/domain/reminders')>;
	readonly appVersion: string;
	readonly reminders: Loaded<RemindersState>;
}

const workerBridge = lazily(() => import('$lib/pwa/service-worker-bridge.svelte'));
const capabilities = lazily(() => import('$lib/reminders/capabilities'));

/** The service worker as the state sees it; the bridge's code loads on first use. */
export const workerPort: WorkerPort = {
	enableMorningSummary: async () => (await workerBridge()).enableMorningSummary(),
	eraseWorkerState: async () => (await workerBridge()).eraseWorkerState(),
	capabilities: async () => (await capabilities()).reminderCapabilities()
};

export function historyReader(database: AppDatabase): HistoryReader {
	return new IdbHistoryReader(database);
}

export const storageKeeper: StorageKeeper = browserStorageKeeper;

/** Reminders of plan items, on the first tick after set-up. */
export async function buildReminders(built: Built) {
	const [
		{ RemindersState },
		rules,
		{ notificationPermission, appBadge, NotificationSink },
		{ ClosedAppReminders },
		{ RelayPush },
		{ browserPushEnvironment }
	] = await Promise.all([
		import('$lib/state/reminders.svelte'),
		built.reminderRules(),
		import('$lib/reminders/notification-sink'),
		import('$lib/state/closed-app.svelte'),
		import('$lib/reminders/push-relay'),
		import('$lib/reminders/push-environment')
	]);
	const closedApp = new ClosedAppReminders({
		today: built.today,
		plans: new IdbPlanRepository(built.database),
		history: historyReader(built.database),
		planning: built.planning,
		settings: built.settings,
		store: built.settingsStore,
		clock: built.clock,
		problems: built.problems,
		push: new RelayPush(browserPushEnvironment),
		// Titles name the item's time as the person's locale writes it.
		rules: async () => {
			const window = await import('$lib/domain/push-window');
			return {
				...window,
				pushWindow: (...args: Parameters<typeof window.pushWindow>) =>
					window.pushWindow(args[0], args[1], args[2], args[3], args[4], formats.time)
			};
		}
	});
	return new RemindersState({
		closedApp,
		today: built.today,
		sitting: built.sitting,
		settings: built.settings,
		store: built.settingsStore,
		clock: built.clock,
		problems: built.problems,
		sink: new NotificationSink(),
		permission: notificationPermission,
		badge: appBadge,
		worker: workerPort,
		rules: {
			...rules,
			reminderSchedule: (...args: Parameters<typeof rules.reminderSchedule>) =>
				rules.reminderSchedule(args[0], args[1], args[2], formats.time)
		},
		calendar: () => import('$lib/reminders/ics'),
		planning: built.planning
	});
}

/** Backups, CSV, restore, delete, the install offer: with the backup checks, only when asked for. */
/** Answering and dealing with warning signs, on first use. */
export async function buildWarnings(built: Built): Promise<WarningActions> {
	const { WarningActions } = await import('$lib/state/warning-actions');
	return new WarningActions({
		today: built.today,
		settingsStore: built.settingsStore,
		clock: built.clock,
		problems: built.problems,
		planning: built.planning
	});
}

export async function buildVisit(built: Built): Promise<VisitActions> {
	const { VisitActions } = await import('$lib/state/visit-actions');
	return new VisitActions({
		today: built.today,
		settingsStore: built.settingsStore,
		records: new IdbHistoryReader(built.database),
		clock: built.clock,
		problems: built.problems
	});
}

/** The skin check during a compress, on first use. */
export async function buildSkinChecks(built: Built): Promise<SkinChecks> {
	const [{ SkinChecks }, { NotificationSink }] = await Promise.all([
		import('$lib/state/skin-checks'),
		import('$lib/reminders/notification-sink')
	]);
	return new SkinChecks({
		today: built.today,
		settingsStore: built.settingsStore,
		clock: built.clock,
		problems: built.problems,
		sink: new NotificationSink()
	});
}

export async function buildData(built: Built): Promise<DataActions> {
	const [{ DataActions }, { IdbBackupStore }] = await Promise.all([
		import('$lib/state/data-actions'),
		import('$lib/storage/backup')
	]);
	return new DataActions({
		backups: new IdbBackupStore(built.database),
		checkIns: built.checkIns,
		entries: built.entries,
		settingsStore: built.settingsStore,
		storage: storageKeeper,
		worker: workerPort,
		clock: built.clock,
		problems: built.problems,
		settings: built.settings,
		today: built.today,
		session: built.session,
		appVersion: built.appVersion,
		forgetRelay: async () => (await built.reminders.load()).closedApp.forget()
	});
}
