/**
 * ATOP's obligation types as bit flags: how the panel packs a dyad's obligations and how the
 * analytics name the ties they count. A module of its own, so option help and rules that name
 * a flag do not load the data layer.
 */
export const TIE_BITS = { defense: 1, offense: 2, neutral: 4, nonagg: 8, consul: 16 } as const;
export type TieType = keyof typeof TIE_BITS;
