/** Shown on first run and on the About screen (shared/care-content.md, introduction). */
export const NO_MEDICAL_ADVICE =
	'This app gives no medical advice. It organises the home-care measures that patient information on deep gluteal syndrome describes, so you can follow them and keep a record. It does not diagnose or treat anything, and it does not replace a doctor or physiotherapist. If you have any of the warning signs, get medical help.';

export const DATA_STAYS_ON_DEVICE =
	'Everything you record stays on this device. The app sends nothing anywhere: no account, no analytics, no tracking. A backup file you export yourself is the only way your data leaves the device.';
