// Every page is prerendered so the shell paints before any script runs and the worker can precache it.
export const prerender = true;
export const trailingSlash = 'never';
