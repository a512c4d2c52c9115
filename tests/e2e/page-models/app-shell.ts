import type { Locator, Page } from '@playwright/test';

export const PAGES = [
	{ path: '/', link: 'Today', heading: 'Today' },
	{ path: '/progress', link: 'Progress', heading: 'Progress' },
	{ path: '/settings', link: 'Settings', heading: 'Settings' },
	{ path: '/about', link: null, heading: 'About and sources' },
	{ path: '/exercises', link: null, heading: 'Exercise guides' }
] as const;

export type NavLink = 'Today' | 'Progress' | 'Settings';

/** The frame around every screen: header, main navigation and the page heading. */
export class AppShell {
	readonly nav: Locator;

	constructor(readonly page: Page) {
		this.nav = page.getByRole('navigation', { name: 'Main' });
	}

	async open(path = '/'): Promise<void> {
		await this.page.goto(path);
	}

	navLink(name: NavLink): Locator {
		return this.nav.getByRole('link', { name, exact: true });
	}

	async navigateTo(name: NavLink): Promise<void> {
		await this.navLink(name).click();
	}

	heading(name: string): Locator {
		return this.page.getByRole('heading', { level: 1, name, exact: true });
	}

	async openAboutFromSettings(): Promise<void> {
		await this.navigateTo('Settings');
		await this.page.getByRole('link', { name: 'About and sources' }).click();
	}
}
