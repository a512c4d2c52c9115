// Read by svelte.config.js (the build) and scripts/serve.mjs (serving that build), so both agree.

/**
 * Where the app lives on its host: '' at the root, or a sub-path such as '/care' for
 * https://example.org/care/, given at build time as BASE_PATH (README, "Publish it").
 * @param {string} [value]
 * @returns {'' | `/${string}`}
 */
export function basePathFrom(value = '') {
	const trimmed = value.trim().replace(/\/+$/, '');
	if (trimmed === '') return '';
	const path = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
	if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(path) || path.split('/').some((part) => /^\.+$/.test(part)))
		throw new Error(
			`BASE_PATH "${value}" is not a path the app can live under: use letters, digits, - _ . ~ and /, as in /care.`
		);
	return /** @type {`/${string}`} */ (path);
}
