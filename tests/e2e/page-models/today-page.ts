import { expect, type Locator, type Page } from '@playwright/test';

export class TodayPage {
	constructor(readonly page: Page) {}

	/** A checklist item, by the start of its accessible name: "Warm compress", "Stretch", ... */
	item(title: string | RegExp): Locator {
		const escaped = typeof title === 'string' ? title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '';
		const name =
			typeof title === 'string'
				? new RegExp(`^${escaped}, (\\d\\d:\\d\\d|\\d{1,2}:\\d\\d\\s[AP]M)`)
				: title;
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

	/** "I have been assessed" on a warning's region, and Yes to its one question: the warning goes. */
	async recordAssessed(warning: Locator): Promise<void> {
		await warning.getByRole('button', { name: 'I have been assessed' }).click();
		// One question first: were you seen?
		await warning.getByRole('button', { name: 'Yes, I was seen' }).click();
		await expect(warning).toHaveCount(0);
	}
}
