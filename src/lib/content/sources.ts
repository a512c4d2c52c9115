import type { Source, SourceSection } from '$lib/domain/sources';

/** Every source named in shared/care-content.md. Ids are cited by measures and exercises. */
export const SOURCES: readonly Source[] = [
	{
		id: 'seed-article',
		title:
			'Team PainAssist, “What is Deep Gluteal Syndrome & How is it Treated?”, ePainAssist (epainassist.com)',
		citedFor:
			'the home-care measures, the symptoms, when to see a doctor and the doctor’s questions (the article the app is built on)',
		date: 'last modified 20 October 2020'
	},
	{
		id: 'nhs-sprains',
		title: 'NHS: Sprains and strains',
		citedFor: 'cold compress length, frequency and barrier',
		url: 'https://www.nhs.uk/conditions/sprains-and-strains/'
	},
	{
		id: 'spine-health',
		title: 'Spine-health: sciatica treatment and piriformis stretches',
		citedFor: 'cold and heat timing; figure-4 and knee to opposite shoulder stretches',
		url: 'https://www.spine-health.com/conditions/sciatica/sciatica-first-aid'
	},
	{
		id: 'cleveland-clinic',
		title: 'Cleveland Clinic: cold and heat therapy',
		citedFor: 'ice for at most 20 minutes; a barrier between skin and pack',
		url: 'https://health.clevelandclinic.org/how-long-to-ice-an-injury',
		date: '18 December 2024'
	},
	{
		id: 'mayo-sciatica',
		title: 'Mayo Clinic: Sciatica, diagnosis and treatment',
		citedFor: 'cold in the first days of a flare, heat after',
		url: 'https://www.mayoclinic.org/diseases-conditions/sciatica/diagnosis-treatment/drc-20377441'
	},
	{
		id: 'nhs-sciatica',
		title: 'NHS: Sciatica',
		citedFor:
			'heat packs; no hot water bottle on numb skin; red flags; avoiding long spells lying or sitting'
	},
	{
		id: 'sirona',
		title: 'Sirona care & health: The Use of Heat and Cold (leaflet)',
		citedFor: 'pink skin is normal, bright red or mottled is not; no cold or heat on numb skin'
	},
	{
		id: 'ncaft-soft-tissue',
		title:
			'Northern Care Alliance NHS Foundation Trust: soft tissue injury leaflet (emergency department)',
		citedFor:
			'ice for about 15 minutes every 2-3 hours; check the skin after 5 minutes for ice burn'
	},
	{
		id: 'blackpool-ice',
		title: 'Blackpool Teaching Hospitals NHS Foundation Trust: ice leaflet PL774',
		citedFor: 'the pink colour of the skin returns to normal after ice'
	},
	{
		id: 'mpft-cold',
		title: 'Midlands Partnership University NHS Foundation Trust: Safe use of cold treatment',
		citedFor:
			'cold for 10-15 minutes, never over 20, every 2-3 hours once the skin temperature is back to normal; take advice first on numb areas'
	},
	{
		id: 'nhs-frostbite',
		title: 'NHS: Frostbite (read in NHS-syndicated copies)',
		citedFor: 'signs of cold injury to the skin, and that it needs hospital care'
	},
	{
		id: 'nhs-burns',
		title: 'NHS: Burns and scalds (read via NHS inform and NHS Greater Glasgow and Clyde pages)',
		citedFor:
			'cooling a burn for 20 minutes, cling film, and which burns need an emergency department'
	},
	{
		id: 'aneurin-bevan-heat',
		title: 'Aneurin Bevan University Health Board: Move Better Gwent, Using heat',
		citedFor: 'check the skin after 5 minutes for redness, blisters or burning'
	},
	{
		id: 'barankin-erythema-ab-igne',
		title: 'Barankin: erythema ab igne, a case report (Patient Care Online)',
		citedFor:
			'erythema ab igne, the lacy red-brown patch from repeated heat (not confirmed from a patient-information page)'
	},
	{
		id: 'hospitalist-erythema-ab-igne',
		title: 'The Hospitalist: erythema ab igne, a clinical review',
		citedFor:
			'erythema ab igne: stop the heat on that area, and it can take months to fade (not confirmed from a patient-information page)',
		date: '2023'
	},
	{
		id: 'mu-health',
		title: 'University of Missouri Health Care (via HealthDay): heating pad safety',
		citedFor: 'heat session length and setting',
		url: 'https://abcnews.go.com/Health/Healthday/story?id=4506435'
	},
	{
		id: 'fda-cpsc-1995',
		title: 'FDA / US Consumer Product Safety Commission: heating pad advisory, 1995',
		citedFor: 'never sleep on a heating pad',
		url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/PublicHealthNotifications/ucm242866.htm',
		date: '12 December 1995 (archived)'
	},
	{
		id: 'cochrane-french-2006',
		title: 'French et al., Superficial heat or cold for low back pain, Cochrane Review 2006',
		citedFor: 'evidence for heat wraps and cold',
		doi: '10.1097/01.brs.0000214881.10814.64',
		date: '2006 (Cochrane CD004750; journal version, Spine 2006;31(9):998-1006)'
	},
	{
		id: 'acp-2017',
		title:
			'American College of Physicians: Noninvasive treatments for low back pain, guideline 2017',
		citedFor: 'heat, relaxation and exercise as options',
		doi: '10.7326/M16-2367',
		date: '2017 (Ann Intern Med 2017;166(7):514-530)'
	},
	{
		id: 'physio-texts',
		title: 'Physiotherapy reference texts and compress device labels',
		citedFor: 'the safety screening before cold or heat'
	},
	{
		id: 'nhs-exercises-sciatica',
		title: 'NHS / BackCare: Exercises for sciatica',
		citedFor: 'stretch holds, repetitions and progression; knee to chest'
	},
	{
		id: 'nhs-inform-back',
		title: 'NHS inform: Back pain and exercises for lower back pain',
		citedFor: 'starting and progressing exercises; pelvic tilt'
	},
	{
		id: 'nhs-lower-back-exercises',
		title: 'NHS: Exercises for lower back pain',
		citedFor: 'pelvic tilt'
	},
	{
		id: 'nice-ng59',
		title: 'NICE guideline NG59: Low back pain and sciatica in over 16s',
		citedFor: 'staying active, walking and exercise; what not to use',
		url: 'https://www.nice.org.uk/guidance/ng59',
		date: 'published 30 November 2016'
	},
	{
		id: 'sports-health',
		title: 'Sports-health: piriformis stretches and when to stop',
		citedFor: 'figure-4 stretch; stop rules'
	},
	{
		id: 'eskenazi',
		title: 'Eskenazi Health: seated piriformis stretch',
		citedFor: 'seated piriformis stretch',
		url: 'https://eskenazihealth.edu/news/exercise-of-the-month-piriformis-stretch-for-sciatica'
	},
	{
		id: 'peak-physio',
		title: 'Peak Physio: sciatic nerve glides',
		citedFor: 'the nerve glide: only to a light tension, repeated 10 times, and its stop rules',
		url: 'https://peak-physio.com.au/exercises/mobility-sciatic-nerve-slider/'
	},
	{
		id: 'mcgill-liebenson-flossing',
		title:
			'McGill / Liebenson: nerve flossing handout (reproduced from Liebenson, J Bodyw Mov Ther 2006; exact article title not confirmed)',
		citedFor: 'about 5 seconds for each round of the nerve glide; less range if symptoms come on'
	},
	{
		id: 'ellis-2012',
		title: 'Ellis, Hing and McNair, JOSPT 2012;42:667-675: sciatic nerve excursion',
		citedFor: 'the seated nerve glide (knee straightening with the head tipped back)'
	},
	{
		id: 'practice-sources',
		title: 'Physiotherapy practice sources (not a guideline)',
		citedFor: 'hamstring stretch; stepping back when symptoms spread down the leg'
	},
	{
		id: 'cuh-nhs',
		title: 'Cambridge University Hospitals NHS Foundation Trust: exercise sheet',
		citedFor: 'glute bridge',
		url: 'https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/'
	},
	{
		id: 'martin-2011',
		title: 'Martin et al., Arthroscopy 2011 (endoscopic sciatic nerve decompression)',
		citedFor: 'trouble sitting longer than about 30 minutes; “sit pain” as an outcome',
		date: '2011 (Arthroscopy 2011;27(2):172-181)'
	},
	{
		id: 'uk-cmo',
		title: 'UK Chief Medical Officers’ physical activity guidelines',
		citedFor: 'breaking up long periods of sitting',
		url: 'https://www.gov.uk/government/collections/physical-activity-guidelines',
		date: '7 September 2019'
	},
	{
		id: 'anses-2025',
		title: 'ANSES (France), 2025: sedentary behaviour advice',
		citedFor: '3-5 minutes of walking every 30 minutes of sitting',
		date: 'opinion of 28 August 2025, published 8 October 2025'
	},
	{
		id: 'cochrane-dahm-2010',
		title: 'Dahm et al., Advice to rest in bed versus advice to stay active, Cochrane Review 2010',
		citedFor: 'bed rest is no better than staying active',
		doi: '10.1002/14651858.CD007612.pub2',
		date: '2010'
	},
	{
		id: 'nhs-back-pain',
		title: 'NHS: Back pain',
		citedFor: 'lying positions; red flags; when to get help'
	},
	{
		id: 'nhs-breathing',
		title: 'NHS: Breathing exercises for stress',
		citedFor: 'belly breathing'
	},
	{
		id: 'hprc',
		title: 'Human Performance Resources by CHAMP (HPRC): progressive muscle relaxation',
		citedFor: 'progressive muscle relaxation',
		url: 'https://www.hprc-online.org/mental-fitness/sleep-stress/what-progressive-muscle-relaxation'
	},
	{
		id: 'healthwise',
		title: 'Healthwise: progressive muscle relaxation',
		citedFor: 'progressive muscle relaxation',
		url: 'https://www.cham.org/HealthwiseArticle.aspx?id=uz2225'
	},
	{ id: 'nhs-weight-loss', title: 'NHS weight loss plan', citedFor: 'a safe rate of weight loss' },
	{
		id: 'nice-obesity',
		title: 'NICE: obesity identification, assessment and management (including BMI thresholds)',
		citedFor: 'safe rate of loss; who checks with a doctor first; BMI bands'
	},
	{
		id: 'nice-ph53',
		title: 'NICE PH53 (2014): weight management lifestyle services for adults',
		citedFor: 'benefits of 3% and 5% weight loss',
		url: 'https://www.nice.org.uk/guidance/ph53',
		date: '28 May 2014'
	},
	{
		id: 'shiri-2014',
		title: 'Shiri et al., Am J Epidemiol 2014: obesity and sciatica',
		citedFor: 'the link between overweight and sciatica',
		doi: '10.1093/aje/kwu007'
	},
	{
		id: 'rubino-2020',
		title: 'Rubino et al., Nature Medicine 2020: joint consensus on ending weight stigma',
		citedFor: 'person-first, no-blame wording',
		doi: '10.1038/s41591-020-0803-x'
	},
	{
		id: 'beat',
		title: 'Beat (UK eating disorder charity)',
		citedFor: 'wording and care around weight goals'
	},
	{
		id: 'provide-pain-traffic-light',
		title: 'Provide physiotherapy: Pain traffic light',
		citedFor:
			'how much pain during exercise is acceptable; pain that does not settle within 24 hours',
		url: 'https://providephysiotherapy.org.uk/pain-traffic-light/'
	},
	{
		id: 'nhs-inform-sciatica',
		title: 'NHS inform: Sciatica',
		citedFor: 'what sciatica-type pain is; nerves usually recover'
	},
	{
		id: 'nice-qs155',
		title:
			'NICE QS155: Low back pain and sciatica in over 16s, quality statement 3 (self-management)',
		citedFor: 'reassuring advice: the condition is usually benign; return to normal activities',
		url: 'https://www.nice.org.uk/guidance/QS155/chapter/quality-statement-3-self-management',
		date: 'July 2017'
	},
	{
		id: 'cks-sciatica',
		title: 'NICE Clinical Knowledge Summaries (archived): Sciatica',
		citedFor: 'serious causes are not common; judging how urgent a warning sign is'
	},
	{
		id: 'uhmb-back-pain',
		title: 'University Hospitals of Morecambe Bay NHS Foundation Trust: Back pain (MSK)',
		citedFor: 'some pain during recovery does not mean harm'
	},
	{
		id: 'wye-valley-pacing',
		title: 'Wye Valley NHS Trust pain service: Exercise and pacing',
		citedFor: 'pacing activity'
	},
	{
		id: 'nielson-2013',
		title:
			'Nielson, Jensen, Karsdorp and Vlaeyen, “Activity pacing in chronic pain”, Clin J Pain 2013;29(5):461-468',
		citedFor: 'little evidence that pacing works',
		doi: '10.1097/AJP.0b013e3182608561'
	},
	{
		id: 'nhs-sit-less',
		title: 'NHS: Why we should sit less',
		citedFor: 'getting up every 30 minutes; breaks of 1-2 minutes',
		url: 'https://www.nhs.uk/live-well/exercise/why-sitting-too-much-is-bad-for-us/'
	},
	{
		id: 'northern-trust',
		title: 'Northern Health and Social Care Trust (Northern Ireland): Low back pain',
		citedFor:
			'warning signs: serious and minor injury, fever, walking and unsteadiness, night pain',
		url: 'https://www.northerntrust.hscni.net/'
	},
	{
		id: 'g-care',
		title: 'NHS Gloucestershire G-care: Red flags for spinal conditions (based on NICE CKS)',
		citedFor: 'warning signs: fracture, infection, weight loss, a change in the back’s shape',
		url: 'https://g-care.glos.nhs.uk/pathway/71/resource/3'
	},
	{
		id: 'scottish-cancer-referral',
		title:
			'Scottish Government: Scottish referral guidelines for suspected cancer, malignant spinal cord compression',
		citedFor: 'new pain after cancer: within 24 hours, or an emergency with leg or bladder signs',
		url: 'https://www.gov.scot/publications/scottish-referral-guidelines-suspected-cancer-quick-reference-guide/pages/13/'
	},
	{
		id: 'nice-ng234',
		title: 'NICE NG234: Spinal metastases and metastatic spinal cord compression',
		citedFor: 'new pain after cancer',
		url: 'https://www.nice.org.uk/guidance/ng234',
		date: '2023'
	},
	{
		id: 'nhs-heart-attack',
		title: 'NHS: Heart attack',
		citedFor: 'chest pain can spread to the back'
	},
	{
		id: 'hse-aortic-dissection',
		title: 'HSE (content supplied by the NHS): Symptoms of aortic dissection',
		citedFor: 'sudden severe chest or upper back pain is an emergency',
		url: 'https://www2.hse.ie/conditions/aortic-dissection/symptoms-of-aortic-dissection/',
		date: 'reviewed 17 February 2022'
	},
	{
		id: 'csp-ces-2024',
		title:
			'Chartered Society of Physiotherapy, Physiotherapy journal: the National Suspected Cauda Equina Syndrome Pathway',
		citedFor:
			'loss of sexual function; suspected cauda equina syndrome needs the emergency department',
		url: 'https://www.csp.org.uk/journal/article/physiotherapy-journal-march-2024/national-suspected-cauda-equina-syndrome-pathway',
		date: 'March 2024'
	},
	{
		id: 'ces-warning-card',
		title: 'A GP practice’s cauda equina syndrome warning card',
		citedFor: 'changed feeling when wiping after the toilet',
		url: 'https://surgerywebtemp.org.uk/a83011',
		date: 'February 2026'
	},
	{
		id: 'nhs-lothian-refhelp',
		title: 'NHS Lothian RefHelp: back pain referral guidance',
		citedFor: 'warning signs of cauda equina syndrome and of a weakening leg',
		url: 'https://apps.nhslothian.scot/refhelp/guidelines/musculoskeletalphysiotherapy/lumbarspine/serious-lumbar-spine-conditions-red-flags',
		date: 'modified 13 June 2025'
	},
	{
		id: 'martin-2015',
		title:
			'Martin, Reddy, Gomez-Hoyos, “Deep gluteal syndrome”, J Hip Preserv Surg 2015;2(2):99-107',
		citedFor: 'clinical background'
	},
	{
		id: 'hernando-2015',
		title:
			'Hernando et al., “Deep gluteal syndrome: anatomy, imaging, and management of sciatic nerve entrapments in the subgluteal space”, Skeletal Radiol 2015;44(7):919-934',
		citedFor: 'clinical background',
		doi: '10.1007/s00256-015-2124-6'
	},
	{
		id: 'park-2020',
		title: 'Park et al., Bone Joint J 2020;102-B(5):556-567',
		citedFor: 'conservative care first'
	},
	{
		id: 'jbmt-2023',
		title:
			'Hopayian et al., “A systematic review of conservative and surgical treatments for deep gluteal syndrome”, J Bodyw Mov Ther 2023;36:244-250',
		citedFor:
			'low-quality evidence: its conservative trials were injections, and surgery may have a place; so the app follows general sciatica guidance, with physiotherapy first-line',
		doi: '10.1016/j.jbmt.2022.12.003'
	}
];

