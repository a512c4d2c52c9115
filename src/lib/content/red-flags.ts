import type { RedFlag, RedFlagKind, TriageAdvice, WarningLevel } from '$lib/domain/care';

// care-content.md section 5: each warning sign with its own level, reason and sources. Signs of one
// kind share the reason the reference gives for that kind, and no other kind's.

const REASONS: Readonly<Record<Exclude<RedFlagKind, 'visit'>, string>> = {
	'spine-nerves':
		'This can be a sign that the nerves at the bottom of the spine are being squeezed (cauda equina syndrome). It is rare, but it needs a scan in hospital the same day, because waiting can cause lasting bladder, bowel, sexual or leg problems.',
	'one-leg':
		'The nerve to this leg is working less well. A doctor should check it today, because some causes need early treatment for strength to come back.',
	injury:
		'Pain that starts after an accident or fall can mean a broken bone in the spine or pelvis. That needs an X-ray or scan, not exercises.',
	cancer:
		'Very rarely, cancer can spread to the bones of the spine. With your history a doctor should check new back or buttock pain soon.',
	infection:
		'Back pain with a fever can, rarely, mean an infection near the spine, which needs treating quickly.',
	general:
		'This pattern is not typical of a trapped or irritated nerve, so a doctor should rule out other causes.',
	// Section 5 "Coughing, sneezing, straining": the NHS lists the sign without saying why, so the
	// reason says only what the sources say, and no claim about the cause.
	straining:
		'The NHS lists back pain made worse by sneezing, coughing or pooing among the signs to get seen urgently. Pain in the buttock or leg that is worse on coughing or sneezing is a usual sign of an irritated nerve: the check-in only records it.',
	chest:
		'Chest pain together with back pain can be a heart attack or a tear in the body’s main blood vessel. That is why it is an emergency. It is not a nerve problem.'
};

const NHS_CES = ['nhs-sciatica', 'nhs-back-pain', 'nhs-lothian-refhelp'] as const;

/** Leg signs that turn a same-day sign into an emergency when they come with it. */
const LEG_SIGNS = ['foot-drop', 'walking-unsteady', 'numbness-buttock-leg'] as const;

