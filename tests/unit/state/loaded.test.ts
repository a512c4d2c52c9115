import { describe, expect, it } from 'vitest';
import { Loaded } from '$lib/state/loaded.svelte';

describe('Loaded', () => {
	it('is null until loaded, loads once, and shares what it loaded', async () => {
		let loads = 0;
		const loaded = new Loaded(async () => ({ n: ++loads }));
		expect(loaded.current).toBeNull();
		const [a, b] = await Promise.all([loaded.load(), loaded.load()]);
		expect(a).toBe(b);
		expect(loaded.current).toBe(a);
		expect(loads).toBe(1);
	});

	it('a load that failed (a chunk that did not arrive) is tried again next time', async () => {
		let attempts = 0;
		const loaded = new Loaded(async () => {
			if (++attempts === 1) throw new Error('offline');
			return 'code';
		});
		await expect(loaded.load()).rejects.toThrow('offline');
		expect(loaded.current).toBeNull();
		expect(await loaded.load()).toBe('code');
		expect(loaded.current).toBe('code');
	});
});
