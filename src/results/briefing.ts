/**
 * A briefing to send (issue 13, item 6): one self-contained HTML file — inline CSS and SVG, no
 * script, no external asset — with the question, the scenario's assumptions in plain words, the
 * headline against continuity, the outcome probabilities with both intervals, fan charts of
 * cohesion, the allies most at risk and why, the sensitivity ranking, the validation scores, and a
 * footer that says how to reproduce it. Pure: the same inputs give the same bytes (no clock).
 * `ballast report` and GET /api/runs/:id/brief.html build it; `--pdf` prints it with chromium.
 */
import type { Scenario } from '../scenario/schema.js';
import type { EnsembleResult, OutcomeShare } from './assemble.js';
import type { Headline } from './headline.js';
import { assumptionsInWords, monthInWords } from './words.js';
import { outcomeColour } from './palette.js';
import { fieldLabel, STANCE_LABEL } from './labels.js';
import { RIVAL_NAMES, THEATRE_LABEL, THEATRE_STANCES, type AllianceTheatre, type Rival } from '../vocabulary.js';

/** The Morris or Sobol' ranking, as much of it as the briefing shows. */
export interface BriefingSensitivity {
  method: 'morris' | 'sobol';
  outcome: string;
  space: string;
  runsPerEvaluation: number;
  evaluations: number;
  /**
   * Most influential first: the index (μ* or ST) and its 95% interval. `label`: the registry's
   * plain-English label (shown), `name`: the code name (beneath it and in the bar's tooltip).
   */
  ranking: { name: string; label: string; value: number; lo: number; hi: number; meaning: string }[];
}

/** A hindcast's scores of the model and the two baselines (src/validation/hindcast.ts). */
export interface BriefingValidation {
  trainUntil: number;
  window: [number, number];
  runs: number;
  scores: Record<'model' | 'persistence' | 'trend', { n: number; mae: number; rmse: number; crps: number; coverage50: number; coverage90: number }>;
}

export interface BriefingInput {
  scenario: Scenario;
  result: EnsembleResult;
  headline: Headline | null;
  /** Continuity's ensemble (the headline's baseline), drawn dashed in the fan charts. */
  baseline: EnsembleResult | null;
  /** `--compare B`: the other scenario's result and the paired differences A − B. */
  comparison?: { b: EnsembleResult; differences: { field: string; mean: number; lo: number; hi: number }[] } | null;
  sensitivity?: BriefingSensitivity | null;
  validation?: BriefingValidation | null;
  /** A state's name by ISO3 (the World's). */
  names: Readonly<Record<string, string>>;
  /** The command that reproduces the briefing. */
  command: string;
  /** What the briefing leaves out and why (the server's, which does not wait for a screening or a hindcast). */
  omitted?: string | null;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (p: number | null | undefined, d = 1) => (p === null || p === undefined || !Number.isFinite(p) ? '–' : `${(100 * p).toFixed(d)}%`);
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

/** Colours with one meaning each, the dashboard's: holds green, strained amber, fragmenting orange, unravelled red. */

/** Horizontal bars of the four outcomes, Monte Carlo interval as a whisker and the total interval as a pale band. */
function outcomeBars(title: string, outcomes: readonly OutcomeShare[]): string {
  const W = 300, row = 22, left = 84, right = 8, top = 20, width = W - left - right;
  const x = (p: number) => left + p * width;
  const bars = outcomes.map((o, i) => {
    const y = top + i * row;
    const total = o.total_lo != null && o.total_hi != null ? `<rect x="${x(o.total_lo).toFixed(1)}" y="${y + 2}" width="${(x(o.total_hi) - x(o.total_lo)).toFixed(1)}" height="${row - 8}" fill="${outcomeColour(o.outcome)}" opacity="0.22"/>` : '';
    return `<text x="${left - 6}" y="${y + 12}" text-anchor="end">${esc(o.outcome)}</text>${total}<rect x="${left}" y="${y + 4}" width="${(o.probability * width).toFixed(1)}" height="${row - 12}" fill="${outcomeColour(o.outcome)}"/><line x1="${x(o.lo).toFixed(1)}" x2="${x(o.hi).toFixed(1)}" y1="${y + 8}" y2="${y + 8}" stroke="#1b2430" stroke-width="1.5"/>`;
  }).join('');
  const axis = [0, 0.25, 0.5, 0.75, 1].map((t) => `<line x1="${x(t)}" x2="${x(t)}" y1="${top - 4}" y2="${top + outcomes.length * row}" stroke="#d5dbe2"/><text x="${x(t)}" y="${top + outcomes.length * row + 12}" text-anchor="middle" class="tick">${t * 100}%</text>`).join('');
  const H = top + outcomes.length * row + 18;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}: outcome probabilities"><text x="0" y="12" class="h">${esc(title)}</text>${axis}${bars}</svg>`;
}

