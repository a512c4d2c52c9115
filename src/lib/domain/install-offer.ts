import { localDateOf, type LocalDate } from './time';

export interface InstallOfferFacts {
	/** When the person created their plan (ISO instant); null before set-up. */
	readonly firstUseAt: string | null;
	readonly today: LocalDate;
	readonly timeZone: string;
	readonly dismissed: boolean;
}

/**
 * The install offer waits until the first day with the app is over (never on the first load or the
 * first day), and never comes back once the person said no.
 */
export function installOfferDue(facts: InstallOfferFacts): boolean {
	if (facts.dismissed || facts.firstUseAt === null || facts.today === '') return false;
	const firstDay = localDateOf(new Date(facts.firstUseAt), facts.timeZone);
	return firstDay < facts.today;
}
