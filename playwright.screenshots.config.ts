import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: phone-size pictures of every screen into docs/screenshots/ (not a test).
export default defineConfig({
	...base,
	testDir: 'tests/screenshots',
	retries: 0,
	reporter: [['list']]
});