/** A fan chart of one cohesion metric: median line, 50% and 90% bands across runs; continuity's median dashed. */
function fanChart(title: string, r: EnsembleResult, metric: string, base: EnsembleResult | null): string {
  const m = r.metrics[metric];
  if (!m) return '';
  const W = 300, H = 170, left = 34, right = 8, top = 20, bottom = 22, n = r.months.length;
  const x = (t: number) => left + (n <= 1 ? 0 : (t / (n - 1)) * (W - left - right));
  const lo = 0.4;
  const y = (v: number) => top + (1 - (Math.max(lo, Math.min(1, v)) - lo) / (1 - lo)) * (H - top - bottom);
  const path = (a: readonly (number | null)[]) => a.map((v, t) => (v === null ? '' : `${t === 0 ? 'M' : 'L'}${x(t).toFixed(1)},${y(v).toFixed(1)}`)).join('');
  const band = (a: readonly (number | null)[], b: readonly (number | null)[]) => `${path(a)}${[...b].map((v, i) => [v, i] as const).reverse().map(([v, t]) => (v === null ? '' : `L${x(t).toFixed(1)},${y(v).toFixed(1)}`)).join('')}Z`;
  const years = r.months.map((mo, t) => [mo, t] as const).filter(([mo]) => mo.endsWith('-01'));
  const grid = [0.4, 0.6, 0.8, 1].map((v) => `<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#d5dbe2"/><text x="${left - 4}" y="${y(v) + 3}" text-anchor="end" class="tick">${v.toFixed(1)}</text>`).join('')
    + years.map(([mo, t]) => `<text x="${x(t)}" y="${H - 6}" text-anchor="middle" class="tick">${mo.slice(0, 4)}</text>`).join('');
  const baseLine = base?.metrics[metric] ? `<path d="${path(base.metrics[metric]!.q50)}" fill="none" stroke="#5b6673" stroke-width="1.5" stroke-dasharray="4 3"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}: median and bands by month"><text x="0" y="12" class="h">${esc(title)}</text>${grid}<path d="${band(m.q05, m.q95)}" fill="#1f5fbf" opacity="0.15"/><path d="${band(m.q25, m.q75)}" fill="#1f5fbf" opacity="0.3"/><path d="${path(m.q50)}" fill="none" stroke="#1f5fbf" stroke-width="2"/>${baseLine}</svg>`;
}

