import { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Lints snippets as if they lived at a path, with the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedRulesAt(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.map((m) => m.ruleId ?? 'parse-error')
		.filter((rule) => rule === 'parse-error' || rule.startsWith('no-restricted'));
}

// The first lint loads the whole eslint config and its plugins: seconds on a busy machine.
describe('layer rules (design.md "Layout and who may import whom")', { timeout: 30_000 }, () => {
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
		[
			'relay/src/api.ts',
			"import { TodayState } from '$lib/state/today.svelte';\nexport const t = TodayState;",
			'no-restricted-imports'
		],
		[
			'relay/src/api.ts',
			"import { planDay } from '../../src/lib/domain/plan';\nexport const p = planDay;",
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
		],
		[
			'src/lib/state/x.svelte.ts',
			"import { AppDatabase } from '$lib/storage/database';\nexport const d = AppDatabase;",
			'no-restricted-imports'
		],
		[
			'src/lib/state/x.ts',
			"import type { AppDatabase } from '$lib/storage/database';\nexport type D = AppDatabase;",
			'no-restricted-imports'
		],
		[
			'src/lib/app/index.ts',
			"import { openDB } from 'idb';\nexport const o = openDB;",
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
			'src/lib/app/index.ts',
			"import { AppDatabase } from '$lib/storage/database';\nexport const d = AppDatabase;"
		],
		[
			'src/lib/state/x.svelte.ts',
			"import type { CheckInRepository } from '$lib/domain/ports';\nexport type R = CheckInRepository;"
		]
	])('%s: allows %j', async (filePath, code) => {
		expect(await restrictedRulesAt(filePath, code)).toEqual([]);
	});
});

describe('no import loops (import-x/no-cycle)', () => {
	// Real files, because the rule follows imports on disk; a folder of its own inside src so the
	// project's config and $lib resolution apply.
	const folder = mkdtempSync(join(process.cwd(), 'src/lib/domain/cycle-test-'));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	async function cycleErrors(files: Record<string, string>, lint: string): Promise<number> {
		for (const [name, code] of Object.entries(files)) writeFileSync(join(folder, name), code);
		const [result] = await eslint.lintFiles([join(folder, lint)]);
		return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-cycle').length;
	}

	it('refuses two modules that import each other', async () => {
		const errors = await cycleErrors(
			{
				'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
				'b.ts': "import { a } from './a';\nexport const b = () => a;\n"
			},
			'a.ts'
		);
		expect(errors).toBe(1);
	});

	it('refuses a loop of type imports only (dependency-cruiser, which eslint cannot see)', () => {
		const types = join(folder, 'types');
		mkdirSync(types);
		writeFileSync(
			join(types, 't1.ts'),
			"import type { T2 } from './t2';\nexport interface T1 { t: T2 }\n"
		);
		writeFileSync(
			join(types, 't2.ts'),
			"import type { T1 } from '$lib/domain/" +
				basename(folder) +
				"/types/t1';\nexport interface T2 { t?: T1 }\n"
		);
		const run = spawnSync(
			'npx',
			['depcruise', relative(process.cwd(), types), '--config', '.dependency-cruiser.cjs'],
			{ encoding: 'utf8' }
		);
		expect(run.status).not.toBe(0);
		expect(run.stdout).toMatch(/no-import-loop/);
	}, 30_000);

	it('refuses a loop through three modules and a .svelte.ts file', async () => {
		const errors = await cycleErrors(
			{
				'c.ts': "import { d } from './d.svelte';\nexport const c = () => d;\n",
				'd.svelte.ts': "import { e } from './e';\nexport const d = () => e;\n",
				'e.ts': "import { c } from './c';\nexport const e = () => c;\n"
			},
			'c.ts'
		);
		expect(errors).toBe(1);
	});

	it('allows imports that point one way', async () => {
		const errors = await cycleErrors(
			{
				'f.ts': "import { g } from './g';\nexport const f = () => g;\n",
				'g.ts': 'export const g = 1;\n'
			},
			'f.ts'
		);
		expect(errors).toBe(0);
	});
});
