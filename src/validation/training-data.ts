/**
 * Training data that cannot see the future: a copy of the curated data folder with every row
 * after the training year removed. Calibration and the hindcast's World read only this copy, so
 * using later data is impossible, not merely discouraged.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASETS, defaultDataDir, formatCsv, parseCsv, type DatasetId } from '../data/index.js';
import { InputError } from '../engine/errors.js';

/** The yearly datasets (with a `year` column): their rows after the training year are dropped. */
const YEARLY: DatasetId[] = (Object.keys(DATASETS) as DatasetId[]).filter((id) => (DATASETS[id].columns as readonly string[]).includes('year'));

const cache = new Map<string, string>();

/** A data folder holding only what was known by the end of `trainUntil` (cached per process). */
export function trainingDataDir(trainUntil: number, dataDir = defaultDataDir()): string {
  const key = `${dataDir}\u0000${trainUntil}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = mkdtempSync(join(tmpdir(), `ballast-train-${trainUntil}-`));
  cpSync(dataDir, dir, { recursive: true });
  let kept = 0;
  for (const id of YEARLY) {
    const file = join(dir, DATASETS[id].file);
    const parsed = parseCsv(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new InputError(`cannot read ${DATASETS[id].file} to build the training data`);
    const y = parsed.value.header.indexOf('year');
    const rows = parsed.value.rows.filter((r) => Number(r[y]) <= trainUntil);
    kept += rows.length;
    writeFileSync(file, formatCsv(parsed.value.header, rows));
  }
  if (kept === 0) throw new InputError(`no data up to ${trainUntil}: choose a later training year`);
  cache.set(key, dir);
  return dir;
}
