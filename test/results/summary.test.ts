/**
 * The CLI's text summary (formatSummary) reads as the dashboard and the briefing do: event chains in
 * words (words.ts chainInWords), the code names left to the JSON and CSV exports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { runScenario } from '../../src/results/simulate.js';
import { closePools } from '../../src/engine/pool.js';
import { formatSummary } from '../../src/results/summary.js';
import { chainInWords } from '../../src/results/words.js';

afterAll(() => closePools());

describe('formatSummary', () => {
  it('prints the most frequent event chains in words, naming non-allies by the name it is given', { timeout: 60_000 }, async () => {
    const r = await runScenario(loadScenario('scenarios/worst-case.yaml'), { runs: 400, seed: 7, workers: 1 });
    const chains = Object.values(r.chains).flat().filter((c) => c.chain.length > 0);
    expect(chains.length).toBeGreaterThan(0);
    const names: Record<string, string> = { POL: 'Poland', BIH: 'Bosnia & Herzegovina', MDA: 'Moldova', XKX: 'Kosovo', SRB: 'Serbia', MKD: 'Macedonia' };
    const text = formatSummary(r, null, (iso3) => names[iso3] ?? `<${iso3}>`);
    const section = text.slice(text.indexOf('Most frequent event chains'), text.indexOf('Representative runs'));
    // No code names: event kinds with underscores, or a bare "withdrawal POL 4000".
    expect(section).not.toMatch(/probe_(honoured|failed)|\bwithdrawal [A-Z]{3}\b|\baccommodation [A-Z]{3}\b/);
    // The first chain of the first outcome with runs, in words, wrapped at 100 columns.
    const first = r.outcomes.find((o) => o.count > 0 && (r.chains[o.outcome] ?? []).length > 0)!;
    const words = chainInWords(r.chains[first.outcome]![0]!.chain, (iso3) => names[iso3] ?? `<${iso3}>`);
    expect(section.replace(/\s+/g, ' ')).toContain(words);
    for (const line of section.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('names allies by the result\'s own names when no name function is given', { timeout: 60_000 }, async () => {
    const r = await runScenario(loadScenario('scenarios/worst-case.yaml'), { runs: 400, seed: 7, workers: 1 });
    const steps = Object.values(r.chains).flat().flatMap((c) => c.chain);
    const ally = steps.map((l) => /^accommodation ([A-Z]{3})$/.exec(l)?.[1]).find((x) => x !== undefined);
    expect(ally, 'some run has an accommodation in its chain').toBeDefined();
    const name = r.allies.find((a) => a.iso3 === ally)!.name;
    expect(formatSummary(r)).toContain(`${name} accommodates its rival`);
  });
});
