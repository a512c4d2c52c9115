import { describe, expect, it } from 'vitest';
import { basePathFrom } from '../../../scripts/base-path.js';

describe('BASE_PATH, as the build and the server read it', () => {
	it.each([
		[undefined, ''],
		['', ''],
		['/', ''],
		['/care', '/care'],
		['/care/', '/care'],
		['care', '/care'],
		[' /clinic/care// ', '/clinic/care'],
		['/my-app_v2.1~x', '/my-app_v2.1~x']
	])('%j is %j', (given, expected) => {
		expect(basePathFrom(given)).toBe(expected);
	});

	it.each(['/care me', '/../etc', '/care/..', 'https://example.org/care', '/caf\u00e9', '/a?b'])(
		'refuses %j with a message that says what a path may hold',
		(given) => {
			expect(() => basePathFrom(given)).toThrow(/not a path the app can live under/);
		}
	);
});
