/** The importers' public API: adding a newer SIPRI, NATO or troopdata release to data/. */
export { importRelease, type ImportOptions, type ImportSummary, type ImportResult } from './apply.js';
export { IMPORT_KINDS, IMPORT_FORMATS, SIPRI_MEASURES, type ImportKind, type SipriMeasure } from './release.js';
export { readXlsx, type XlsxSheet, type XlsxCell, type XlsxResult } from '../xlsx.js';