/** In the order the questions are asked: most urgent kinds first. */
export const RED_FLAGS: readonly RedFlag[] = [
	{
		id: 'saddle-numbness',
		level: 'emergency',
		kind: 'spine-nerves',
		label: 'Numbness or tingling around the genitals, back passage or buttocks',
		// Section 5's two saddle rows, every area they name: NHS Back pain names the buttocks.
		question:
			'Is there numbness, tingling or changed feeling around or under your genitals, around your back passage (anus) or buttocks, or in your inner thighs, or does it feel different when you wipe after the toilet?',
		reason: REASONS['spine-nerves'],
		sourceIds: [...NHS_CES, 'ces-warning-card']
	},
	{
		id: 'bladder-bowel',
		level: 'emergency',
		kind: 'spine-nerves',
		label: 'New trouble peeing or pooing, or controlling it',
		question:
			'Is it newly hard to start peeing, can you not pee or not control it, do you not notice when your bladder is full or you need to poo, or can you not control your bowels (when this is not normal for you)?',
		reason: REASONS['spine-nerves'],
		sourceIds: ['nhs-sciatica', 'nhs-back-pain']
	},
	{
		id: 'sexual-function',
		level: 'emergency',
		kind: 'spine-nerves',
		label: 'New sexual problems or loss of feeling in the genitals',
		question:
			'Do you have new sexual problems: not being able to get or keep an erection or to ejaculate, or lost or changed feeling in your genitals during sex?',
		reason: REASONS['spine-nerves'],
		sourceIds: ['nhs-lothian-refhelp', 'csp-ces-2024']
	},
	{
		id: 'both-legs',
		askIfNewSinceAssessed: true,
		level: 'emergency',
		kind: 'spine-nerves',
		label: 'Sciatica, weakness or numbness in both legs',
		question:
			'Do you have sciatica (pain from the back or buttock down the leg) in both legs, or weakness or numbness in both legs that is severe or getting worse?',
		reason: REASONS['spine-nerves'],
		sourceIds: [...NHS_CES]
	},
	{
		id: 'chest-pain',
		level: 'emergency',
		kind: 'chest',
		label: 'Chest pain',
		question: 'Do you have chest pain, with or without back pain?',
		reason: REASONS.chest,
		sourceIds: ['nhs-back-pain', 'nhs-heart-attack', 'hse-aortic-dissection']
	},
	{
		id: 'after-accident',
		level: 'emergency',
		kind: 'injury',
		label: 'Pain after a serious accident or fall',
		question:
			'Did the pain start, or get worse, after a serious accident (a car crash, a fall from a height, a heavy blow)?',
		reason: REASONS.injury,
		sourceIds: ['nhs-back-pain', 'northern-trust']
	},
	{
		id: 'foot-drop',
		askIfNewSinceAssessed: true,
		level: 'same-day',
		kind: 'one-leg',
		label: 'Foot drop, or one leg getting weaker',
		question:
			'Is there new foot drop (your toes catch, your foot slaps down, it is hard to lift the front of your foot), or is one leg getting weaker?',
		reason: REASONS['one-leg'],
		sourceIds: ['nhs-lothian-refhelp']
	},
	{
		id: 'walking-unsteady',
		askIfNewSinceAssessed: true,
		level: 'same-day',
		kind: 'one-leg',
		label: 'New difficulty walking or unsteadiness',
		question: 'Is walking newly difficult, or do you feel unsteady, with the pain?',
		reason: REASONS['one-leg'],
		sourceIds: ['northern-trust']
	},
	{
		id: 'minor-fall-at-risk',
		level: 'same-day',
		kind: 'injury',
		label: 'Pain after a minor fall, with thin bones, steroids or older age',
		question:
			'Did the pain start after a minor fall, knock or strain, and do you have osteoporosis (thin bones), take steroid tablets long-term, or are you older?',
		reason: REASONS.injury,
		emergencyWith: LEG_SIGNS,
		designChoice:
			'Same day, or an emergency with a leg sign: the sources range from same day to emergency.',
		sourceIds: ['northern-trust', 'g-care']
	},
	{
		id: 'cancer-history',
		level: 'same-day',
		kind: 'cancer',
		label: 'New or worse pain after having had cancer',
		question: 'Have you had cancer, and is this back or buttock pain new or getting worse?',
		reason: REASONS.cancer,
		emergencyWith: LEG_SIGNS,
		designChoice: 'Same day (within 24 hours): the stricter of the sources’ times.',
		sourceIds: ['scottish-cancer-referral', 'nice-ng234']
	},
	{
		id: 'fever',
		level: 'same-day',
		kind: 'infection',
		label: 'Fever or high temperature',
		question: 'Do you have a fever or a high temperature with the pain?',
		reason: REASONS.infection,
		sourceIds: ['nhs-back-pain', 'northern-trust', 'g-care']
	},
	{
		id: 'infection-risk',
		level: 'same-day',
		kind: 'infection',
		label: 'Drug injections or a weak immune system, with new pain',
		question:
			'Do you inject drugs, or have a weak immune system (for example from steroid tablets, chemotherapy, transplant medicine or HIV), and is this pain new or getting worse?',
		reason: REASONS.infection,
		designChoice: 'Same day: the sources list the sign but give no time.',
		sourceIds: ['g-care']
	},
	{
		id: 'weight-loss',
		askIfNewSinceAssessed: true,
		level: 'same-day',
		kind: 'general',
		label: 'Weight loss without trying',
		question: 'Have you lost weight without trying to?',
		reason: REASONS.general,
		sourceIds: ['nhs-back-pain', 'g-care']
	},
	{
		id: 'night-pain',
		askIfNewSinceAssessed: true,
		level: 'same-day',
		kind: 'general',
		label: 'Constant pain no position eases, worse at night',
		question:
			'Is the pain constant and worse at night, with no rest or position that eases it at all?',
		reason: REASONS.general,
		designChoice:
			'Asked as constant pain no position eases, since ordinary sciatica often disturbs sleep.',
		sourceIds: ['nhs-back-pain', 'northern-trust']
	},
	{
		id: 'upper-back',
		askIfNewSinceAssessed: true,
		level: 'same-day',
		kind: 'general',
		label: 'Pain between the shoulder blades',
		question: 'Is the pain coming from the top of your back (between your shoulder blades)?',
		reason: REASONS.general,
		sourceIds: ['nhs-back-pain']
	},
	{
		id: 'back-shape',
		askIfNewSinceAssessed: true,
		level: 'same-day',
		kind: 'general',
		label: 'A lump or swelling in the back, or a change in its shape',
		question: 'Is there a lump or swelling in your back, or has your back changed shape?',
		reason: REASONS.general,
		sourceIds: ['nhs-back-pain', 'g-care']
	},
	{
		id: 'back-pain-straining',
		level: 'same-day',
		kind: 'straining',
		label: 'Back pain worse when sneezing, coughing or pooing',
		question:
			'Is pain in your lower back (not only the buttock or leg) made worse by sneezing, coughing or pooing?',
		reason: REASONS.straining,
		sourceIds: ['nhs-back-pain', 'scottish-cancer-referral']
	},
	{
		id: 'numbness-buttock-leg',
		level: 'routine',
		kind: 'visit',
		label: 'New or spreading numbness in one buttock or leg',
		question: 'Is there new or spreading numbness in the buttock, thigh or leg on one side only?',
		reason:
			'The article this app is built on says to see a doctor if the pain leads to numbness in the buttock, thigh or leg. Cold or heat stays off numb skin.',
		sourceIds: ['seed-article', 'nhs-sciatica']
	},
	{
		id: 'stopping-activities',
		level: 'routine',
		kind: 'visit',
		label: 'Not better after weeks, getting worse, or stopping your normal life',
		question:
			'Has the pain not improved after a few weeks of home care, is it getting worse, or is it stopping you doing your normal activities?',
		reason:
			'The NHS advises seeing a GP if sciatica has not improved after a few weeks of home treatment, is getting worse, or stops you doing your normal activities.',
		sourceIds: ['nhs-sciatica', 'seed-article']
	},
	{
		id: 'minor-injury',
		level: 'routine',
		kind: 'visit',
		label: 'Pain after a minor injury (a twist, knock or minor fall)',
		question:
			'Did the pain start after a minor injury, such as a twist, a knock or a minor fall (none of the above)?',
		reason:
			'The article this app is built on says to see a doctor if the pain started after an injury.',
		sourceIds: ['seed-article']
	},
	// Asked before version 4 of the data: one question each for two kinds of sign. Stored answers
	// keep their level; the reason is the one that fits both halves.
	{
		id: 'fever-or-infection',
		level: 'same-day',
		kind: 'infection',
		label: 'Fever, a possible infection, or a weak immune system',
		question:
			'Do you have a fever, a possible infection, or a weakened immune system (for example from medicine)?',
		reason: REASONS.infection,
		retired: true,
		sourceIds: ['nhs-back-pain', 'g-care']
	},
	{
		id: 'weight-loss-or-cancer',
		level: 'same-day',
		kind: 'general',
		label: 'Weight loss without trying, or past cancer',
		question: 'Have you lost weight without trying, or have you ever had cancer?',
		reason: REASONS.general,
		retired: true,
		sourceIds: ['nhs-back-pain', 'scottish-cancer-referral']
	}
];

