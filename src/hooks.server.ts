import type { Handle } from '@sveltejs/kit';

// Runs when the pages are prerendered (the app has no server of its own). Kit inlines route and
// component CSS into every page (kit.inlineStyleThreshold): that spares Today, the first screen,
// a request before its first paint. On the other pages the same CSS is already in the precache
// as files, so an inlined copy only doubled it in the offline download (10 KB over all pages).
// Those pages link the files instead, as Kit itself does without inlining.

/** Kit's inlined styles, and its disabled links to the same files. */
const INLINE_STYLE = /<style>[\s\S]*?<\/style>/g;
const DISABLED_LINK = / disabled media="\(max-width: 0\)"/g;

export function linkInsteadOfInline(html: string): string {
	return html.replace(INLINE_STYLE, '').replace(DISABLED_LINK, '');
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => (event.route.id === '/' ? html : linkInsteadOfInline(html))
	});
