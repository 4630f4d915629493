/**
 * Raw input for burden sharing (`ballast analyze burden --input FILE.json`):
 * { "allies": [{ "id": "USA", "gdp": 18804915, "pctGdp": 3.52, "milex"?: 656059,
 *   "gdpPerCapita"?: 58368, "exposed"?: false }] } — GDP and spending in current US$ m.
 */
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { checkBurdenAllies, type BurdenAlly } from './burden-sharing.js';

function optionalNumber(o: Record<string, unknown>, key: string, path: string, issues: AnalysisIssue[]): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) { issues.push({ code: 'bad_input', path: `${path}.${key}`, message: `${JSON.stringify(v)} is not a number`, fix: `give ${key} as a plain number` }); return undefined; }
  return v;
}

/** Checks parsed JSON and returns the allies, or every issue found. */
export function readBurdenInput(raw: unknown): AnalysisResult<BurdenAlly[]> {
  const allies = (raw as { allies?: unknown } | null)?.allies;
  if (!Array.isArray(allies)) return { ok: false, issues: [{ code: 'bad_input', path: 'allies', message: 'the input must be { "allies": [ { "id", "gdp", "pctGdp" }, … ] }', fix: 'list the allies under "allies"' }] };
  const issues: AnalysisIssue[] = [];
  const out: BurdenAlly[] = [];
  allies.forEach((a: unknown, i) => {
    const path = `allies[${i}]`;
    if (a === null || typeof a !== 'object') { issues.push({ code: 'bad_input', path, message: 'not an object', fix: 'give each ally as { "id", "gdp", "pctGdp" }' }); return; }
    const o = a as Record<string, unknown>;
    const id = typeof o.id === 'string' && o.id !== '' ? o.id : null;
    if (id === null) issues.push({ code: 'bad_input', path: `${path}.id`, message: 'missing id', fix: 'name the ally, e.g. "id": "POL"' });
    const gdp = optionalNumber(o, 'gdp', path, issues), pct = optionalNumber(o, 'pctGdp', path, issues);
    if (gdp === undefined) issues.push({ code: 'bad_input', path: `${path}.gdp`, message: 'missing gdp', fix: 'give GDP in current US$ millions' });
    if (pct === undefined) issues.push({ code: 'bad_input', path: `${path}.pctGdp`, message: 'missing pctGdp', fix: 'give defence spending as % of GDP' });
    const milex = optionalNumber(o, 'milex', path, issues), perCapita = optionalNumber(o, 'gdpPerCapita', path, issues);
    if (milex !== undefined && milex < 0) issues.push({ code: 'negative_value', path: `${path}.milex`, message: `spending ${milex} is negative`, fix: 'give spending in current US$ millions' });
    if (o.exposed !== undefined && typeof o.exposed !== 'boolean') issues.push({ code: 'bad_input', path: `${path}.exposed`, message: `${JSON.stringify(o.exposed)} is not true or false`, fix: 'exposed: true if the ally borders the threat by land' });
    if (id !== null && gdp !== undefined && pct !== undefined) {
      out.push({ id, gdpUsdM: gdp, milexPctGdp: pct, ...(milex !== undefined ? { milexUsdM: milex } : {}), gdpPerCapitaUsd: perCapita ?? null, exposedBorder: typeof o.exposed === 'boolean' ? o.exposed : null });
    }
  });
  if (issues.length === 0) issues.push(...checkBurdenAllies(out));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out };
}
