import type { Page } from '@playwright/test';
import { SetupPage } from './setup-page';

/** The daily check-in, opened from Today. */
export class CheckInPage {
	constructor(readonly page: Page) {}

	/** A pain score, "Yes" to "Any of these warning signs today?" and yes to one sign; then Save. */
	async saveWithSign(sign: RegExp, pain = '3'): Promise<void> {
		await this.page
			.getByRole('group', { name: /Pain right now/ })
			.getByRole('radio', { name: pain })
			.check();
		await this.page
			.getByRole('group', { name: 'Any of these warning signs today?' })
			.getByRole('radio', { name: 'Yes' })
			.check();
		await new SetupPage(this.page).answer(sign, true);
		await this.page.getByRole('button', { name: 'Save check-in' }).click();
	}
}
