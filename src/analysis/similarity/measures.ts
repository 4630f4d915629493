/**
 * What the similarity model offers: its measures (similarity.ts) and the two bases it compares
 * (profiles.ts). A module of its own, so the CLI's option help lists them without loading the
 * data layer.
 */
export type SimilarityMeasure = 'sAbs' | 'sSq' | 'tauB' | 'kappa' | 'pi' | 'kappaSq' | 'piSq';
export const SIMILARITY_MEASURES: readonly SimilarityMeasure[] = ['sAbs', 'sSq', 'tauB', 'kappa', 'pi', 'kappaSq', 'piSq'];

/** alliances: ATOP valued alliance portfolios; un: UN ideal-point distance profiles. */
export type SimilarityBasis = 'alliances' | 'un';
export const SIMILARITY_BASES: readonly SimilarityBasis[] = ['alliances', 'un'];
