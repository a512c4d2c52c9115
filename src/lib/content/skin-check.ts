import type { SkinCheck } from '$lib/domain/care';

// After cold or heat: what to look for on the skin and what to do (care-content.md section 1a).
// The compress timer shows the rows for its kind of compress when the time is up.

export const SKIN_CHECKS: readonly SkinCheck[] = [
	{
		kinds: ['cold-compress', 'warm-compress'],
		lookFor:
			'Pink skin is normal. Bright red or blotchy (mottled) skin, blisters or a burning feeling are not.',
		action: 'If you see those, take the pack off at once.',
		sourceIds: ['sirona', 'ncaft-soft-tissue']
	},
	{
		kinds: ['cold-compress', 'warm-compress'],
		lookFor:
			'Before the next session, the pink should have faded back to your normal colour and warmth.',
		action:
			'Wait until your skin looks and feels normal. If it does not go back to normal, stop using cold or heat there and ask a pharmacist or your doctor.',
		sourceIds: ['blackpool-ice', 'mpft-cold']
	},
	{
		kinds: ['cold-compress'],
		lookFor:
			'Skin that stays numb, looks white, grey-yellow or blue, feels hard or waxy, or blisters: a cold injury.',
		action:
			'Stop. Warm the skin gently with warm, not hot, water; do not rub it, and do not use a hot water bottle or heater. Get medical help the same day.',
		sourceIds: ['nhs-frostbite']
	},
	{
		kinds: ['cold-compress'],
		lookFor: 'Numbness that stays after the cold, on a leg that was not numb before.',
		action:
			'Treat it as a new nerve symptom: no more cold on that area, and answer the warning-sign questions in your daily check-in.',
		designChoice: 'Treating lasting numbness after cold as a new nerve symptom.',
		sourceIds: ['mpft-cold', 'sirona']
	},
	{
		kinds: ['warm-compress'],
		lookFor: 'Red, blistered, white or charred skin: a burn.',
		action:
			'Cool it under cool or lukewarm running water for 20 minutes (no ice), then cover it with cling film. Go to A&E for white or charred skin, a burn bigger than your hand, or if you have diabetes or a weak immune system. A blistered burn on the buttock: get seen today.',
		designChoice: 'Get seen the same day for a blistered burn on the buttock.',
		sourceIds: ['nhs-burns']
	}
];
