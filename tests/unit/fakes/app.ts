import * as pushWindowRules from '$lib/domain/push-window';
import * as reminderRules from '$lib/domain/reminders';
import * as calendarWriter from '$lib/reminders/ics';
import type { AppStates } from '$lib/state/context';
import { Loaded } from '$lib/state/loaded.svelte';
import { ClosedAppReminders } from '$lib/state/closed-app.svelte';
import { DataActions } from '$lib/state/data-actions';
import { planning } from '$lib/state/planning';
import { Problems } from '$lib/state/problems.svelte';
import { RemindersState } from '$lib/state/reminders.svelte';
import { Session } from '$lib/state/session.svelte';
import { SettingsState } from '$lib/state/settings.svelte';
import { Sitting } from '$lib/state/sitting.svelte';
import { SkinChecks } from '$lib/state/skin-checks';
import { TimerNotices } from '$lib/state/timer-notices';
import { TodayState } from '$lib/state/today.svelte';
import { VisitActions } from '$lib/state/visit-actions';
import { WarningActions } from '$lib/state/warning-actions';
import {
	FakeBadge,
	FakeClock,
	FakeClosedAppPush,
	FakePermission,
	FakeSink,
	FakeStorageKeeper,
	FakeWorker,
	MemoryBackupStore,
	MemoryCheckInRepository,
	MemoryDailyEntryRepository,
	MemoryHistoryReader,
	MemoryPlanRepository,
	MemoryProfileRepository,
	MemorySettingsRepository,
	MemoryStartupReader,
	MemoryStore
} from './ports';

/** The app's state wired as src/lib/app/ wires it, on in-memory fakes of every port. */
export interface TestApp extends Omit<
	AppStates,
	'data' | 'reminders' | 'warnings' | 'visit' | 'skinChecks' | 'timerNotices'
> {
	readonly data: DataActions;
	readonly skinChecks: SkinChecks;
	readonly timerNotices: TimerNotices;
	readonly warnings: WarningActions;
	readonly visit: VisitActions;
	/** Loaded at once here; the app loads it on the first tick. */
	readonly reminders: RemindersState;
	readonly store: MemoryStore;
	readonly clock: FakeClock;
	readonly startup: MemoryStartupReader;
	readonly sink: FakeSink;
	readonly permission: FakePermission;
	readonly badge: FakeBadge;
	readonly worker: FakeWorker;
	readonly storage: FakeStorageKeeper;
	readonly push: FakeClosedAppPush;
}

export function makeTestApp(
	options: { store?: MemoryStore; clock?: FakeClock | string; zone?: string; locale?: string } = {}
): TestApp {
	const clock =
		options.clock instanceof FakeClock
			? options.clock
			: new FakeClock(options.clock ?? '2026-06-15T04:50:00Z', options.zone);
	const store = options.store ?? new MemoryStore(() => clock.now().toISOString());
	const problems = new Problems();
	const settingsStore = new MemorySettingsRepository(store);
	const checkIns = new MemoryCheckInRepository(store);
	const entries = new MemoryDailyEntryRepository(store);
	const storage = new FakeStorageKeeper();
	const sink = new FakeSink();
	const permission = new FakePermission();
	const badge = new FakeBadge();
	const worker = new FakeWorker();
	const startup = new MemoryStartupReader(store);
	const settings = new SettingsState({
		settings: settingsStore,
		problems,
		deviceLocale: () => options.locale
	});
	const today = new TodayState({
		profiles: new MemoryProfileRepository(store),
		plans: new MemoryPlanRepository(store),
		checkIns,
		entries,
		settingsStore,
		history: new MemoryHistoryReader(store),
		storage,
		clock,
		problems,
		settings,
		planning: async () => planning
	});
	const rules = async () => reminderRules;
	const sitting = new Sitting({ today, store: settingsStore, clock, problems, rules });
	const push = new FakeClosedAppPush();
	const closedApp = new ClosedAppReminders({
		today,
		plans: new MemoryPlanRepository(store),
		history: new MemoryHistoryReader(store),
		planning: async () => planning,
		settings,
		store: settingsStore,
		clock,
		problems,
		push,
		rules: async () => pushWindowRules
	});
	const reminders = new RemindersState({
		closedApp,
		today,
		sitting,
		settings,
		store: settingsStore,
		clock,
		problems,
		sink,
		permission,
		badge,
		worker,
		rules: reminderRules,
		calendar: async () => calendarWriter,
		planning: async () => planning
	});
	const session = new Session({
		startup,
		clock,
		problems,
		settings,
		today,
		sitting,
		reminders: new Loaded(async () => reminders)
	});
	const data = new DataActions({
		backups: new MemoryBackupStore(store),
		checkIns,
		entries,
		settingsStore,
		storage,
		worker,
		clock,
		problems,
		settings,
		today,
		session,
		appVersion: 'test',
		forgetRelay: () => closedApp.forget()
	});
	const warnings = new WarningActions({
		today,
		settingsStore,
		clock,
		problems,
		planning: async () => planning
	});
	const visit = new VisitActions({
		today,
		settingsStore,
		records: new MemoryHistoryReader(store),
		clock,
		problems
	});
	const skinChecks = new SkinChecks({ today, settingsStore, clock, problems, sink });
	const timerNotices = new TimerNotices({ sink });
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
		timerNotices,
		store,
		clock,
		startup,
		sink,
		permission,
		badge,
		worker,
		storage,
		push
	};
}
