import { expect, type Locator, type Page } from '@playwright/test';

export class TodayPage {
	constructor(readonly page: Page) {}

	/** A checklist item, by the start of its accessible name: "Warm compress", "Stretch", ... */
	item(title: string | RegExp): Locator {
		const escaped = typeof title === 'string' ? title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '';
		const name = typeof title === 'string' ? new RegExp(`^${escaped}, \\d\\d:\\d\\d`) : title;
		return this.page
			.getByRole('list', { name: 'Today’s checklist' })
			.getByRole('checkbox', { name });
	}

	get summary(): Locator {
		return this.page.getByRole('region', { name: 'Today so far' });
	}

	get missed(): Locator {
		return this.page.getByRole('region', { name: 'Missed' });
	}

	get badDay(): Locator {
		return this.page.getByRole('button', { name: 'Bad day / flare' });
	}

	/**
	 * "I have been assessed" on a warning's region. Where the app asks first whether the person was
	 * seen, its Yes is the answer; either way the warning then goes.
	 */
	async recordAssessed(warning: Locator): Promise<void> {
		await warning.getByRole('button', { name: 'I have been assessed' }).click();
		const yes = this.page.getByRole('button', { name: /^Yes/ });
		// Wait for what the tap brings: the question, or the warning gone.
		await expect
			.poll(async () => (await yes.count()) > 0 || (await warning.count()) === 0)
			.toBe(true);
		if ((await yes.count()) > 0) await yes.first().click();
		await expect(warning).toHaveCount(0);
	}
}
