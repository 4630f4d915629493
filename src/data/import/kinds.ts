/** The kinds of release Ballast imports and the SIPRI series it keeps: a module of its own, so `ballast data import --help` lists them without loading the importers. */
export const IMPORT_KINDS = ['sipri', 'nato', 'troops'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The two SIPRI series Ballast keeps: share of GDP and current US$ million. */
export const SIPRI_MEASURES = ['share', 'usd'] as const;
export type SipriMeasure = (typeof SIPRI_MEASURES)[number];
