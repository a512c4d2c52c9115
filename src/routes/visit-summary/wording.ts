import { CARE_MEASURES } from '$lib/content/measures';
import { SKIN_CHECKS } from '$lib/content/skin-check';
import { RED_FLAGS } from '$lib/content/red-flags';
import type { CareMeasureId } from '$lib/domain/measures';
import { daysBetween, type LocalDate } from '$lib/domain/time';
import { INJURY_LABELS } from '$lib/domain/visit-answers';
import { formats } from '$lib/app/formats';
import { dateInWords as inWords, durationInWords } from '$lib/domain/visit-range';
import type { MeasureFigures, VisitSummary } from '$lib/domain/visit-summary';

// The visit summary in words: one answer per question, the same on screen, on paper and in the
// shared text. "Not recorded." wherever no answer was given and the diary holds nothing.

/** The answer when nothing was given or recorded: a sentence of its own, as "No." is. */
export const NOT_RECORDED = 'Not recorded.';
/** The same inside a sentence ("Pain: not recorded."). */
export const NOT_RECORDED_WORDS = 'not recorded';

export const QUESTIONS = {
	start: 'When did the pain start?',
	spread: 'Does it shoot from the buttock to the lower leg?',
	sitting: 'Is it hard to sit down?',
	injury: 'Have you been in an accident, or had a fall, twist or deep wound?',
	exercise: 'Do you exercise daily, and what?',
	family: 'Is there a family history of weak muscles?',
	tried: 'What have you tried, and what helps or makes it worse?'
} as const;

export const DISCLAIMER =
	'Prepared by the patient from their own records in the Deep Gluteal Care app; not a diagnosis. The app gives no medical advice.';

/** A date as the person's locale writes it: "3 November" or "November 3". */
const dateInWords = (date: LocalDate, today: LocalDate) => inWords(date, today, formats.style);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sentence = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));
const quoted = (s: string) => `“${s}”`;
const listed = (items: readonly string[]) =>
	items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export function measureName(id: CareMeasureId): string {
	return CARE_MEASURES[id].title;
}

export function signLabel(id: string): string {
	return RED_FLAGS.find((f) => f.id === id)?.label ?? id;
}

export function startAnswer(s: VisitSummary, today: LocalDate): string {
	const start = s.painStart;
	if (!start) return NOT_RECORDED;
	const since = durationInWords(daysBetween(start.date, today));
	const estimate = start.estimate;
	const about = estimate && `about ${plural(estimate.amount, estimate.unit.slice(0, -1))}`;
	const when = !estimate
		? `${dateInWords(start.date, today)} (${since === 'today' ? 'today' : `${since} ago`})`
		: estimate.answeredOn === today
			? `${sentence(about!)} ago (around ${dateInWords(start.date, today)})`
			: `Around ${dateInWords(start.date, today)} (${about} before ${dateInWords(estimate.answeredOn, today)}, when it was answered)`;
	const onset =
		start.onset === null
			? ''
			: start.onset === 'sudden'
				? '; it started suddenly'
				: '; it came on gradually';
	return `${when}${onset}.`;
}

export function spreadAnswer(s: VisitSummary, today: LocalDate): string {
	const y = s.symptoms;
	if (y.daysRecorded === 0) return NOT_RECORDED;
	const below =
		y.belowKnee === 0
			? `No pain below the knee on the ${plural(y.daysRecorded, 'day')} checked in`
			: `Pain below the knee on ${y.belowKnee} of ${plural(y.daysRecorded, 'day')} checked in (last on ${dateInWords(y.lastBelowKnee!, today)})`;
	const side = y.sides.length ? `; side named: ${listed(y.sides)}` : '';
	return `${below}${side}. Numbness on ${plural(y.numbness, 'day')}, tingling on ${plural(y.tingling, 'day')}.`;
}

