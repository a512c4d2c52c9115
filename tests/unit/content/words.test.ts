import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 25 point 10: the app's own shop talk reached the screen ("the person says", "until the
// person records", "Prepared by the person from their own records"). What the app says speaks to
// "you"; "the person" is for comments. This reads every text the screens and the care content
// hold, without their comments.

const ROOTS = ['src/lib/content', 'src/lib/components', 'src/routes'];

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(svelte|ts)$/.test(name) ? [path] : [];
	});
}

/** The file without its comments (HTML, block and line comments; not the // of an address). */
function withoutComments(source: string): string {
	return source
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}

describe('words on screen', () => {
	const sources = ROOTS.flatMap(files).map((path) => ({
		path,
		text: withoutComments(readFileSync(path, 'utf8'))
	}));

	it('reads the screens and the care content', () => {
		expect(sources.length).toBeGreaterThan(40);
		expect(sources.map((s) => s.path)).toContain('src/routes/visit-summary/wording.ts');
	});

	it('never calls the reader “the person”', () => {
		const found = sources.flatMap(({ path, text }) =>
			[...text.matchAll(/.{0,40}\bthe person\b.{0,40}/gi)].map((m) => `${path}: ${m[0]}`)
		);
		expect(found).toEqual([]);
	});
});
