import { describe, expect, it } from 'vitest';
import { installMethodFor } from '$lib/pwa/install';

const UA = {
	iphoneSafari:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
	iphoneChrome:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1',
	ipadDesktopMode:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
	androidChrome:
		'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
	desktopFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
};

describe('installMethodFor', () => {
	it.each([
		['Android Chrome that fired beforeinstallprompt', UA.androidChrome, 5, true, 'prompt'],
		['Android Chrome before (or without) the prompt', UA.androidChrome, 5, false, 'browser-menu'],
		['iPhone Safari', UA.iphoneSafari, 5, false, 'ios-share'],
		['iPhone Chrome (WebKit, same Share menu)', UA.iphoneChrome, 5, false, 'ios-share'],
		['iPad in desktop mode (reports a Mac, has touch)', UA.ipadDesktopMode, 5, false, 'ios-share'],
		['a real Mac with Safari', UA.ipadDesktopMode, 0, false, 'browser-menu'],
		['desktop Firefox', UA.desktopFirefox, 0, false, 'browser-menu']
	] as const)('%s: %s', (_name, userAgent, maxTouchPoints, promptAvailable, expected) => {
		expect(installMethodFor({ userAgent, maxTouchPoints, promptAvailable })).toBe(expected);
	});
});
