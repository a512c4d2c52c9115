import { expect, type Page } from '@playwright/test';

/** The first-run set-up: eight steps, "Continue" between them, "Create my plan" at the end. */
export class SetupPage {
	constructor(readonly page: Page) {}

	/** From the welcome on Today; `root` is where the app lives ('/', or '/care/' under a sub-path). */
	async open(root = '/'): Promise<void> {
		await this.page.goto(root);
		await this.page.getByRole('link', { name: 'Set up my plan' }).click();
		await expect(this.page.getByRole('heading', { name: 'Welcome', level: 2 })).toBeVisible();
		// Before hydration the link is a plain link: /setup may be a fresh page still hydrating.
		await this.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	}

	async continue(): Promise<void> {
		await this.page.getByRole('button', { name: 'Continue' }).click();
	}

	async answer(question: string | RegExp, yes: boolean): Promise<void> {
		const group = this.page.getByRole('group', { name: question });
		await group.getByRole('radio', { name: yes ? 'Yes' : 'No' }).check();
	}

	/** "Which side hurts?" on "Your day": never pre-filled. */
	async chooseSide(side: 'Left' | 'Right' | 'Both' = 'Right'): Promise<void> {
		await this.page
			.getByRole('group', { name: 'Which side hurts?' })
			.getByRole('radio', { name: side })
			.check();
	}

	/** Answers every yes/no question on the current step "No". */
	async answerAllNo(): Promise<void> {
		const noes = this.page.getByRole('radio', { name: 'No', exact: true });
		const count = await noes.count();
		for (let i = 0; i < count; i++) await noes.nth(i).check();
	}

	/**
	 * The quickest honest path: no warning signs, desk hours on weekdays, pain on the right, no flare,
	 * nothing unsafe.
	 */
	async completeWithDefaults(options: { sits?: boolean; flare?: boolean } = {}): Promise<void> {
		await this.answerWithDefaults(options);
		await this.page.getByRole('button', { name: 'Create my plan' }).click();
		// The first plan needs the planning code, which loads on first use: wait for the checklist.
		await expect(
			this.page.getByRole('list', { name: 'Today’s checklist' }).getByRole('checkbox').first()
		).toBeVisible({ timeout: 15_000 });
	}

	/** The same answers, up to the last step, without pressing "Create my plan". */
	async answerWithDefaults(options: { sits?: boolean; flare?: boolean } = {}): Promise<void> {
		await this.continue(); // welcome
		await this.answerAllNo(); // warning signs
		await this.continue();
		await this.answer(/sit for long spells/, options.sits ?? true);
		await this.chooseSide();
		await this.continue();
		await this.answer(/flare or a bad day/, options.flare ?? false);
		await this.continue();
		await this.answerAllNo(); // safety
		await this.continue();
		await this.continue(); // preferences
		await this.continue(); // weight
	}
}
