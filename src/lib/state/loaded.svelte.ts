import { lazily } from './lazily';

/**
 * A piece of state whose code loads after the first screen: `current` is null until then (and
 * reactive, so a screen shows it the moment it arrives); `load()` loads it once and shares it.
 */
export class Loaded<T> {
	#current = $state.raw<T | null>(null);
	readonly #load;

	constructor(load: () => Promise<T>) {
		this.#load = lazily(async () => {
			const value = await load();
			this.#current = value;
			return value;
		});
	}

	get current(): T | null {
		return this.#current;
	}

	load(): Promise<T> {
		return this.#load();
	}
}