export function sittingAnswer(s: VisitSummary): string {
	const t = s.sitting;
	const work =
		s.activity.sittingHoursAtWork === null
			? ''
			: ` Sits about ${plural(s.activity.sittingHoursAtWork, 'hour')} on a working day.`;
	if (t.daysRecorded === 0) return work === '' ? NOT_RECORDED : work.trim();
	const weeks =
		t.firstWeek !== null && t.lastWeek !== null
			? ` First week ${t.firstWeek} minutes on average, last week ${t.lastWeek}.`
			: '';
	return `Usually about ${Math.round(t.typical!)} minutes of sitting before pain forces a change (shortest ${t.shortest}, longest ${t.longest}; ${plural(t.daysRecorded, 'day')} recorded).${weeks}${work}`;
}

/** Sitting tolerance's figures alone, beside its chart. */
export function sittingLine(s: VisitSummary): string {
	const t = s.sitting;
	if (t.daysRecorded === 0) return `Sitting tolerance: ${NOT_RECORDED_WORDS}.`;
	const weeks =
		t.firstWeek !== null && t.lastWeek !== null
			? ` First week ${t.firstWeek} minutes on average, last week ${t.lastWeek}.`
			: '';
	return `Typical ${Math.round(t.typical!)} minutes, shortest ${t.shortest}, longest ${t.longest}, on ${t.daysRecorded} of ${plural(s.days, 'day')}.${weeks}`;
}

export function injuryAnswer(s: VisitSummary): string {
	const { answer, kinds, note } = s.injury;
	if (answer === null) return NOT_RECORDED;
	if (answer === 'no') return 'No.';
	const what = kinds.length ? `: after ${listed(kinds.map((k) => INJURY_LABELS[k]))}` : '';
	return `Yes${what}.${note ? ` ${quoted(note)}` : ''}`;
}

const doneText = (m: MeasureFigures) =>
	`${measureName(m.measure).toLowerCase()} on ${m.daysDone} of ${plural(m.daysPlanned, 'day')} planned`;

export function exerciseAnswer(s: VisitSummary): string {
	const a = s.activity;
	const parts: string[] = [];
	const yesNo = (label: string, v: 'yes' | 'no' | null) => {
		if (v !== null) parts.push(`${label}: ${v}.`);
	};
	yesNo('Sport', a.sport);
	yesNo('Running or stairs', a.runningOrStairs);
	yesNo('Heavy lifting', a.heavyLifting);
	if (a.routine) parts.push(`Routine: ${quoted(a.routine)}.`);
	const active = s.measures.filter((m) => m.measure === 'stretch' || m.measure === 'walk');
	if (active.length) parts.push(`In this period: ${active.map(doneText).join('; ')}.`);
	return parts.length ? parts.join(' ') : NOT_RECORDED;
}

export function familyAnswer(s: VisitSummary): string {
	const { answer, note } = s.family;
	if (answer === null) return NOT_RECORDED;
	if (answer === 'unsure') return 'Not sure.';
	if (answer === 'no') return 'No.';
	return `Yes.${note ? ` ${quoted(note)}` : ''}`;
}

export function triedAnswer(s: VisitSummary): string {
	return `Tried: ${s.tried || NOT_RECORDED_WORDS}. Helps: ${s.helps || NOT_RECORDED_WORDS}. Worse with: ${s.worsens || NOT_RECORDED_WORDS}.`;
}

export function painLine(s: VisitSummary, today: LocalDate): string {
	const p = s.pain;
	if (p.daysRecorded === 0) return `Pain: ${NOT_RECORDED_WORDS}.`;
	const latest = p.latest
		? ` Latest: ${p.latest.value} on ${dateInWords(p.latest.date, today)}.`
		: '';
	return `Best ${p.best}, worst ${p.worst}, average ${p.average} (0-10), on ${p.daysRecorded} of ${plural(s.days, 'day')}.${latest}`;
}

