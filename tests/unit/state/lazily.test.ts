import { describe, expect, it } from 'vitest';
import { lazily } from '$lib/state/lazily';

describe('lazily', () => {
	it('loads once and shares the result between callers', async () => {
		let loads = 0;
		const get = lazily(async () => ({ n: ++loads }));
		const [a, b] = await Promise.all([get(), get()]);
		expect(a).toBe(b);
		expect(loads).toBe(1);
	});

	it('forgets a failed load so the next call retries', async () => {
		let loads = 0;
		const get = lazily(async () => {
			loads += 1;
			if (loads === 1) throw new Error('chunk did not arrive');
			return loads;
		});
		await expect(get()).rejects.toThrow('chunk did not arrive');
		expect(await get()).toBe(2);
		expect(await get()).toBe(2);
	});

	it('loads again after reset', async () => {
		let loads = 0;
		const get = lazily(async () => ++loads);
		expect(await get()).toBe(1);
		get.reset();
		expect(await get()).toBe(2);
	});
});
