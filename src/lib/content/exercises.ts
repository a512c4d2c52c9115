import type { Exercise, ExerciseId } from '$lib/domain/care';

// Shown with every stretch (care-content.md section 2: NHS; Peak Physio; Sports-health).
export const STRETCH_STOP_RULES = [
	'Go gently: only as far as you can without pain, and stop at once if a stretch hurts.',
	'Stop if pain shoots further down your leg.',
	'Stop if numbness or tingling gets worse.',
	'Stop if a new pain appears.',
	'Never bounce or force a stretch.',
	'If pain after a session has not settled within 24 hours, or you are worse for a few days, ask a physiotherapist or doctor before going on.'
] as const;

/**
 * The stop rules in one line, shown by the stretch guide's controls with a link to the full list
 * (care-content.md section 2: "stop if pain shoots further down the leg, numbness or tingling
 * increases, or new pain appears"). Every clause is one of STRETCH_STOP_RULES.
 */
export const STRETCH_STOP_SUMMARY =
	'Stop at once if a stretch hurts, if pain shoots further down your leg, if numbness or tingling gets worse, or if a new pain appears.';

const stopSources = [
	'nhs-exercises-sciatica',
	'peak-physio',
	'sports-health',
	'provide-pain-traffic-light'
];

/** An exercise's own sources, then those of the stop rules, each named once. */
const withStopSources = (...own: string[]): string[] => [...new Set([...own, ...stopSources])];

// Pictures: a side view in a 160 x 100 box, floor at y = 88, head radius drawn by the component.
const FLOOR = 88;
const lyingTorso = [
	[30, 82],
	[80, 82]
] as const;
const lyingArm = [
	[38, 80],
	[58, 84],
	[74, 84]
] as const;
const chair = [
	[
		[58, 60],
		[98, 60]
	],
	[
		[62, 60],
		[62, FLOOR]
	],
	[
		[94, 60],
		[94, FLOOR]
	]
] as const;

