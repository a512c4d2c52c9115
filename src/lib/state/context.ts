import { getContext, setContext } from 'svelte';
import type { AppState } from './app-state.svelte';

const KEY = Symbol('app-state');

export function provideAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function useAppState(): AppState {
	return getContext<AppState>(KEY);
}
