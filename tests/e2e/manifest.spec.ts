import { expect, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the web app manifest is linked and has what installation needs', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();

	const response = await request.get(href!);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Deep Gluteal Care',
		short_name: expect.any(String),
		description: expect.stringContaining('deep gluteal syndrome'),
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
		background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
		categories: expect.arrayContaining(['health', 'medical'])
	});
	expect(manifest.short_name.length).toBeLessThanOrEqual(12);

	type Icon = { src: string; sizes: string; type: string; purpose?: string };
	const icons: Icon[] = manifest.icons;
	const wanted = [
		{ sizes: '192x192', purpose: undefined },
		{ sizes: '512x512', purpose: undefined },
		{ sizes: '512x512', purpose: 'maskable' }
	];
	for (const want of wanted) {
		const icon = icons.find((i) => i.sizes === want.sizes && i.purpose === want.purpose);
		expect(icon, `icon ${want.sizes} ${want.purpose ?? 'any'}`).toBeTruthy();
		const image = await request.get(new URL(icon!.src, page.url()).href);
		expect(image.ok()).toBe(true);
		expect(image.headers()['content-type']).toBe('image/png');
		const [w, h] = want.sizes.split('x').map(Number);
		expect(pngSize(await image.body())).toEqual({ width: w, height: h });
	}
});

test('the page has a theme colour, and its tab and touch icons load', async ({ page, request }) => {
	await page.goto('/');
	await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute(
		'content',
		/^#[0-9a-f]{6}$/i
	);
	const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	const image = await request.get(new URL(touchIcon!, page.url()).href);
	expect(image.ok()).toBe(true);
	expect(pngSize(await image.body())).toEqual({ width: 180, height: 180 });

	const tabIcon = page.locator('link[rel="icon"][type="image/png"]');
	expect(await tabIcon.getAttribute('sizes')).toBe('192x192');
	const tabImage = await request.get(
		new URL((await tabIcon.getAttribute('href'))!, page.url()).href
	);
	expect(pngSize(await tabImage.body())).toEqual({ width: 192, height: 192 });
});