/** The sensitivity ranking as bars with their intervals, each labelled in words, its code name in the tooltip. */
function tornado(s: BriefingSensitivity): string {
  const rows = s.ranking.slice(0, 8), W = 600, row = 20, left = 270, right = 10, top = 8;
  const max = Math.max(1e-9, ...rows.map((r) => (Number.isFinite(r.hi) ? r.hi : r.value)));
  const x = (v: number) => left + (Math.max(0, v) / max) * (W - left - right);
  const H = top + rows.length * row + 6;
  const bars = rows.map((r, i) => {
    const yy = top + i * row;
    const whisker = Number.isFinite(r.lo) && Number.isFinite(r.hi) ? `<line x1="${x(r.lo).toFixed(1)}" x2="${x(r.hi).toFixed(1)}" y1="${yy + 8}" y2="${yy + 8}" stroke="#b34d1e" stroke-width="1.5"/>` : '';
    return `<g><title>${esc(r.name)}</title><text x="${left - 6}" y="${yy + 12}" text-anchor="end">${esc(r.label)}</text><rect x="${left}" y="${yy + 3}" width="${(x(r.value) - left).toFixed(1)}" height="${row - 8}" fill="#1f5fbf"/>${whisker}</g>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Which parameters move the outcome most">${bars}</svg>`;
}

const shareCell = (o: OutcomeShare | undefined) => (o ? `${pct(o.probability)} <span class="mc">[${pct(o.lo)}–${pct(o.hi)}]</span>${o.total_lo != null && o.total_hi != null ? ` <span class="tot">{${pct(o.total_lo)}–${pct(o.total_hi)}}</span>` : ''}` : '–');

function outcomesTable(r: EnsembleResult): string {
  const scopes: [string, readonly OutcomeShare[]][] = [['The whole system', r.outcomes], ...r.theatres.map((h) => [THEATRE_LABEL[h.theatre as AllianceTheatre] ?? h.theatre, h.outcomes] as [string, readonly OutcomeShare[]])];
  const head = `<tr><th>outcome</th>${scopes.map(([n]) => `<th>${esc(n)}</th>`).join('')}</tr>`;
  const rows = r.outcomes.map((o, k) => `<tr><th>${esc(o.outcome)}</th>${scopes.map(([, list]) => `<td>${shareCell(list[k])}</td>`).join('')}</tr>`).join('');
  return `<table>${head}${rows}</table>`;
}

/** The allies likeliest to leave alignment (accommodation first), with the drivers behind it. */
function alliesAtRisk(r: EnsembleResult, count = 8): string {
  const ranked = [...r.allies].sort((a, b) => (b.ever.accommodation ?? 0) - (a.ever.accommodation ?? 0) || a.iso3.localeCompare(b.iso3)).slice(0, count);
  const rows = ranked.map((a) => {
    const total = a.ever_total?.accommodation;
    const end = [...a.credibility].reverse().find((c) => c !== null) ?? null;
    const others = THEATRE_STANCES[a.drivers.theatre as AllianceTheatre]?.filter((k) => k !== 'aligned' && k !== 'accommodation').map((k) => `${STANCE_LABEL[k]} ${pct(a.ever[k] ?? 0)}`).join(', ') ?? '';
    const why = `credibility of the U.S. guarantee ${a.drivers.credibility_start.toFixed(2)} at the start → ${end === null ? '–' : end.toFixed(2)} at the horizon; UN-vote affinity to ${RIVAL_NAMES[a.drivers.rival as Rival] ?? a.drivers.rival} ${a.drivers.affinity >= 0 ? '+' : ''}${a.drivers.affinity.toFixed(2)}; threat ${a.drivers.threat.toFixed(2)}; ballast (troops, bases, integration) ${a.drivers.ballast.toFixed(2)}`;
    return `<tr><th>${esc(a.name)}</th><td>${pct(a.ever.accommodation ?? 0)}${total ? ` <span class="tot">{${pct(total[0])}–${pct(total[1])}}</span>` : ''}</td><td>${esc(others)}</td><td class="why">${esc(why)}</td></tr>`;
  }).join('');
  return `<table><tr><th>ally</th><th>accommodates its rival at some point</th><th>other stances</th><th>why: its drivers</th></tr>${rows}</table>`;
}

/** The comparison's rows a briefing shows: the outcomes that matter most, and cohesion, by the dashboard's labels. */
const COMPARED = ['p_holds', 'p_strained', 'p_unravelled', 'europe_p_holds', 'europe_p_unravelled', 'asia_pacific_p_holds', 'asia_pacific_p_unravelled', 'cohesion', 'cohesion_europe', 'cohesion_asia_pacific'];

function comparisonTable(c: NonNullable<BriefingInput['comparison']>, a: EnsembleResult): string {
  const rows = c.differences.filter((d) => COMPARED.includes(d.field)).map((d) => {
    const share = d.field.includes('p_');
    const v = (x: number) => (share ? `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)} pp` : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`);
    const excludes = d.lo > 0 || d.hi < 0;
    return `<tr><th title="${esc(d.field)}">${esc(fieldLabel(d.field))}</th><td>${v(d.mean)}</td><td>${v(d.lo)} to ${v(d.hi)}</td><td>${excludes ? 'yes' : 'no'}</td></tr>`;
  }).join('');
  return `<p>A = ${esc(a.scenario.name)}; B = ${esc(c.b.scenario.name)}; ${a.runs.toLocaleString('en-US')} paired runs (common random numbers).</p><table><tr><th>quantity</th><th>A − B</th><th>95% interval</th><th>interval excludes 0</th></tr>${rows}</table>`;
}

function validationSection(v: BriefingValidation): string {
  const rows = (['model', 'persistence', 'trend'] as const).map((m) => {
    const s = v.scores[m];
    return `<tr><th>${m === 'model' ? 'the model' : m === 'persistence' ? 'persistence (no change)' : 'linear trend'}</th><td>${f3(s.mae)}</td><td>${f3(s.rmse)}</td><td>${f3(s.crps)}</td><td>${pct(s.coverage50, 0)}</td><td>${pct(s.coverage90, 0)}</td></tr>`;
  }).join('');
  const m = v.scores.model, p = v.scores.persistence;
  const verdict = m.crps < p.crps * 0.97 ? 'The model beats persistence on CRPS.' : m.crps <= p.crps * 1.03 ? 'The model ties with persistence ("no change"): in plain words, it forecast defence spending no better than assuming nothing moves.' : 'The model loses to persistence ("no change") on CRPS.';
  const cover = m.coverage90 < 0.85 ? ` Its 90% bands held ${pct(m.coverage90, 0)} of the truths: too narrow.` : '';
  return `<p>Calibrated on data up to ${v.trainUntil}, then run over ${v.window[0]}–${v.window[1]} with the drivers as they happened (${v.runs.toLocaleString('en-US')} runs), scored against SIPRI's defence spending as a share of GDP (${m.n} ally-years; lower is better for MAE, RMSE and CRPS).</p><table><tr><th>forecast</th><th>MAE</th><th>RMSE</th><th>CRPS</th><th>50% coverage</th><th>90% coverage</th></tr>${rows}</table><p>${verdict}${cover}</p>`;
}

const STYLE = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1b2430;max-width:60rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.6rem 0 .4rem;border-bottom:1px solid #d5dbe2}.headline{font-size:1.15rem;border-left:4px solid #2e7d5b;padding:.4rem .8rem;background:#f4f6f9}.small{font-size:.88rem;color:#5b6673}table{border-collapse:collapse;margin:.4rem 0;font-size:.9rem}th,td{border-bottom:1px solid #e3e7ec;padding:.25rem .5rem;text-align:left;vertical-align:top}.mc{color:#5b6673}.tot{color:#1f5fbf}.why{font-size:.82rem;color:#5b6673}.charts{display:flex;flex-wrap:wrap;gap:1rem}svg{font-size:11px;font-family:inherit}svg .h{font-weight:600;font-size:12px}svg .tick{fill:#5b6673;font-size:10px}footer{margin-top:2rem;border-top:1px solid #d5dbe2;padding-top:.6rem;font-size:.82rem;color:#5b6673}code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85em}.code-name{font-weight:400;color:#5b6673}@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}`;

/** The briefing as one HTML document. */
export function briefingHtml(b: BriefingInput): string {
  const r = b.result, h = b.headline;
  const name = (iso3: string) => b.names[iso3] ?? iso3;
  const horizon = r.months.at(-1) ?? r.start;
  const scopes: [string, readonly OutcomeShare[]][] = [['The whole system', r.outcomes], ...r.theatres.map((t) => [THEATRE_LABEL[t.theatre as AllianceTheatre] ?? t.theatre, t.outcomes] as [string, readonly OutcomeShare[]])];
  const fans = [['Cohesion, the whole system', 'cohesion'], ['Cohesion in Europe', 'cohesion_europe'], ['Cohesion in the Asia-Pacific', 'cohesion_asia_pacific']] as const;
  const params = r.parameters?.mode === 'posterior' ? `each run drew the ${r.parameters.drawn.length} calibrated parameters from their posterior (${r.parameters.draws} draws)` : 'the calibrated parameters fixed at their point values';
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(r.scenario.name)} — Ballast briefing</title><style>${STYLE}</style></head><body>`,
    `<header><p class="small">Ballast briefing · the U.S. alliance system, simulated</p><h1>${esc(r.scenario.name)}</h1>${r.scenario.description ? `<p><strong>The question.</strong> ${esc(r.scenario.description)}</p>` : ''}</header>`,
    h ? `<section><p class="headline">${esc(h.sentence)}</p><p class="small">${esc(h.definitions)}</p>${h.intervals ? `<p class="small">${esc(h.intervals)} In the tables, [ ] is the Monte Carlo interval and { } the total one.</p>` : ''}${h.baseline.kind === 'none' ? `<p class="small">${esc(h.baseline.reason)}.</p>` : ''}</section>` : '',
    `<section><h2>What the scenario assumes</h2><ul>${assumptionsInWords(b.scenario, name).map((s) => `<li>${esc(s)}</li>`).join('')}</ul><p class="small">${r.runs.toLocaleString('en-US')} runs; ${params}.</p></section>`,
    `<section><h2>Outcome at the horizon (${esc(monthInWords(horizon))})</h2><div class="charts">${scopes.map(([n, o]) => outcomeBars(n, o)).join('')}</div>${outcomesTable(r)}<p class="small">Probability [95% Monte Carlo interval]${r.outcomes.some((o) => o.total_lo != null) ? ' {95% total interval}' : ''}. Bars: the probability; black whisker: the Monte Carlo interval; pale band: the total interval.</p></section>`,
    `<section><h2>Cohesion month by month</h2><div class="charts">${fans.map(([t, m]) => fanChart(t, r, m, b.baseline)).join('')}</div><p class="small">Median run (line), middle 50% and 90% of runs (bands)${b.baseline ? '; dashed: continuity\'s median' : ''}. Cohesion is the share of the allies' military spending the alliance can count on.</p></section>`,
    `<section><h2>The allies most at risk, and why</h2>${alliesAtRisk(r)}<p class="small">The probability that the ally takes the stance at some point in a run${r.allies.some((a) => a.ever_total) ? ', {total interval}' : ''}; the drivers are the ally's at the start, and its credibility of the U.S. guarantee at the horizon (mean over runs).</p></section>`,
    b.comparison ? `<section><h2>Against ${esc(b.comparison.b.scenario.name)}</h2>${comparisonTable(b.comparison, r)}</section>` : '',
    b.sensitivity ? `<section><h2>What the answer rests on: which parameters move it most</h2>${tornado(b.sensitivity)}<table><tr><th>rank</th><th>parameter</th><th>${b.sensitivity.method === 'morris' ? 'μ*' : 'ST'} [95% interval]</th><th>meaning</th></tr>${b.sensitivity.ranking.slice(0, 8).map((p, i) => `<tr><td>${i + 1}</td><th>${esc(p.label)}<br><code class="code-name" title="code name, as in scenario files and exports">${esc(p.name)}</code></th><td>${f3(p.value)} [${f3(p.lo)}, ${f3(p.hi)}]</td><td class="why">${esc(p.meaning)}</td></tr>`).join('')}</table><p class="small">${b.sensitivity.method === 'morris' ? 'Morris elementary effects (μ*: the mean change of the outcome when the parameter moves across its range)' : "Sobol' total indices"} of ${esc(b.sensitivity.outcome)}, parameters varied ${b.sensitivity.space === 'posterior' ? 'over their calibrated posterior' : "over their registry ranges"}; ${b.sensitivity.evaluations.toLocaleString('en-US')} evaluations of ${b.sensitivity.runsPerEvaluation} runs each.</p></section>` : '',
    b.validation ? `<section><h2>How well the model forecast what it did not see</h2>${validationSection(b.validation)}</section>` : '',
    b.omitted ? `<section><h2>Not in this briefing</h2><p>${esc(b.omitted)}</p></section>` : '',
    `<footer><p><strong>Reproduce it:</strong> <code>${esc(b.command)}</code></p><p>Scenario ${esc(r.scenario.hash)} · seed ${r.seed} · ${r.runs.toLocaleString('en-US')} runs · data ${esc(r.data_version)} · model ${esc(r.model_version)}${h?.baseline.kind === 'continuity' ? ` · continuity ${esc(h.baseline.hash.slice(0, 12))}` : ''}. The same scenario, seed and data give the same numbers on any machine and any number of workers.</p><p>Ballast models the U.S. alliance system from public data (SIPRI, NATO, Correlates of War, ATOP, troopdata, UN votes); framing from F. Heisbourg, "The Future of the U.S. Alliance System", Foreign Affairs, December 2016. Method: docs/MODEL.md; validation: docs/VALIDATION.md.</p></footer>`,
    '</body></html>\n',
  ];
  return parts.join('\n');
}