/** The signs about an injury: asked again when the doctor's questions name an accident or fall. */
export const INJURY_RED_FLAGS = RED_FLAGS.filter(
	(f) => !f.retired && (f.kind === 'injury' || f.id === 'minor-injury')
);

/** The signs asked today (retired ones are only read from stored answers). */
export const ASKED_RED_FLAGS = RED_FLAGS.filter((f) => !f.retired);

/** What to do, by urgency: the reference's wording. */
export const TRIAGE_ADVICE: Readonly<Record<WarningLevel, TriageAdvice>> = {
	emergency: {
		level: 'emergency',
		heading: 'Get urgent help now',
		action:
			'Go to an emergency department now or call your local emergency number (999 in the UK, 112 in the EU, 911 in North America).'
	},
	'same-day': {
		level: 'same-day',
		heading: 'Get seen today',
		action:
			'Get seen today: ask for an urgent appointment with your doctor, or call your local urgent-care line (111 in the UK).'
	},
	routine: {
		level: 'routine',
		heading: 'Book a visit',
		action: 'Book an appointment with your doctor or a physiotherapist.'
	}
};

/**
 * The same actions outside the UK (help-numbers.ts adviceIn): the reference's words without the
 * UK's numbers; the emergency line names the region's own number where one is known.
 */
export const TRIAGE_ACTIONS_OUTSIDE_UK = {
	emergency: (number: string | null) =>
		`Go to an emergency department now or call your local emergency number${number ? ` (${number})` : ''}.`,
	'same-day':
		'Get seen today: ask for an urgent appointment with your doctor, or call your local urgent-care line.'
} as const;
