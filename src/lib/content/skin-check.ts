import type { SkinCheck } from '$lib/domain/care';

// After cold or heat: what to look for on the skin and what to do (care-content.md section 1a).
// The compress timer asks about the rows with a `sign` at about 5 minutes of the pack being on
// (a sign answered ends the session with that row's advice), and shows them all when the time is up.

export const SKIN_CHECKS: readonly SkinCheck[] = [
	{
		id: 'red-or-burning',
		kinds: ['cold-compress', 'warm-compress'],
		sign: 'Bright red or blotchy skin, blisters or burning',
		lookFor:
			'Pink skin is normal. Bright red or blotchy (mottled) skin, blisters or a burning feeling are not.',
		action: 'If you see those, take the pack off at once.',
		sourceIds: ['sirona', 'aneurin-bevan-heat', 'ncaft-soft-tissue']
	},
	{
		id: 'fading',
		kinds: ['cold-compress', 'warm-compress'],
		lookFor:
			'Before the next session, the pink should have faded back to your normal colour and warmth.',
		action:
			'Wait until your skin looks and feels normal. If it does not go back to normal, stop using cold or heat there and ask a pharmacist or your doctor.',
		sourceIds: ['blackpool-ice', 'mpft-cold']
	},
	{
		id: 'cold-injury',
		kinds: ['cold-compress'],
		sign: 'White, grey-yellow or blue, hard or waxy, or staying numb',
		lookFor:
			'Skin that stays numb, looks white, grey-yellow or blue, feels hard or waxy, or blisters: a cold injury.',
		action:
			'Stop. Warm the skin gently with warm, not hot, water; do not rub it, and do not use a hot water bottle or heater. Get medical help the same day.',
		sourceIds: ['nhs-frostbite']
	},
	{
		id: 'lasting-numbness',
		kinds: ['cold-compress'],
		lookFor: 'Numbness that stays after the cold, on a leg that was not numb before.',
		action:
			'Treat it as a new nerve symptom: no more cold on that area, and answer the warning-sign questions in your daily check-in.',
		designChoice: 'Treating lasting numbness after cold as a new nerve symptom.',
		sourceIds: ['mpft-cold', 'sirona']
	},
	{
		id: 'burn',
		kinds: ['warm-compress'],
		sign: 'Red, blistered, white or charred skin (a burn)',
		lookFor: 'Red, blistered, white or charred skin: a burn.',
		action:
			'Cool it under cool or lukewarm running water for 20 minutes (no ice), then cover it with cling film. Go to A&E for white or charred skin of any size, a burn bigger than your hand, a blistering burn on the face, hands, arms, feet, legs or genitals, or any burn if you have diabetes or a weak immune system. A blistered burn on the buttock: get seen today.',
		actionOutsideUk:
			'Cool it under cool or lukewarm running water for 20 minutes (no ice), then cover it with cling film. Go to an emergency department for white or charred skin of any size, a burn bigger than your hand, a blistering burn on the face, hands, arms, feet, legs or genitals, or any burn if you have diabetes or a weak immune system. A blistered burn on the buttock: get seen today.',
		designChoice:
			'Get seen the same day for a blistered burn on the buttock (the NHS list of burns that need an emergency department does not name the buttock).',
		sourceIds: ['nhs-burns']
	},
	{
		id: 'erythema-ab-igne',
		kinds: ['warm-compress'],
		sign: 'A lacy, net-like red-brown patch',
		lookFor:
			'A lacy, net-like red-brown mottled patch where you often put heat: erythema ab igne (“hot-water-bottle rash”).',
		action: 'Stop using heat on that area and show it to a GP. It can take months to fade.',
		sourceIds: ['barankin-erythema-ab-igne', 'hospitalist-erythema-ab-igne']
	}
];

/** A row in the person's region: "A&E" is the UK's name for an emergency department. */
export function skinCheckIn(check: SkinCheck, region: string | null | undefined): SkinCheck {
	return region?.toUpperCase() !== 'GB' && check.actionOutsideUk
		? { ...check, action: check.actionOutsideUk }
		: check;
}

/** The rows to ask about while the pack is on, for one kind of compress. */
export function skinSignsFor(measure: SkinCheck['kinds'][number]): SkinCheck[] {
	return SKIN_CHECKS.filter((c) => c.sign !== undefined && c.kinds.includes(measure));
}
