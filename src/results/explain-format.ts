/** Text for `ballast compare` and `ballast explain`. */
import { formatCsv } from '../data/index.js';
import type { Comparison, Explanation } from './simulate.js';
import { evidenceInWords } from './words.js';

const sign = (x: number, d: number) => `${x >= 0 ? '+' : ''}${x.toFixed(d)}`;

export function formatComparison(c: Comparison, csv = false): string {
  if (csv) return formatCsv(['field', 'mean_a_minus_b', 'lo95', 'hi95'], c.differences.map((d) => [d.field, d.mean, d.lo, d.hi])).trimEnd();
  const lines = [
    `A: ${c.a.scenario.name}`,
    `B: ${c.b.scenario.name}`,
    `${c.runs.toLocaleString('en-US')} paired runs, seed ${c.seed} (common random numbers: run r of A and of B share their random streams)`,
    '',
    'Outcome probabilities at the horizon',
    ...c.a.outcomes.map((o, k) => {
      const b = c.b.outcomes[k]!, d = c.differences[k]!;
      return `  ${o.outcome.padEnd(12)} A ${(o.probability * 100).toFixed(1).padStart(5)}%   B ${(b.probability * 100).toFixed(1).padStart(5)}%   A−B ${sign(d.mean * 100, 1)} pp [${sign(d.lo * 100, 1)}, ${sign(d.hi * 100, 1)}]`;
    }),
    '',
    'Metrics at the horizon (mean of A − B over paired runs, 95% interval)',
    ...c.differences.slice(4).map((d, _k, all) => `  ${d.field.padEnd(Math.max(...all.map((x) => x.field.length)) + 1)} ${sign(d.mean, 3).padStart(8)}  [${sign(d.lo, 3)}, ${sign(d.hi, 3)}]${d.lo > 0 || d.hi < 0 ? '' : '   (not distinguishable from 0)'}`),
  ];
  return lines.join('\n');
}

/** `name`: a state's name by ISO3, so the signals read "Romania is probed and the U.S. answers". */
export function formatExplanation(e: Explanation, name: (iso3: string) => string = (iso3) => iso3): string {
  const lines = [`${e.name} (${e.iso3}) in ${e.month}, run ${e.run}`, ''];
  lines.push('Across the ensemble, the probability of each stance that month:');
  lines.push('  ' + Object.entries(e.ensemble).map(([k, v]) => `${k} ${v === null ? '–' : (v * 100).toFixed(1) + '%'}`).join('   '));
  lines.push('');
  lines.push(`Credibility of the U.S. guarantee in this run: ${e.credibility.start.toFixed(2)} at the start, ${Number.isFinite(e.credibility.at) ? e.credibility.at.toFixed(2) : '–'} in ${e.month}.`);
  lines.push('Signals that moved it (evidence weight for / against, summed up to the month):');
  const said = e.signals.slice(0, 10).map((s) => { const w = evidenceInWords(s.source, name); return w.charAt(0).toUpperCase() + w.slice(1); });
  const wide = Math.max(44, ...said.map((w) => w.length));
  e.signals.slice(0, 10).forEach((s, k) => lines.push(`  ${said[k]!.padEnd(wide)} ×${String(s.count).padStart(3)}   for ${s.honouredWeight.toFixed(2).padStart(6)}   against ${s.brokenWeight.toFixed(2).padStart(6)}`));
  lines.push('');
  if (!e.review) {
    lines.push('The ally did not review its stance in this run up to that month: it kept its stance (reviews happen at review_rate a month, more often after shocks).');
  } else {
    const r = e.review;
    lines.push(`Its last stance review, ${r.monthLabel}: credibility ${r.credibility.toFixed(2)}, threat ${r.threat.toFixed(2)}; it chose ${r.chosen}.`);
    const names = Object.keys(r.stances[0]!.terms);
    // Each column as wide as its term's name and a space, so no two headers run together.
    const width = (n: string) => Math.max(8, n.length + 1);
    const stanceWidth = Math.max(...r.stances.map((s) => s.stance.length), 6);
    lines.push(`  ${'stance'.padEnd(stanceWidth)} ${names.map((n) => n.padStart(width(n))).join('')} ${'utility'.padStart(9)} ${'probability'.padStart(12)}`);
    for (const s of r.stances) lines.push(`  ${s.stance.padEnd(stanceWidth)} ${names.map((n) => s.terms[n]!.toFixed(2).padStart(width(n))).join('')} ${s.utility.toFixed(2).padStart(9)} ${(s.probability * 100).toFixed(1).padStart(11)}%`);
    lines.push('  (terms in utility units; docs/MODEL.md, Stance choice, gives each equation)');
  }
  return lines.join('\n');
}
