/**
 * The readable summary of an ensemble result (what `ballast run` prints): outcome probabilities
 * with intervals for the system and each theatre, key metrics by year, the allies most likely to
 * accommodate a rival or proliferate and why,
 * the most frequent event chains, and the representative runs.
 */
import type { AllyResult, EnsembleResult, OutcomeShare } from './assemble.js';
import type { Headline } from './headline.js';
import { chainInWords } from './words.js';
import { ALLIANCE_THEATRES, STANCES, THEATRE_LABEL, THEATRE_RIVAL, THEATRE_STANCES, type AllianceTheatre } from '../vocabulary.js';

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
    `affinity to ${a.drivers.rival} ${a.drivers.affinity >= 0 ? '+' : ''}${num(a.drivers.affinity)} (UN votes)`,
    `threat ${num(a.drivers.threat)}`,
    `ballast ${num(a.drivers.ballast)}`,
  ];
  return parts.join(', ');
}

function bandCell(r: EnsembleResult, name: string, t: number, d: number): string {
  const x = r.metrics[name]!;
  return `${num(x.q50[t]!, d)} [${num(x.q05[t]!, d)}–${num(x.q95[t]!, d)}]`;
}

/** P(ever in a stance), or '–' where the ally's theatre does not offer it. */
function stancePct(a: AllyResult, k: string): string {
  return k in a.ever ? pct(a.ever[k]!) : '–';
}

