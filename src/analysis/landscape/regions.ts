/** The regions a landscape is drawn for (regional-landscape.ts): a module of its own, so the CLI's option help lists them without loading the data layer. */
export const LANDSCAPE_REGIONS = ['europe', 'asia'] as const;
export type LandscapeRegion = (typeof LANDSCAPE_REGIONS)[number];
