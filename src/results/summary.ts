/**
 * The readable summary of an ensemble result (what `ballast run` prints): outcome probabilities
 * with intervals, key metrics by year, the allies most likely to hedge or proliferate and why,
 * the most frequent event chains, and the representative runs.
 */
import type { AllyResult, EnsembleResult } from './assemble.js';

const pct = (x: number | null, d = 1) => (x === null ? '–' : `${(x * 100).toFixed(d)}%`);
const num = (x: number | null, d = 2) => (x === null ? '–' : x.toFixed(d));

function table(header: string[], rows: string[][], right: boolean[] = []): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (right[i] ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd();
  return [line(header), line(w.map((x) => '-'.repeat(x))), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

/** Indexes of the December of each year (or the last month). */
export function yearEnds(r: EnsembleResult): { year: string; t: number }[] {
  const out: { year: string; t: number }[] = [];
  r.months.forEach((m, t) => { if (m.endsWith('-12') || t === r.months.length - 1) out.push({ year: m.slice(0, 4), t }); });
  return out;
}

function why(a: AllyResult): string {
  const end = [...a.credibility].reverse().find((c) => c !== null) ?? null;
  const parts = [
    `credibility ${num(a.drivers.credibility_start)} → ${num(end)}`,
    `affinity to its rival ${a.drivers.affinity >= 0 ? '+' : ''}${num(a.drivers.affinity)} (UN votes)`,
    `threat ${num(a.drivers.threat)}`,
    `ballast ${num(a.drivers.ballast)}`,
  ];
  return parts.join(', ');
}

export function formatSummary(r: EnsembleResult): string {
  const out: string[] = [];
  const last = r.months[r.months.length - 1];
  out.push(`${r.scenario.name}`);
  out.push(`${r.runs.toLocaleString('en-US')} runs, seed ${r.seed}, ${r.horizon_months} months from ${r.start}; data ${r.data_version}, model ${r.model_version}, scenario ${r.scenario.hash.slice(0, 12)}`);
  out.push('');
  out.push(`Outcome at the horizon (${last}), by cohesion: the capability-weighted share of allies aligned with the United States`);
  out.push(table(['outcome', 'probability', '95% interval', 'runs'], r.outcomes.map((o) => [o.outcome, pct(o.probability), `${pct(o.lo)} – ${pct(o.hi)}`, String(o.count)]), [false, true, true, true]));
  out.push('');
  out.push('Key metrics by year (December; median and 90% band across runs)');
  const m = r.metrics;
  const cell = (name: string, t: number, d: number) => { const x = m[name]!; return `${num(x.q50[t]!, d)} [${num(x.q05[t]!, d)}–${num(x.q95[t]!, d)}]`; };
  out.push(table(['year', 'cohesion', 'mean credibility', 'allies ≥2% GDP', 'hedging', 'bilateral', 'regional', 'probes', 'nuclear programmes'],
    yearEnds(r).map(({ year, t }) => [year, cell('cohesion', t, 2), cell('mean_credibility', t, 2), cell('allies_at_2pct', t, 0), cell('hedging', t, 0), cell('bilateral', t, 0), cell('regional', t, 0), cell('probes', t, 0), cell('nuclear_programmes', t, 0)])));
  out.push('');
  const byEver = (k: string) => [...r.allies].sort((a, b) => (b.ever[k] ?? 0) - (a.ever[k] ?? 0) || a.iso3.localeCompare(b.iso3));
  out.push('Allies most likely to hedge toward a rival (probability of hedging at some point in the run) and why');
  out.push(table(['ally', 'P(hedging)', 'P(bilateral)', 'P(regional)', 'drivers at the start → credibility at the horizon'],
    byEver('hedging').slice(0, 8).map((a) => [`${a.iso3} ${a.name}`, pct(a.ever.hedging ?? 0), pct(a.ever.bilateral ?? 0), pct(a.ever.regional ?? 0), why(a)]), [false, true, true, true, false]));
  out.push('');
  const nuclear = [...r.allies].sort((a, b) => (b.nuclear.exploring ?? 0) - (a.nuclear.exploring ?? 0) || a.iso3.localeCompare(b.iso3)).filter((a) => (a.nuclear.exploring ?? 0) > 0 && a.drivers.nuclear_start !== 'armed');
  out.push('Allies most likely to proliferate (at the horizon: exploring or further; a programme or further; allies armed at the start left out)');
  out.push(nuclear.length === 0 ? '  none in any run' : table(['ally', 'P(exploring+)', 'P(programme+)', 'P(armed)', 'drivers'],
    nuclear.slice(0, 6).map((a) => [`${a.iso3} ${a.name}`, pct(a.nuclear.exploring ?? 0, 2), pct(a.nuclear.programme ?? 0, 2), pct(a.nuclear.armed ?? 0, 2), why(a)]), [false, true, true, true, false]));
  out.push('');
  out.push('Most frequent event chains (first salient events of a run) leading to each outcome');
  for (const o of r.outcomes) {
    const chains = r.chains[o.outcome] ?? [];
    if (o.count === 0) continue;
    out.push(`  ${o.outcome}:`);
    for (const c of chains.slice(0, 3)) out.push(`    ${pct(c.share)} of these runs: ${c.chain.length ? c.chain.join(' → ') : '(no salient event)'}`);
  }
  out.push('');
  out.push('Representative runs (re-run with `ballast explain` for an ally):');
  for (const rep of r.representative) out.push(`  ${rep.kind.replace('_', ' ')}: run ${rep.run}, cohesion ${num(rep.final_cohesion)} (${rep.outcome}), ${rep.events.length} events`);
  return out.join('\n');
}