/** Text wrapped at `width` columns (words kept whole), each line indented. */
export function wrap(text: string, width = 100, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) { lines.push(indent + line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** The summary, led by the headline when there is one (src/results/headline.ts). */
/**
 * The text summary of a result (the CLI's table format). `name` gives a state's name for the event
 * chains, which name non-allies too (a probed gray zone); by default the result's allies' names,
 * else the code.
 */
export function formatSummary(r: EnsembleResult, h: Headline | null = null, name?: (iso3: string) => string): string {
  const allyNames = new Map(r.allies.map((a) => [a.iso3, a.name]));
  const nameOf = name ?? ((iso3: string) => allyNames.get(iso3) ?? iso3);
  const out: string[] = [];
  const last = r.months[r.months.length - 1];
  out.push(`${r.scenario.name}`);
  const posterior = r.parameters?.mode === 'posterior';
  out.push(`${r.runs.toLocaleString('en-US')} runs, seed ${r.seed}, ${r.horizon_months} months from ${r.start}; data ${r.data_version}, model ${r.model_version}, scenario ${r.scenario.hash.slice(0, 12)}; parameters ${posterior ? `drawn from the posterior (${r.parameters.draws} draws of ${r.parameters.drawn.length} calibrated parameters)` : 'fixed at the calibration'}`);
  out.push('');
  if (h) {
    out.push(wrap(h.sentence));
    if (h.baseline.kind === 'continuity') out.push(wrap(`Baseline: "${h.baseline.name}", the same ${h.baseline.runs.toLocaleString('en-US')} runs and seed (scenario ${h.baseline.hash.slice(0, 12)}).`, 100, '  '));
    if (h.baseline.kind === 'none') out.push(wrap(`(${h.baseline.reason}.)`, 100, '  '));
    out.push(wrap(h.definitions, 100, '  '));
    out.push('');
  }
  const hasTotal = posterior && r.outcomes.some((o) => o.total_lo != null);
  out.push(`Outcome at the horizon (${last}), by cohesion: the share of the allies' military spending the alliance can count on (probability [95% interval]${hasTotal ? ' {95% total interval}' : ''})`);
  if (hasTotal) out.push('  [ ] Monte Carlo: how precisely these runs estimate the probability. { } total: where the probability lies given what the data leave uncertain about the calibrated parameters (docs/VALIDATION.md).');
  const share = (o: OutcomeShare) => `${pct(o.probability)} [${pct(o.lo)}–${pct(o.hi)}]${hasTotal && o.total_lo != null ? ` {${pct(o.total_lo)}–${pct(o.total_hi!)}}` : ''}`;
  out.push(table(['outcome', 'system', ...r.theatres.map((h) => THEATRE_LABEL[h.theatre as AllianceTheatre] ?? h.theatre)],
    r.outcomes.map((o, k) => [o.outcome, share(o), ...r.theatres.map((h) => share(h.outcomes[k]!))]), [false, true, ...r.theatres.map(() => true)]));
  out.push('');
  const end = r.months.length - 1;
  out.push(`Allies in each stance at the horizon (median [90% band] of the plain count; cohesion weights each by its spending and stance)`);
  // Every stance is offered by some theatre: one column each, '–' where a theatre does not offer it.
  out.push(table(['theatre', 'allies', 'cohesion', ...STANCES],
    ALLIANCE_THEATRES.map((h) => {
      const total = THEATRE_STANCES[h].reduce((sum, k) => sum + (r.metrics[`${h}_${k}`]?.mean[end] ?? 0), 0);
      return [THEATRE_LABEL[h], total.toFixed(0), bandCell(r, `cohesion_${h}`, end, 2), ...STANCES.map((k) => (r.metrics[`${h}_${k}`] ? bandCell(r, `${h}_${k}`, end, 0) : '–'))];
    }), [false, ...STANCES.map(() => true), true, true]));
  out.push('');
  out.push('Key metrics by year (December; median and 90% band across runs)');
  const cell = (name: string, t: number, d: number) => bandCell(r, name, t, d);
  out.push(table(['year', 'cohesion', 'Europe', 'Asia-Pacific', 'mean credibility', 'allies ≥2% GDP', 'accommodating', 'probes', 'nuclear programmes'],
    yearEnds(r).map(({ year, t }) => [year, cell('cohesion', t, 2), cell('cohesion_europe', t, 2), cell('cohesion_asia_pacific', t, 2), cell('mean_credibility', t, 2), cell('allies_at_2pct', t, 0), cell('accommodation', t, 0), cell('probes', t, 0), cell('nuclear_programmes', t, 0)])));
  out.push('');
  const meanTotal = r.metrics.cohesion?.mean_total_lo !== undefined;
  out.push(`Mean cohesion by year (December; mean [95% interval]${meanTotal ? ' {95% total interval}' : ''})`);
  const meanCell = (name: string, t: number) => {
    const x = r.metrics[name]!;
    return `${num(x.mean[t]!, 3)} [${num(x.mean_lo?.[t] ?? null, 3)}–${num(x.mean_hi?.[t] ?? null, 3)}]${meanTotal ? ` {${num(x.mean_total_lo?.[t] ?? null, 3)}–${num(x.mean_total_hi?.[t] ?? null, 3)}}` : ''}`;
  };
  out.push(table(['year', 'system', 'Europe', 'Asia-Pacific'], yearEnds(r).map(({ year, t }) => [year, meanCell('cohesion', t), meanCell('cohesion_europe', t), meanCell('cohesion_asia_pacific', t)]), [false, true, true, true]));
  out.push('');
  const byEver = (k: string) => [...r.allies].sort((a, b) => (b.ever[k] ?? 0) - (a.ever[k] ?? 0) || a.iso3.localeCompare(b.iso3));
  out.push(`Allies most likely to accommodate their theatre's rival (${ALLIANCE_THEATRES.map((h) => `${THEATRE_RIVAL[h]} in ${THEATRE_LABEL[h]}`).join(', ')}; probability at some point in the run) and why${r.allies.some((a) => a.ever_total) ? ' {95% total interval}' : ''}`);
  out.push(table(['ally', 'P(accommodation)', 'P(bilateral)', 'P(cover)', 'P(networking)', 'drivers at the start → credibility at the horizon'],
    byEver('accommodation').slice(0, 8).map((a) => [`${a.iso3} ${a.name}`, `${pct(a.ever.accommodation ?? 0)}${a.ever_total?.accommodation ? ` {${pct(a.ever_total.accommodation[0])}–${pct(a.ever_total.accommodation[1])}}` : ''}`, stancePct(a, 'bilateral'), stancePct(a, 'cover'), stancePct(a, 'networking'), why(a)]), [false, true, true, true, true, false]));
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
    for (const c of chains.slice(0, 3)) out.push(wrap(`${pct(c.share)} of these runs: ${chainInWords(c.chain, nameOf)}.`, 100, '    '));
  }
  out.push('');
  out.push('Representative runs (re-run with `ballast explain` for an ally):');
  for (const rep of r.representative) out.push(`  ${rep.kind.replace('_', ' ')}: run ${rep.run}, cohesion ${num(rep.final_cohesion)} (${rep.outcome}), ${rep.events.length} events`);
  return out.join('\n');
}
