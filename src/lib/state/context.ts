import { getContext, setContext } from 'svelte';
import type { DataActions } from './data-actions';
import type { Loaded } from './loaded.svelte';
import type { Problems } from './problems.svelte';
import type { RemindersState } from './reminders.svelte';
import type { Session } from './session.svelte';
import type { SettingsState } from './settings.svelte';
import type { SkinChecks } from './skin-checks';
import type { Sitting } from './sitting.svelte';
import type { TimerNotices } from './timer-notices';
import type { TodayState } from './today.svelte';
import type { VisitActions } from './visit-actions';
import type { WarningActions } from './warning-actions';

/** The state the screens use, built once by the composition root (src/lib/app/). */
export interface AppStates {
	readonly session: Session;
	readonly problems: Problems;
	readonly settings: SettingsState;
	readonly today: TodayState;
	readonly sitting: Sitting;
	/** Reminders load after the first screen; `reminders.current` is null until then. */
	readonly reminders: Loaded<RemindersState>;
	/** Backups, CSV, restore, delete, the install offer: loaded on first use. */
	data(): Promise<DataActions>;
	/** Answering warning signs and dealing with them: loaded on first use. */
	warnings(): Promise<WarningActions>;
	/** The doctor's questions and the visit summary: loaded on first use. */
	visit(): Promise<VisitActions>;
	/** The skin check during a compress: loaded on first use. */
	skinChecks(): Promise<SkinChecks>;
	/** A timer's end as a notification while the app is out of sight: loaded on first use. */
	timerNotices(): Promise<TimerNotices>;
}

const KEY = Symbol('app-states');

export function provideApp(app: AppStates): AppStates {
	return setContext(KEY, app);
}

export function useApp(): AppStates {
	return getContext<AppStates>(KEY);
}
