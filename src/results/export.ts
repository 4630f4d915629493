/**
 * Result files for other tools: result.json (everything), CSV tables (outcomes, monthly
 * metrics, allies by month, spending by year, nuclear, event chains, representative runs)
 * and manifest.json (scenario hash, seed, data and model versions, runs, duration, and the
 * sha256 of each file). Result files depend only on (scenario, seed, runs, data, model):
 * the duration and worker count live in the manifest alone.
 */
import type { Headline } from './headline.js';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsv } from '../data/index.js';
import { STANCES } from '../model/stance.js';
import type { EnsembleResult } from './assemble.js';

export function resultFiles(r: EnsembleResult): Record<string, string> {
  const files: Record<string, string> = {};
  files['result.json'] = JSON.stringify(r, null, 1) + '\n';
  files['outcomes.csv'] = formatCsv(['scope', 'outcome', 'count', 'probability', 'lo95', 'hi95'], [
    ...r.outcomes.map((o) => ['system', o.outcome, o.count, o.probability, o.lo, o.hi]),
    ...r.theatres.flatMap((h) => h.outcomes.map((o) => [h.theatre, o.outcome, o.count, o.probability, o.lo, o.hi])),
  ]);
  const mrows: (string | number | null)[][] = [];
  // The mean's intervals (cohesion metrics only; the total one with parameter draws): empty cells elsewhere.
  for (const [name, m] of Object.entries(r.metrics)) r.months.forEach((month, t) => mrows.push([name, month, m.mean[t]!, m.q05[t]!, m.q25[t]!, m.q50[t]!, m.q75[t]!, m.q95[t]!, m.mean_lo?.[t] ?? null, m.mean_hi?.[t] ?? null, m.mean_total_lo?.[t] ?? null, m.mean_total_hi?.[t] ?? null]));
  files['metrics.csv'] = formatCsv(['metric', 'month', 'mean', 'q05', 'q25', 'q50', 'q75', 'q95', 'mean_lo', 'mean_hi', 'mean_total_lo', 'mean_total_hi'], mrows);
  const arows: (string | number | null)[][] = [];
  for (const a of r.allies) r.months.forEach((month, t) => arows.push([a.iso3, month, ...STANCES.map((s) => a.stance[s]![t]!), a.credibility[t]!]));
  files['allies.csv'] = formatCsv(['iso3', 'month', ...STANCES.map((s) => `p_${s}`), 'mean_credibility'], arows);
  files['spending.csv'] = formatCsv(['iso3', 'year', 'mean_pct_gdp', 'q05', 'q50', 'q95'], r.allies.flatMap((a) => a.spending.map((s) => [a.iso3, s.year, s.mean, s.q05, s.q50, s.q95])));
  const others = STANCES.slice(1);
  // A stance the ally's theatre does not offer is an empty cell, not 0.
  files['nuclear.csv'] = formatCsv(['iso3', 'theatre', 'p_exploring', 'p_programme', 'p_armed', ...others.map((k) => `p_ever_${k}`)],
    r.allies.map((a) => [a.iso3, a.drivers.theatre, a.nuclear.exploring ?? 0, a.nuclear.programme ?? 0, a.nuclear.armed ?? 0, ...others.map((k) => a.ever[k] ?? null)]));
  files['chains.csv'] = formatCsv(['outcome', 'rank', 'chain', 'count', 'share'], Object.entries(r.chains).flatMap(([o, cs]) => cs.map((c, i) => [o, i + 1, c.chain.join(' > '), c.count, c.share])));
  files['runs.csv'] = formatCsv(['kind', 'run', 'month', 'event', 'subject', 'detail'], r.representative.flatMap((rep) => rep.events.map((e) => [rep.kind, rep.run, r.months[e.month] ?? e.month, e.kind, e.subject, e.detail])));
  return files;
}

export interface RunManifest {
  scenario: { name: string; hash: string; file: string | null };
  seed: number;
  runs: number;
  data_version: string;
  model_version: string;
  workers: number;
  duration_ms: number;
  created: string;
  files: Record<string, string>;
}

/** Writes one file atomically: a failed write (a full disk) leaves neither a partial file nor its temporary. */
function writeAtomically(dir: string, name: string, content: string): void {
  const tmp = join(dir, `.${name}.tmp-${process.pid}`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, name));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes the result files and manifest.json into dir (created if missing; its parent must exist). */
export function writeResultFiles(dir: string, r: EnsembleResult, meta: { file: string | null; workers: number; durationMs: number; scenarioText?: string; headline?: Headline | null }): RunManifest {
  // Not mkdir -p: Node's recursive mkdir spins forever on a path under /proc (the CLI checks --out first).
  try { mkdirSync(dir); } catch (err) { if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; }
  const files = resultFiles(r);
  if (meta.scenarioText !== undefined) files['scenario.yaml'] = meta.scenarioText;
  // The answer in one sentence against continuity (headline.ts), as the CLI printed it.
  if (meta.headline) files['headline.json'] = JSON.stringify(meta.headline, null, 2) + '\n';
  const hashes: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    writeAtomically(dir, name, content);
    hashes[name] = createHash('sha256').update(content).digest('hex');
  }
  const manifest: RunManifest = {
    scenario: { name: r.scenario.name, hash: r.scenario.hash, file: meta.file }, seed: r.seed, runs: r.runs,
    data_version: r.data_version, model_version: r.model_version, workers: meta.workers, duration_ms: Math.round(meta.durationMs),
    created: new Date().toISOString(), files: hashes,
  };
  writeAtomically(dir, 'manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