export const EXERCISES: Readonly<Record<ExerciseId, Exercise>> = {
	'figure-four': {
		id: 'figure-four',
		measure: 'stretch',
		name: 'Figure-4 stretch (lying)',
		position: 'lying',
		steps: [
			'Lie on your back with both knees bent and feet flat.',
			'Cross the ankle of your painful side over the other knee.',
			'Hold behind the lower thigh and gently draw it toward your chest until you feel a stretch in the buttock.',
			'Hold, breathing slowly, then lower and rest.'
		],
		holdSeconds: 30,
		secondsPerRep: 40,
		reps: { start: 3, max: 3, progresses: false },
		sides: 'affected',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: false,
		stopRules: STRETCH_STOP_RULES,
		cautions: [],
		designChoices: [],
		sourceIds: withStopSources('spine-health', 'sports-health'),
		picture: {
			title:
				'Lying on the back, the painful leg’s ankle crossed over the other knee, the thighs drawn toward the chest.',
			head: [20, 78],
			body: [
				lyingTorso,
				[
					[80, 82],
					[104, 56],
					[122, FLOOR]
				],
				[
					[40, 80],
					[70, 66],
					[96, 60]
				]
			],
			moving: [
				[80, 82],
				[88, 50],
				[110, 58]
			],
			arrow: { from: [112, 44], to: [92, 36] },
			floorY: FLOOR
		}
	},
	'knee-to-opposite-shoulder': {
		id: 'knee-to-opposite-shoulder',
		measure: 'stretch',
		name: 'Knee to opposite shoulder',
		position: 'lying',
		steps: [
			'Lie on your back with your legs straight.',
			'Bend one knee and hold it with both hands.',
			'Gently pull the knee across your body toward the opposite shoulder until you feel a stretch in the buttock.',
			'Hold, lower the leg, and change sides.'
		],
		holdSeconds: 30,
		secondsPerRep: 40,
		reps: { start: 3, max: 3, progresses: false },
		sides: 'each',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: false,
		stopRules: STRETCH_STOP_RULES,
		cautions: [],
		designChoices: [],
		sourceIds: withStopSources('spine-health', 'nhs-exercises-sciatica'),
		picture: {
			title:
				'Lying on the back, one leg straight, the other knee pulled across toward the opposite shoulder.',
			head: [20, 78],
			body: [
				lyingTorso,
				[
					[80, 82],
					[140, 84]
				],
				[
					[40, 80],
					[62, 62],
					[72, 54]
				]
			],
			moving: [
				[80, 82],
				[74, 50],
				[100, 60]
			],
			arrow: { from: [86, 42], to: [60, 38] },
			floorY: FLOOR
		}
	},
	'seated-piriformis': {
		id: 'seated-piriformis',
		measure: 'stretch',
		name: 'Seated piriformis stretch',
		position: 'seated',
		steps: [
			'Sit tall near the front of a firm chair, feet flat.',
			'Rest the ankle of your painful side on the opposite knee.',
			'Keeping your back straight, lean forward from the hips until you feel a stretch in the buttock.',
			'Hold, then sit up slowly.'
		],
		holdSeconds: 15,
		secondsPerRep: 25,
		reps: { start: 3, max: 3, progresses: false },
		sides: 'affected',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: false,
		stopRules: STRETCH_STOP_RULES,
		cautions: ['Good at a desk, as a sitting break.'],
		designChoices: [
			'Three 15-second holds a session: the source gives 10-15 seconds; three holds is the NHS’s general dose for a stretch.'
		],
		sourceIds: withStopSources('eskenazi'),
		picture: {
			title:
				'Sitting on a chair, the painful leg’s ankle on the other knee, leaning forward with a straight back.',
			head: [104, 14],
			body: [
				[
					[78, 58],
					[98, 22]
				],
				[
					[78, 58],
					[112, 58],
					[112, FLOOR]
				],
				[
					[96, 26],
					[112, 46]
				]
			],
			moving: [
				[78, 58],
				[104, 44],
				[118, 56]
			],
			arrow: { from: [114, 8], to: [128, 20] },
			props: chair,
			floorY: FLOOR
		}
	},
	'knee-to-chest': {
		id: 'knee-to-chest',
		measure: 'stretch',
		name: 'Knee to chest',
		position: 'lying',
		steps: [
			'Lie on your back with your knees bent and feet flat.',
			'Hold one knee with both hands and gently pull it toward your chest.',
			'Hold, then lower it slowly and change legs.'
		],
		holdSeconds: 30,
		secondsPerRep: 40,
		reps: { start: 3, max: 3, progresses: false },
		sides: 'each',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: true,
		stopRules: STRETCH_STOP_RULES,
		cautions: [],
		designChoices: ['Offered on flare days as one of the gentlest stretches.'],
		sourceIds: withStopSources('nhs-exercises-sciatica'),
		picture: {
			title:
				'Lying on the back, one knee bent with the foot flat, the other knee pulled toward the chest.',
			head: [20, 78],
			body: [
				lyingTorso,
				[
					[80, 82],
					[104, 58],
					[124, FLOOR]
				],
				[
					[40, 80],
					[58, 60],
					[66, 52]
				]
			],
			moving: [
				[80, 82],
				[66, 50],
				[90, 54]
			],
			arrow: { from: [84, 40], to: [64, 38] },
			floorY: FLOOR
		}
	},
	'nerve-glide': {
		id: 'nerve-glide',
		measure: 'stretch',
		name: 'Sciatic nerve glide',
		position: 'seated',
		// A slider, not a tensioner: the nerve is slackened at one end while it is lengthened at the
		// other (care-content.md section 2a). Knee straight with the toes pulled up is a tensioner,
		// for a physiotherapist to teach.
		steps: [
			'Sit on a firm chair.',
			'Slowly straighten the knee on your painful side while tipping your head back to look up.',
			'Then bend the knee back down while bringing your chin towards your chest.',
			'Move smoothly, about 5 seconds for each round, only to a light pull.'
		],
		holdSeconds: null,
		secondsPerRep: 5,
		reps: { start: 5, max: 10, progresses: true },
		sides: 'affected',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: false,
		stopRules: [
			...STRETCH_STOP_RULES,
			'Only to a light pull, never into pain.',
			'Stop if the pain or tingling spreads further down your leg.'
		],
		cautions: [
			'An alternative to the hamstring stretch, which some clinicians avoid while the nerve is irritated.'
		],
		designChoices: [
			'5 rounds building to 10 (the sources say about 10; starting at 5 and growing follows the NHS rule for a new exercise).'
		],
		// About 5 seconds a round is the McGill/Liebenson handout's, not Peak Physio's (section 2a).
		sourceIds: withStopSources(
			'peak-physio',
			'ellis-2012',
			'mcgill-liebenson-flossing',
			'nhs-exercises-sciatica'
		),
		picture: {
			title:
				'Sitting on a chair, the painful leg straightening at the knee while the head tips back to look up.',
			head: [70, 12],
			body: [
				[
					[72, 58],
					[70, 22]
				],
				[
					[72, 58],
					[102, 58],
					[102, FLOOR]
				],
				[
					[70, 28],
					[84, 48]
				]
			],
			moving: [
				[72, 58],
				[102, 56],
				[136, 50]
			],
			arrow: { from: [124, 80], to: [140, 60] },
			props: chair,
			floorY: FLOOR
		}
	},
	hamstring: {
		id: 'hamstring',
		measure: 'stretch',
		name: 'Hamstring stretch (seated)',
		position: 'seated',
		steps: [
			'Sit on the edge of a chair with one leg straight out, heel on the floor.',
			'Keeping your back straight, lean forward from the hips until you feel a stretch behind the thigh.',
			'Hold, sit up, and change legs.'
		],
		holdSeconds: 30,
		secondsPerRep: 40,
		reps: { start: 3, max: 3, progresses: false },
		sides: 'each',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: false,
		stopRules: STRETCH_STOP_RULES,
		cautions: [
			'Offered instead of the nerve glide, not with it: some clinicians avoid hamstring stretching while the nerve is irritated.'
		],
		designChoices: [],
		sourceIds: withStopSources('practice-sources'),
		picture: {
			title:
				'Sitting on the edge of a chair, one leg straight with the heel down, leaning forward with a straight back.',
			head: [104, 18],
			body: [
				[
					[76, 58],
					[98, 26]
				],
				[
					[76, 58],
					[90, 70],
					[86, FLOOR]
				],
				[
					[96, 30],
					[116, 52]
				]
			],
			moving: [
				[76, 58],
				[106, 68],
				[138, 86]
			],
			arrow: { from: [112, 10], to: [128, 22] },
			props: chair,
			floorY: FLOOR
		}
	},
	'pelvic-tilt': {
		id: 'pelvic-tilt',
		measure: 'stretch',
		name: 'Pelvic tilt',
		position: 'lying',
		steps: [
			'Lie on your back with your knees bent and feet flat.',
			'Tighten your stomach and flatten your lower back into the floor.',
			'Hold for 2 seconds, then release.'
		],
		holdSeconds: 2,
		secondsPerRep: 5,
		reps: { start: 5, max: 15, progresses: true },
		sides: 'none',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: true,
		stopRules: STRETCH_STOP_RULES,
		cautions: [],
		designChoices: ['Offered on flare days as one of the gentlest exercises.'],
		sourceIds: withStopSources(
			'nhs-lower-back-exercises',
			'nhs-inform-back',
			'nhs-exercises-sciatica'
		),
		picture: {
			title: 'Lying on the back, knees bent, flattening the lower back into the floor.',
			head: [20, 78],
			body: [
				[
					[80, 82],
					[104, 56],
					[122, FLOOR]
				],
				[
					[40, 80],
					[60, 84],
					[76, 84]
				]
			],
			moving: [
				[30, 82],
				[56, 80],
				[80, 82]
			],
			arrow: { from: [56, 66], to: [56, 78] },
			floorY: FLOOR
		}
	},
	'glute-bridge': {
		id: 'glute-bridge',
		measure: 'stretch',
		name: 'Glute bridge',
		position: 'lying',
		steps: [
			'Lie on your back, knees bent, feet flat, and do a pelvic tilt.',
			'Lift your hips until your shoulders, hips and knees are in a line.',
			'Hold for about 5 seconds, then lower slowly.'
		],
		holdSeconds: 5,
		secondsPerRep: 10,
		reps: { start: 5, max: 10, progresses: true },
		sides: 'none',
		maxSessionsPerDay: 3,
		minutes: null,
		gentle: false,
		stopRules: STRETCH_STOP_RULES,
		cautions: [],
		designChoices: [
			'Hold about 5 seconds, 5 repetitions building to 10: the Cambridge University Hospitals sheet shows the movement but leaves hold and repetitions for the physiotherapist to fill in.'
		],
		sourceIds: withStopSources('cuh-nhs'),
		picture: {
			title:
				'Lying on the back with knees bent, the hips lifted so shoulders, hips and knees make a line.',
			head: [22, 78],
			body: [
				[
					[104, 50],
					[120, FLOOR]
				],
				lyingArm
			],
			moving: [
				[32, 82],
				[80, 62],
				[104, 50]
			],
			arrow: { from: [78, 80], to: [78, 66] },
			floorY: FLOOR
		}
	},
	walking: {
		id: 'walking',
		measure: 'walk',
		name: 'Easy walk',
		position: 'standing',
		steps: [
			'Walk at an easy pace on flat ground.',
			'Stand tall and let your arms swing.',
			'Slow down or stop if pain spreads further down your leg.'
		],
		holdSeconds: null,
		secondsPerRep: 60,
		reps: { start: 1, max: 1, progresses: false },
		sides: 'none',
		maxSessionsPerDay: 1,
		minutes: 10,
		gentle: true,
		stopRules: ['Stop if pain shoots further down your leg, or numbness or tingling gets worse.'],
		cautions: [],
		designChoices: [
			'10 minutes to start, growing by 2 minutes after 3 comfortable walking days, up to 30 minutes.'
		],
		sourceIds: ['nice-ng59', 'nhs-exercises-sciatica', 'cochrane-dahm-2010'],
		picture: {
			title: 'A person walking upright at an easy pace.',
			head: [78, 12],
			body: [
				[
					[78, 22],
					[78, 54]
				],
				[
					[78, 54],
					[68, 70],
					[64, FLOOR]
				],
				[
					[78, 28],
					[68, 44],
					[70, 56]
				],
				[
					[78, 28],
					[90, 42],
					[96, 52]
				]
			],
			moving: [
				[78, 54],
				[88, 70],
				[96, FLOOR]
			],
			arrow: { from: [104, 30], to: [130, 30] },
			floorY: FLOOR
		}
	},
	'belly-breathing': {
		id: 'belly-breathing',
		measure: 'rest',
		name: 'Belly breathing',
		position: 'lying',
		steps: [
			'Lie comfortably with a pillow under your knees, or sit.',
			'Breathe in gently through your nose, counting 1 to 5, letting your belly rise.',
			'Breathe out through your mouth, counting 1 to 5.',
			'Keep going for 3 to 5 minutes.'
		],
		holdSeconds: null,
		secondsPerRep: 10,
		reps: { start: 1, max: 1, progresses: false },
		sides: 'none',
		maxSessionsPerDay: 3,
		minutes: 5,
		gentle: true,
		stopRules: ['Stop if you feel dizzy, and breathe normally.'],
		cautions: [],
		designChoices: [],
		sourceIds: ['nhs-breathing', 'nhs-back-pain'],
		picture: {
			title:
				'Lying on the back with a pillow under the knees, a hand resting on the belly as it rises.',
			head: [20, 78],
			body: [
				lyingTorso,
				[
					[80, 82],
					[104, 70],
					[134, 84]
				],
				[
					[40, 80],
					[52, 70],
					[60, 74]
				]
			],
			moving: [
				[44, 80],
				[58, 76],
				[72, 80]
			],
			arrow: { from: [58, 72], to: [58, 60] },
			props: [
				[
					[94, 84],
					[104, 76],
					[114, 84]
				]
			],
			floorY: FLOOR
		}
	},
	'muscle-relaxation': {
		id: 'muscle-relaxation',
		measure: 'rest',
		name: 'Progressive muscle relaxation',
		position: 'lying',
		steps: [
			'Lie or sit comfortably and breathe slowly.',
			'Gently tense one muscle group, such as your hands, for about 5 seconds.',
			'Let it go and relax for 10 to 20 seconds, noticing the difference.',
			'Move through your body group by group. Skip the painful buttock and leg, or only imagine tensing them.'
		],
		holdSeconds: 5,
		secondsPerRep: 25,
		reps: { start: 1, max: 1, progresses: false },
		sides: 'none',
		maxSessionsPerDay: 2,
		minutes: 10,
		gentle: true,
		stopRules: ['Never tense the painful buttock or leg hard.'],
		cautions: [],
		designChoices: ['10 minutes for one pass through the body.'],
		sourceIds: ['hprc', 'healthwise', 'acp-2017'],
		picture: {
			title:
				'Lying on the back with legs straight, one hand making a gentle fist and then letting go.',
			head: [20, 78],
			body: [
				lyingTorso,
				[
					[80, 82],
					[140, 84]
				]
			],
			moving: [
				[40, 80],
				[56, 68],
				[70, 66]
			],
			arrow: { from: [74, 58], to: [74, 72] },
			floorY: FLOOR
		}
	}
};
