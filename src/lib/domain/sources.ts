/** A published source a care fact rests on. Shown on the About/Sources screen. */
export interface Source {
	/** Stable id that content items cite. */
	readonly id: string;
	/** Who published it, and what. */
	readonly title: string;
	/** What it is cited for, in a few words. */
	readonly citedFor: string;
	/** Where to find it, as care-content.md section 9 has it; absent where no address was found. */
	readonly url?: string;
	/** A journal paper's DOI (without https://doi.org/). */
	readonly doi?: string;
	/** When it was published, reviewed or last modified, in words. */
	readonly date?: string;
}

/** The address a person can open for a source: its page, else its DOI. */
export function sourceLink(source: Source): string | null {
	if (source.url) return source.url;
	return source.doi ? `https://doi.org/${source.doi}` : null;
}

/** A section of the care-content reference, with the sources it rests on. */
export interface SourceSection {
	readonly number: number;
	readonly heading: string;
	readonly sourceIds: readonly string[];
}

/** Ids cited anywhere that are missing from the sources list: must be empty. */
export function missingSourceIds(citedIds: Iterable<string>, sources: readonly Source[]): string[] {
	const known = new Set(sources.map((s) => s.id));
	return [...new Set(citedIds)].filter((id) => !known.has(id)).sort();
}
