import type { ClientInit } from '@sveltejs/kit';
import { beginStartupRead } from '$lib/app';

// Kit runs this before it loads the root layout: the earliest point our code can start reading.
export const init: ClientInit = () => {
	beginStartupRead();
};
