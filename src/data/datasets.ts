/**
 * The curated files under data/: one per source, each with its columns. The build script
 * writes them, the importers merge into them, and the loader reads them; this table is the
 * single description all three share.
 */

export const DATASETS = {
  states: {
    file: 'states.csv',
    key: ['iso3'],
    columns: ['iso3', 'iso_numeric', 'cow', 'name', 'region', 'theatre', 'groups', 'from', 'until',
      'capital', 'capital_lat', 'capital_lng', 'note'],
  },
  codes: {
    file: 'codes.csv',
    key: ['name'],
    columns: ['name', 'iso3', 'iso_numeric', 'cow'],
  },
  sipri: {
    file: 'sipri.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'milex_usd_current_m', 'milex_pct_gdp', 'flag', 'vintage'],
  },
  nato: {
    file: 'nato.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'milex_usd_current_m', 'milex_pct_gdp', 'milex_usd_const_m', 'gdp_usd_const_bn',
      'personnel', 'equipment_pct', 'estimate', 'vintage'],
  },
  capabilities: {
    file: 'capabilities.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'cow', 'milex_k_usd', 'milper_k', 'irst_kt', 'pec_kt', 'tpop_k', 'upop_k', 'cinc'],
  },
  troops: {
    file: 'troops.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'troops_ad', 'army_ad', 'navy_ad', 'air_force_ad', 'marine_corps_ad', 'vintage'],
  },
  unga: {
    file: 'unga.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'session', 'cow', 'ideal_point', 'n_votes', 'agree_usa', 'agree_rus', 'agree_chn'],
  },
  atopMembers: {
    file: 'atop_members.csv',
    key: ['atopid', 'cow', 'entry', 'phase'],
    columns: ['atopid', 'phase', 'cow', 'iso3', 'entry', 'exit', 'defense', 'offense', 'neutral', 'nonagg', 'consul', 'bilat'],
  },
  atopDyads: {
    file: 'atop_dyads.csv',
    key: ['iso3_a', 'iso3_b', 'year'],
    columns: ['iso3_a', 'iso3_b', 'year', 'defense', 'offense', 'neutral', 'nonagg', 'consul'],
  },
  distances: {
    file: 'distances.csv',
    key: ['iso3_a', 'iso3_b'],
    columns: ['iso3_a', 'iso3_b', 'km', 'method'],
  },
  bases: {
    file: 'bases.csv',
    key: ['iso3'],
    columns: ['iso3', 'bases', 'lilypads', 'funded_sites'],
  },
  politics: {
    file: 'politics.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'gov_anti_west', 'gov_seat_coverage', 'gov_cabinet', 'gov_parties', 'gov_source',
      'gov_populism', 'gov_antiplural', 'vparty_election', 'vparty_parties', 'libdem', 'libdem_change_10y',
      'public_rus_share', 'public_rus_wave', 'public_chn_share', 'public_chn_wave'],
  },
  latency: {
    file: 'latency.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'enrichment', 'reprocessing', 'pilot_commercial', 'end_unknown', 'latent', 'carried_from'],
  },
  mindist: {
    file: 'mindist.csv',
    key: ['iso3_a', 'iso3_b', 'year'],
    columns: ['iso3_a', 'iso3_b', 'year', 'km'],
  },
  growth: {
    file: 'growth.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'rgdpna', 'growth_pct'],
  },
  rivalry: {
    file: 'rivalry.csv',
    key: ['iso3', 'rival', 'year'],
    columns: ['iso3', 'rival', 'year', 'mid_ongoing', 'mid_hostlev', 'icb_crises'],
  },
  rivalForce: {
    file: 'rival_force.csv',
    key: ['crisno', 'victim_cow'],
    columns: ['crisno', 'crisis', 'year', 'rival', 'victim_cow', 'victim_iso3', 'victim', 'capital_lat', 'capital_lng', 'violence'],
  },
  proliferationPanel: {
    file: 'proliferation_panel.csv',
    key: ['ccode', 'year'],
    columns: ['iso3', 'ccode', 'year', 'status', 'latent', 'rival_nuclear', 'umbrella', 'cinc', 'libdem', 'energy_pc'],
  },
  dca: {
    file: 'dca.csv',
    key: ['dca_id', 'iso3'],
    columns: ['dca_id', 'iso3', 'partner', 'year', 'eif_year', 'end_year', 'in_force_2010', 'type', 'category'],
  },
  armsImports: {
    file: 'arms_imports.csv',
    key: ['iso3', 'year'],
    columns: ['iso3', 'year', 'tiv_total', 'tiv_usa', 'tiv_rus', 'tiv_chn'],
  },
  surveys: {
    file: 'surveys.csv',
    key: ['measure', 'iso3', 'year'],
    columns: ['measure', 'iso3', 'year', 'pct', 'against_pct', 'survey', 'source_url', 'note'],
  },
} as const;

export type DatasetId = keyof typeof DATASETS;
export const MANIFEST_FILE = 'manifest.json';

/** Where each dataset in data/ came from: the record docs/DATA.md and `ballast world` cite. */
export interface DatasetProvenance {
  readonly id: DatasetId;
  readonly file: string;
  readonly title: string;
  readonly citation: string;
  readonly vintage: string;
  readonly licence: string;
  readonly raw: readonly { readonly file: string; readonly sha256: string }[];
  readonly years: readonly [number, number] | null;
  readonly rows: number;
  readonly imports?: readonly { readonly file: string; readonly sha256: string; readonly vintage: string; readonly years: readonly [number, number]; readonly rows: number }[];
}

export interface Manifest {
  readonly generator: string;
  readonly datasets: Record<DatasetId, DatasetProvenance>;
}