export function symptomsLine(s: VisitSummary): string {
	const y = s.symptoms;
	if (y.daysRecorded === 0) return NOT_RECORDED;
	return `Of ${plural(y.daysRecorded, 'day')} checked in: pain below the knee on ${y.belowKnee}, numbness on ${y.numbness}, tingling on ${y.tingling}, pain worse on coughing, sneezing or straining on ${y.coughSneezeStrain}.${y.sides.length ? ` Side: ${listed(y.sides)}.` : ''}`;
}

export function signLine(sign: VisitSummary['warningSigns'][number], today: LocalDate): string {
	const answered = `${signLabel(sign.id)}: answered yes on ${dateInWords(sign.answeredOn, today)}`;
	const after =
		sign.resolution === null
			? 'not yet assessed'
			: sign.resolution === 'assessed'
				? `assessed (recorded ${dateInWords(sign.resolvedOn!, today)})`
				: sign.resolution === 'withdrawn'
					? 'answer taken back as a mistake'
					: sign.resolution === 'known'
						? `known and assessed${sign.assessedOn ? ` on ${dateInWords(sign.assessedOn, today)}` : ''}; not new or worse, so no alarm`
						: 'note dismissed';
	return `${answered}; ${after}.`;
}

export function measureLine(m: MeasureFigures): string {
	const skips =
		m.skipped === 0
			? ''
			: `; skipped ${plural(m.skipped, 'time')}${
					m.reasons.length
						? ` (${m.reasons.map((r) => (r.times > 1 ? `${quoted(r.reason)} ×${r.times}` : quoted(r.reason))).join(', ')}${m.skippedWithoutReason ? `, ${m.skippedWithoutReason} without a reason` : ''})`
						: ' without a reason'
				}`;
	return `${measureName(m.measure)}: done on ${m.daysDone} of ${plural(m.daysPlanned, 'day')} planned (${m.itemsDone} of ${m.itemsPlanned} times)${skips}.`;
}

/** Section 6a's "cold/heat: sessions used, any skin event": one line each. */
export function coldHeatLines(s: VisitSummary, today: LocalDate): string[] {
	const c = s.coldHeat;
	if (!c) return [];
	const checks =
		c.checksFine + c.signs.length === 0
			? 'No skin check answered during a session.'
			: `Skin checks during sessions: ${c.checksFine} looked fine, ${c.signs.length} showed a sign.`;
	return [
		...c.sessions.map((m) => `${measureName(m.measure)}: ${plural(m.done, 'session')} done.`),
		checks,
		...c.signs.map(
			(e) =>
				`${sentence(dateInWords(e.date, today))}, ${measureName(e.measure).toLowerCase()}: ${
					SKIN_CHECKS.find((row) => row.id === e.answer)?.sign ?? e.answer
				} (the session was ended).`
		)
	];
}

export function flareLine(s: VisitSummary, today: LocalDate): string {
	if (s.flareDays.length === 0) return 'No flare days recorded.';
	return `${sentence(plural(s.flareDays.length, 'flare day'))}: ${listed(s.flareDays.map((d) => dateInWords(d, today)))}.`;
}

export function lowerPainLines(s: VisitSummary): string[] {
	return s.lowerPainDays.map(
		(m) =>
			`${measureName(m.measure)}: done on ${m.lowerPainDaysDone} of ${plural(m.lowerPainDays, 'lower-pain day')}, and on ${m.otherDaysDone} of ${plural(m.otherDays, 'other day')}.`
	);
}

export const ASSOCIATION_NOTE =
	'These went together with lower pain in this period; that does not show that they caused it.';

