/**
 * Merging a release into a curated dataset, and the vintage each merged row then carries.
 *
 * A release row for a state and year not yet in the dataset is added. One already there is
 * replaced in the columns the release carries (the newer vintage wins); columns it does not
 * carry keep their earlier figures. When a row so keeps a figure from another release, its
 * vintage names the measures that are new: "2025 (share of GDP only)". A later import of the
 * same vintage that carries the rest makes it plain "2025" again.
 */
import type { Row } from '../curated.js';
import { DATASETS } from '../datasets.js';
import type { ImportKind, Release } from './release.js';

/** The measured columns, in words for the vintage; flag and estimate qualify a figure and have none. */
export const MEASURE_WORDS: Readonly<Record<string, string>> = {
  milex_pct_gdp: 'share of GDP', milex_usd_current_m: 'current US$', milex_usd_const_m: 'constant US$',
  gdp_usd_const_bn: 'GDP', personnel: 'personnel', equipment_pct: 'equipment share',
  troops_ad: 'active duty', army_ad: 'army', navy_ad: 'navy', air_force_ad: 'air force', marine_corps_ad: 'marines',
};

const PARTIAL = /^(.*) \((.*) only\)$/;

/** The columns of `old` that hold figures of `vintage` already (from an earlier import of the same release). */
function sameRelease(old: Row, vintage: string, columns: readonly string[]): string[] {
  const text = String(old.vintage ?? '');
  if (text === vintage) return [...columns];
  const m = PARTIAL.exec(text);
  if (!m || m[1] !== vintage) return [];
  const words = m[2]!.split(', ');
  return columns.filter((c) => MEASURE_WORDS[c] !== undefined && words.includes(MEASURE_WORDS[c]!));
}

function rowVintage(row: Row, fresh: ReadonlySet<string>, vintage: string, columns: readonly string[]): string {
  const measured = columns.filter((c) => MEASURE_WORDS[c] !== undefined);
  if (!measured.some((c) => row[c] !== null && !fresh.has(c))) return vintage;
  return `${vintage} (${measured.filter((c) => fresh.has(c)).map((c) => MEASURE_WORDS[c]).join(', ')} only)`;
}

export function mergeRelease(kind: ImportKind, existing: readonly Row[], release: Release, vintage: string): { rows: Row[]; added: number; replaced: number } {
  const columns = DATASETS[kind].columns as readonly string[];
  const byKey = new Map<string, Row>(existing.map((r) => [`${r.iso3}:${r.year}`, { ...r, year: Number(r.year) }]));
  let added = 0, replaced = 0;
  for (const r of release.rows) {
    const key = `${r.iso3}:${r.year}`;
    const old = byKey.get(key);
    const row: Row = old ? { ...old } : Object.fromEntries(columns.map((c) => [c, null]));
    Object.assign(row, { iso3: r.iso3, year: Number(r.year) });
    for (const c of release.carried) row[c] = r[c] ?? null;
    const fresh = new Set([...release.carried, ...(old ? sameRelease(old, vintage, columns) : [])]);
    row.vintage = rowVintage(row, fresh, vintage, columns);
    if (old) replaced++; else added++;
    byKey.set(key, row);
  }
  return { rows: [...byKey.values()], added, replaced };
}
