// Interface messages used in more than one place.

export const UPDATED_IN_ANOTHER_TAB =
	'The app was updated in another tab. Reload this page to go on; nothing you saved is lost.';