export function weightLine(s: VisitSummary, today: LocalDate, unit: 'kg' | 'lb'): string | null {
	const w = s.weight;
	if (w === null) return null;
	if (!('first' in w)) return `Weight: ${NOT_RECORDED_WORDS} in this period.`;
	const show = (kg: number) =>
		unit === 'lb' ? `${(kg * 2.2046226218).toFixed(1)} lb` : `${kg.toFixed(1)} kg`;
	const change =
		w.changeKg === 0 ? 'no change' : `${w.changeKg > 0 ? '+' : '−'}${show(Math.abs(w.changeKg))}`;
	return `Weight: ${show(w.first.kg)} on ${dateInWords(w.first.date, today)}, ${show(w.last.kg)} on ${dateInWords(w.last.date, today)} (${change}; ${plural(w.daysRecorded, 'weigh-in')}).`;
}

export function rangeLine(s: VisitSummary, today: LocalDate): string {
	return `${dateInWords(s.range.from, today)} to ${dateInWords(s.range.to, today)} (${plural(s.days, 'day')})`;
}

export function noteLine(note: { date: LocalDate; text: string }, today: LocalDate): string {
	return `${dateInWords(note.date, today)}: ${note.text}`;
}

/** Pain medicine as recorded, one line per medicine line the person wrote, with its days. */
export function medicineLines(s: VisitSummary, today: LocalDate): string[] {
	const byText = new Map<string, { text: string; dates: LocalDate[] }>();
	for (const m of s.medicine) {
		const key = m.text.toLowerCase();
		const seen = byText.get(key);
		if (seen) seen.dates.push(m.date);
		else byText.set(key, { text: m.text, dates: [m.date] });
	}
	return [...byText.values()].map(({ text, dates }) =>
		dates.length === 1
			? `${text}: on ${dateInWords(dates[0]!, today)}.`
			: `${text}: on ${dates.length} days, ${dateInWords(dates[0]!, today)} to ${dateInWords(dates.at(-1)!, today)}.`
	);
}

/** The whole summary as plain text, for sharing into a message or an email. */
export function summaryAsText(
	s: VisitSummary,
	context: { today: LocalDate; appVersion: string; unit: 'kg' | 'lb' }
): string {
	const { today } = context;
	const lines = [
		'Deep gluteal pain: visit summary',
		rangeLine(s, today),
		DISCLAIMER,
		'',
		"THE DOCTOR'S QUESTIONS",
		`${QUESTIONS.start} ${startAnswer(s, today)}`,
		`${QUESTIONS.spread} ${spreadAnswer(s, today)}`,
		`${QUESTIONS.sitting} ${sittingAnswer(s)}`,
		`${QUESTIONS.injury} ${injuryAnswer(s)}`,
		`${QUESTIONS.exercise} ${exerciseAnswer(s)}`,
		`${QUESTIONS.family} ${familyAnswer(s)}`,
		`${QUESTIONS.tried} ${triedAnswer(s)}`,
		'',
		'PAIN',
		painLine(s, today),
		'',
		'SYMPTOMS',
		symptomsLine(s),
		'',
		'WARNING SIGNS',
		...(s.warningSigns.length
			? s.warningSigns.map((w) => signLine(w, today))
			: ['None answered yes in this period.']),
		'',
		'WHAT I DID',
		...(s.measures.length ? s.measures.map(measureLine) : [`Home care: ${NOT_RECORDED_WORDS}.`]),
		flareLine(s, today)
	];
	const coldHeat = coldHeatLines(s, today);
	if (coldHeat.length) lines.push('', 'COLD AND HEAT', ...coldHeat);
	const lower = lowerPainLines(s);
	if (lower.length) lines.push('', 'WENT WITH LOWER-PAIN DAYS', ...lower, ASSOCIATION_NOTE);
	const weight = weightLine(s, today, context.unit);
	if (weight) lines.push('', weight);
	if (s.medicine.length)
		lines.push(
			'',
			'PAIN MEDICINE (AS RECORDED)',
			...s.medicine.map((m) => `${dateInWords(m.date, today)}: ${m.text}`)
		);
	if (s.notes.length) lines.push('', 'NOTES', ...s.notes.map((n) => noteLine(n, today)));
	lines.push('', `Deep Gluteal Care ${context.appVersion}`);
	return lines.join('\n');
}