/** The sections of the care-content reference, in order, with the sources each rests on. */
export const SOURCE_SECTIONS: readonly SourceSection[] = [
	{
		number: 1,
		heading: 'Cold and warm compress',
		sourceIds: [
			'sirona',
			'ncaft-soft-tissue',
			'blackpool-ice',
			'mpft-cold',
			'nhs-frostbite',
			'nhs-burns',
			'nhs-sprains',
			'spine-health',
			'cleveland-clinic',
			'mayo-sciatica',
			'nhs-sciatica',
			'mu-health',
			'fda-cpsc-1995',
			'cochrane-french-2006',
			'acp-2017',
			'physio-texts',
			'aneurin-bevan-heat',
			'barankin-erythema-ab-igne',
			'hospitalist-erythema-ab-igne'
		]
	},
	{
		number: 2,
		heading: 'Gentle stretching and mild exercise',
		sourceIds: [
			'provide-pain-traffic-light',
			'nhs-exercises-sciatica',
			'nhs-inform-back',
			'nhs-lower-back-exercises',
			'nice-ng59',
			'spine-health',
			'sports-health',
			'eskenazi',
			'peak-physio',
			'mcgill-liebenson-flossing',
			'ellis-2012',
			'practice-sources',
			'cuh-nhs'
		]
	},
	{
		number: 3,
		heading: 'Rest, relaxation and sitting',
		sourceIds: [
			'martin-2011',
			'nhs-sit-less',
			'uk-cmo',
			'anses-2025',
			'cochrane-dahm-2010',
			'nhs-sciatica',
			'nhs-back-pain',
			'nhs-breathing',
			'hprc',
			'healthwise',
			'acp-2017'
		]
	},
	{
		number: 4,
		heading: 'Weight management (optional)',
		sourceIds: ['nhs-weight-loss', 'nice-obesity', 'nice-ph53', 'shiri-2014', 'rubino-2020', 'beat']
	},
	{
		number: 5,
		heading: 'Warning signs and when to see a doctor',
		sourceIds: [
			'nhs-sciatica',
			'nhs-back-pain',
			'nhs-lothian-refhelp',
			'ces-warning-card',
			'csp-ces-2024',
			'northern-trust',
			'g-care',
			'scottish-cancer-referral',
			'nice-ng234',
			'nhs-heart-attack',
			'hse-aortic-dissection',
			'seed-article'
		]
	},
	{ number: 6, heading: 'The doctor’s questions', sourceIds: ['seed-article'] },
	{
		number: 7,
		heading: 'Clinical background',
		sourceIds: ['martin-2015', 'hernando-2015', 'park-2020', 'jbmt-2023', 'nice-ng59']
	},
	{
		number: 8,
		heading: 'About your pain',
		sourceIds: [
			'nhs-inform-sciatica',
			'nhs-sciatica',
			'nice-qs155',
			'cks-sciatica',
			'nice-ng59',
			'cochrane-dahm-2010',
			'uhmb-back-pain',
			'nhs-exercises-sciatica',
			'wye-valley-pacing',
			'nielson-2013',
			'nhs-sit-less',
			'nhs-back-pain'
		]
	}
];

const SOURCE_BY_ID = new Map(SOURCES.map((source) => [source.id, source]));

/** The sources behind these ids, in order (an unknown id is left out; a content test forbids one). */
export function sourcesFor(ids: readonly string[]): Source[] {
	return ids.flatMap((id) => SOURCE_BY_ID.get(id) ?? []);
}
