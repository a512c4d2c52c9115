// "Open timer" in the timer bar, which shows on every screen, opens the timer's dialog on Today.
// Today registers how it opens it while it is shown; from another screen the request waits here
// until Today is there to take it.

let opener: (() => void) | null = null;
let pending = false;

/** Today, while shown: opens the kept timer's dialog when asked. Returns the unregistering. */
export function takeTimerRequests(open: () => void): () => void {
	opener = open;
	if (pending) {
		pending = false;
		open();
	}
	return () => {
		if (opener === open) opener = null;
	};
}

/** Opens the timer's dialog: at once on Today; false when Today has to be opened first. */
export function requestTimerDialog(): boolean {
	if (opener) {
		opener();
		return true;
	}
	pending = true;
	return false;
}
