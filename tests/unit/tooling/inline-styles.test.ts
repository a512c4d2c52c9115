import { describe, expect, it } from 'vitest';
import { linkInsteadOfInline } from '../../../src/hooks.server';

// Pages other than Today link their CSS files (already precached) instead of carrying a copy.

describe('linkInsteadOfInline', () => {
	it('drops the inlined copy and turns on the links to the same files', () => {
		const page = [
			'<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
			'<link href="/_app/immutable/assets/9.css" rel="stylesheet" disabled media="(max-width: 0)">',
			'<style>.card{padding:1rem}\n.x{color:red}</style>',
			'<script>/* not a style */</script>'
		].join('\n');
		expect(linkInsteadOfInline(page)).toBe(
			[
				'<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
				'<link href="/_app/immutable/assets/9.css" rel="stylesheet">',
				'',
				'<script>/* not a style */</script>'
			].join('\n')
		);
	});

	it('leaves a page without inlined CSS as it is', () => {
		const page = '<head><link href="/a.css" rel="stylesheet"></head><body>text</body>';
		expect(linkInsteadOfInline(page)).toBe(page);
	});
});
