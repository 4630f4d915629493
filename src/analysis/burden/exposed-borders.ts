/**
 * "Exposed borders", the third variable Ballast partials out of the burden-sharing correlation:
 * a state is exposed in a year if it shares a land border with Russia or Belarus (with the
 * Soviet Union while it existed, i.e. in 1990: a year is its 31 December, and the USSR was
 * dissolved on 26 December 1991).
 *
 * Coded by hand from the land-boundary entries for Russia and Belarus in the CIA World
 * Factbook, and for the USSR from the Factbook 1990; they match Correlates of War Direct
 * Contiguity v3.2 (Stinnett, Tir, Schafer, Diehl & Gochman 2002), type 1 (land). Kaliningrad
 * makes Poland and Lithuania neighbours of Russia. Assumption: sea borders (Turkey across the
 * Black Sea after 1991) and the Arctic do not count; Sandler & Murdoch (2000) used exposure
 * as a concept, not this list.
 */

interface Border {
  readonly iso3: string;
  readonly neighbour: 'USSR' | 'RUS' | 'BLR';
  /** First and last year-end at which the border exists (null: still). */
  readonly from: number;
  readonly until: number | null;
}

const USSR_UNTIL = 1990;
const POST_SOVIET_FROM = 1991;

/** States sharing a land border with the USSR (1990) and with Russia or Belarus (1991 on), among the states Ballast follows. */
export const EXPOSED_BORDERS: readonly Border[] = [
  ...['NOR', 'FIN', 'POL', 'HUN', 'ROU', 'TUR', 'IRN', 'CHN', 'PRK'].map((iso3) => ({ iso3, neighbour: 'USSR' as const, from: 1945, until: USSR_UNTIL })),
  ...['NOR', 'FIN', 'EST', 'LVA', 'LTU', 'POL', 'BLR', 'UKR', 'GEO', 'CHN', 'PRK'].map((iso3) => ({ iso3, neighbour: 'RUS' as const, from: POST_SOVIET_FROM, until: null })),
  ...['POL', 'LTU', 'LVA', 'UKR', 'RUS'].map((iso3) => ({ iso3, neighbour: 'BLR' as const, from: POST_SOVIET_FROM, until: null })),
];

/** True if `iso3` shares a land border with Russia or Belarus (the USSR in 1990) at the end of `year`. */
export function hasExposedBorder(iso3: string, year: number): boolean {
  return EXPOSED_BORDERS.some((b) => b.iso3 === iso3 && year >= b.from && (b.until === null || year <= b.until));
}
