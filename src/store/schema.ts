/**
 * The store's tables, as kysely types. One schema for SQLite and PostgreSQL: text for ids,
 * JSON and timestamps (ISO 8601), integers for counts, bigint for seeds.
 */
import type { ColumnType, Generated } from 'kysely';

/** A size column: read as a number (or a bigint's string on PostgreSQL), optional on insert (default 0). */
type Bytes = ColumnType<number | string, number | undefined, number>;

export interface RunsTable {
  id: string;
  hash: string;
  status: string;
  scenario_name: string | null;
  title: string;
  scenario_text: string;
  scenario_json: string;
  runs: number;
  seed: number | string;
  data_version: string;
  model_version: string;
  progress_done: number;
  progress_total: number;
  cached: number;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ResultsTable {
  hash: string;
  run_id: string;
  result_json: string;
  /** Characters of result_json (retention sums them). */
  bytes: Bytes;
  created_at: string;
}

export interface ScenariosTable {
  name: string;
  text: string;
  hash: string;
  shipped: number;
  updated_at: string;
}

export interface ComparesTable {
  hash: string;
  result_json: string;
  bytes: Bytes;
  created_at: string;
}

export interface Database {
  runs: RunsTable;
  results: ResultsTable;
  scenarios: ScenariosTable;
  compares: ComparesTable;
  /** Kysely's own migration bookkeeping lives in kysely_migration. */
  _unused?: { id: Generated<number> };
}
