/**
 * The one storage problem the person sees (full disk, another tab, no storage). Every state class
 * runs its storage actions through `guard`, so a failure becomes a message instead of an exception.
 */
export class Problems {
	#message = $state<string | null>(null);

	get message(): string | null {
		return this.#message;
	}

	dismiss(): void {
		this.#message = null;
	}

	/** Runs an action; resolves to whether it worked. A failure shows its message. */
	async guard(action: () => Promise<unknown>): Promise<boolean> {
		try {
			await action();
			return true;
		} catch (error) {
			this.#message = error instanceof Error ? error.message : 'Something went wrong while saving.';
			return false;
		}
	}
}
