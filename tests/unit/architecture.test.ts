import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they lived at a path, with the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedRulesAt(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.map((m) => m.ruleId ?? 'parse-error')
		.filter((rule) => rule === 'parse-error' || rule.startsWith('no-restricted'));
}

describe('layer rules (design.md "Layout and who may import whom")', () => {
	it.each([
		[
			'src/lib/domain/plan.ts',
			"import { openDB } from 'idb';\nexport const o = openDB;",
			'no-restricted-imports'
		],
		[
			'src/lib/domain/plan.ts',
			"import { page } from '$app/state';\nexport const p = page;",
			'no-restricted-imports'
		],
		[
			'src/lib/domain/plan.ts',
			"import { onMount } from 'svelte';\nexport const m = onMount;",
			'no-restricted-imports'
		],
		[
			'src/lib/domain/plan.ts',
			"import { SOURCES } from '$lib/content/sources';\nexport const s = SOURCES;",
			'no-restricted-imports'
		],
		['src/lib/domain/plan.ts', 'export const t = Date.now();', 'no-restricted-syntax'],
		['src/lib/domain/plan.ts', 'export const t = new Date();', 'no-restricted-syntax'],
		['src/lib/domain/plan.ts', 'export const w = navigator.onLine;', 'no-restricted-globals'],
		[
			'src/lib/components/Card.svelte.ts',
			"import { db } from '$lib/storage/db';\nexport const d = db;",
			'no-restricted-imports'
		],
		[
			'src/routes/x.ts',
			"import { openDB } from 'idb';\nexport const o = openDB;",
			'no-restricted-imports'
		],
		[
			'src/lib/reminders/x.ts',
			"import { db } from '$lib/storage/db';\nexport const d = db;",
			'no-restricted-imports'
		],
		[
			'src/routes/x.ts',
			"import { registerSW } from 'virtual:pwa-register';\nexport const r = registerSW;",
			'no-restricted-imports'
		],
		[
			'src/lib/state/x.svelte.ts',
			"import { openDB } from 'idb';\nexport const o = openDB;",
			'no-restricted-imports'
		],
		[
			'src/routes/+page.ts',
			"import { AppDatabase } from '$lib/storage/database';\nexport const d = AppDatabase;",
			'no-restricted-imports'
		]
	])('%s: refuses %j', async (filePath, code, rule) => {
		expect(await restrictedRulesAt(filePath, code)).toContain(rule);
	});

	it.each([
		['src/lib/storage/db.ts', "import { openDB } from 'idb';\nexport const o = openDB;"],
		[
			'src/lib/domain/plan.ts',
			"import type { Source } from './sources';\nexport const f = (s: Source, now: Date) => [s, now];"
		],
		[
			'src/lib/content/x.ts',
			"import type { CareMeasure } from '$lib/domain/measures';\nexport type M = CareMeasure;"
		],
		[
			'src/lib/pwa/x.ts',
			"import { registerSW } from 'virtual:pwa-register';\nexport const r = registerSW;"
		],
		[
			'src/lib/state/x.svelte.ts',
			"import { AppDatabase } from '$lib/storage/database';\nexport const d = AppDatabase;"
		]
	])('%s: allows %j', async (filePath, code) => {
		expect(await restrictedRulesAt(filePath, code)).toEqual([]);
	});
});
