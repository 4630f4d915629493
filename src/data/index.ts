/** The data layer's public API: curated datasets, the World snapshot, importers. */
export { parseCsv, formatCsv, type CsvTable, type CsvIssue } from './csv.js';
export { DATA_ERROR_CODES, DataError, formatIssue, type DataIssue, type DataErrorCode } from './errors.js';
export { DATASETS, type DatasetId, type Manifest, type DatasetProvenance } from './datasets.js';
export { defaultDataDir, readManifest, datasetRows } from './curated.js';
export { loadFacts, type Facts, type RosterState, GROUPS, THEATRES, type Group, type Theatre, ORIENTATION_RIVALS, type OrientationRival, type Orientation, type OrientationEntry, type Alignment, type AlignmentEpisode, ALIGNMENT_DIRECTIONS } from './facts.js';
export { Roster } from './roster.js';
export { buildCurated, writeCurated, haversineKm, RAW_FILES } from './build.js';
export { loadWorld, readWorld, worldYears, FIRST_WORLD_YEAR, type World, type WorldPairs, type WorldOptions, type Result } from './world.js';
export { loadWorldCached, readCachedWorld, defaultCacheDir, type WorldCacheOptions } from './world-cache.js';
export { stateRecordSchema, type StateRecord } from './state-record.js';
export { findState, indexOf, alliesOf } from './lookup.js';
export { TIE_BITS, type TieType, forgetPanel } from './panel.js';
export { importRelease, readXlsx, IMPORT_KINDS, IMPORT_FORMATS, SIPRI_MEASURES, type ImportKind, type ImportOptions, type ImportResult, type ImportSummary, type SipriMeasure, type XlsxSheet, type XlsxCell, type XlsxResult } from './import/index.js';
export { readTable, TableReader } from './table.js';
