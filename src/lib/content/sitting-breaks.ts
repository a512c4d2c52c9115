/** What to do in a 1-2 minute sitting break (care-content.md section 3; UK CMOs; ANSES; Eskenazi). */
export const SITTING_BREAK_SUGGESTIONS = [
	'Stand up and walk for 1 to 2 minutes.',
	'Do the seated piriformis stretch.',
	'Change position: shift your weight, or stand for a while.'
] as const;
