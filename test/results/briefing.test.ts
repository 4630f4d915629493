/**
 * The briefing (src/results/briefing.ts, src/results/words.ts): one self-contained HTML file. It
 * names no external asset, runs no script, says the scenario's assumptions in words read from the
 * shipped file by hand, quotes the headline, and is the same bytes for the same inputs.
 */
import { OUTCOME_COLOURS } from '../../src/results/palette.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { runScenario } from '../../src/results/simulate.js';
import { continuityBaseline, headline, outcomeThresholds } from '../../src/results/headline.js';
import { briefingHtml } from '../../src/results/briefing.js';
import { assumptionsInWords, chainInWords, chainStepInWords, eventInWords, evidenceInWords } from '../../src/results/words.js';
import { loadWorld } from '../../src/data/index.js';
import { PARAMETER_BY_NAME } from '../../src/model/parameters.js';
import { closePools } from '../../src/engine/pool.js';

afterAll(() => closePools());

describe('the briefing', () => {
  it('is one self-contained file with the headline, the assumptions in words, charts, the allies at risk and how to reproduce it', async () => {
    const worst = loadScenario('scenarios/worst-case.yaml');
    const continuity = loadScenario('scenarios/continuity.yaml');
    const result = await runScenario(worst, { runs: 400, seed: 3, workers: 2, parameters: 'posterior' });
    const b = continuityBaseline(worst, continuity);
    if (b.kind !== 'continuity') throw new Error('the worst case starts where continuity does');
    const baseline = await runScenario(b.scenario, { runs: 400, seed: 3, workers: 2, parameters: 'posterior' });
    const h = headline(result, { thresholds: outcomeThresholds(), baseline })!;
    const names = Object.fromEntries(loadWorld(2016).states.map((s) => [s.iso3, s.name]));
    const input = { scenario: worst, result, headline: h, baseline, names, command: 'ballast report scenarios/worst-case.yaml --runs 400 --seed 3 --out brief.html' };
    const html = briefingHtml(input);

    // Self-contained: no script, no stylesheet or image fetched, no URL but the SVG namespace.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html.match(/https?:\/\/[^"\s<]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
    expect(html.match(/<svg /g)?.length).toBe(6); // three outcome charts, three fan charts
    // The outcome classes in the dashboard's colours (one palette, src/results/palette.ts).
    for (const c of Object.values(OUTCOME_COLOURS)) expect(html).toContain(`fill="${c}"`);
    // What a reader needs, in words.
    expect(html).toContain(h.sentence);
    expect(html).toContain('In Jan 2017 the U.S.\'s rhetoric toward its allies turns hostile');
    expect(html).toContain('the U.S. withdraws 4,000 troops from Poland');
    expect(html).toContain('Montenegro joins NATO');
    expect(html).toContain('The allies most at risk, and why');
    expect(html).toContain(`Scenario ${result.scenario.hash}`);
    expect(html).toContain('ballast report scenarios/worst-case.yaml --runs 400 --seed 3 --out brief.html');
    // Pure: the same inputs, the same bytes.
    expect(briefingHtml(input)).toBe(html);

    // The sensitivity ranking names each parameter by the registry's label, its code name beneath (and in the bar's tooltip).
    const spec = (name: string) => PARAMETER_BY_NAME.get(name)!;
    const sensitivity = {
      method: 'morris' as const, outcome: 'P(holds)', space: 'ranges', runsPerEvaluation: 100, evaluations: 110,
      ranking: ['cred_base', 'signal_talk_weight'].map((name, i) => ({ name, label: spec(name).label, value: 0.2 - 0.1 * i, lo: 0.15 - 0.1 * i, hi: 0.25 - 0.1 * i, meaning: spec(name).meaning })),
    };
    const withSensitivity = briefingHtml({ ...input, sensitivity });
    expect(withSensitivity.match(/<svg /g)?.length).toBe(7); // and the tornado
    expect(withSensitivity).toContain('<th>Baseline credibility with no ballast<br><code class="code-name" title="code name, as in scenario files and exports">cred_base</code></th>');
    expect(withSensitivity).toContain('<g><title>cred_base</title><text x="264" y="20" text-anchor="end">Baseline credibility with no ballast</text>');
    expect(withSensitivity).toContain('>Weight of a month of rhetoric</text>');
    expect(withSensitivity).not.toMatch(/<text[^>]*>(cred_base|signal_talk_weight)<\/text>/); // the chart shows labels, not code names

    // Against a comparison: each row by the dashboard's field label, the code name in its tooltip
    // (hand-made differences: the table's words, not the numbers, are under test).
    const differences = [
      { field: 'p_holds', mean: -0.5, lo: -0.6, hi: -0.4 }, { field: 'europe_p_holds', mean: -0.3, lo: -0.35, hi: -0.25 },
      { field: 'cohesion_asia_pacific', mean: -0.1, lo: -0.12, hi: -0.08 }, { field: 'probes', mean: 1, lo: 0.5, hi: 1.5 },
    ];
    const compared = briefingHtml({ ...input, comparison: { b: baseline, differences } });
    expect(compared).toContain('<th title="p_holds">P(holds)</th><td>−50.0 pp</td><td>−60.0 pp to −40.0 pp</td><td>yes</td>');
    expect(compared).toContain('<th title="europe_p_holds">P(holds), Europe</th>');
    expect(compared).toContain('<th title="cohesion_asia_pacific">cohesion, Asia-Pacific</th>');
    expect(compared).not.toContain('title="probes"'); // not one of the rows a briefing shows
    // The allies at risk name their other stances in words, not by code.
    expect(html).toMatch(/bilateral pact with the U\.S\. \d+\.\d%/);
    expect(html).not.toMatch(/<td>bilateral \d/);
  });

  it('says an event chain in words, and keeps a label it does not know', () => {
    const name = (iso3: string) => ({ BIH: 'Bosnia and Herzegovina', POL: 'Poland', PHL: 'Philippines', MDA: 'Moldova' } as Record<string, string>)[iso3] ?? iso3;
    // The labels assembleResult writes (src/results/assemble.ts chainLabel, src/scenario/compile.ts event labels).
    expect(chainInWords(['probe_failed BIH', 'withdrawal POL 4000', 'crisis RUS in MDA', 'accommodation PHL'], name))
      .toBe('Bosnia and Herzegovina is probed and the U.S. does not answer; the U.S. withdraws 4,000 troops from Poland; a crisis with Russia over Moldova; the Philippines accommodates its rival');
    // Names that take the article in running text keep it, at the start of the chain too (capitalised).
    expect(chainInWords(['accommodation PHL', 'withdrawal POL 4000'], name)).toBe('The Philippines accommodates its rival; the U.S. withdraws 4,000 troops from Poland');
    expect(chainStepInWords('probe_honoured BIH', name)).toBe('Bosnia and Herzegovina is probed and the U.S. answers');
    expect(chainStepInWords('something_new XYZ 3', name)).toBe('something_new XYZ 3');
    expect(chainInWords([], name)).toBe('no salient event');
  });

  it('says each source of an ally\'s evidence in words (the explanation\'s signals), and keeps one it does not know', () => {
    const name = (iso3: string) => ({ ROU: 'Romania', UKR: 'Ukraine', POL: 'Poland' } as Record<string, string>)[iso3] ?? iso3;
    // The sources the model's trace writes (src/model/probes.ts, signals.ts, events.ts).
    expect(evidenceInWords('probe ROU (honoured)', name)).toBe('Romania is probed and the U.S. answers');
    expect(evidenceInWords('probe UKR (not honoured)', name)).toBe('Ukraine is probed and the U.S. does not answer');
    expect(evidenceInWords('rhetoric (hostile)', name)).toBe("the U.S.'s hostile rhetoric, month by month");
    expect(evidenceInWords('conditional guarantee', name)).toBe('a guarantee conditional on spending, while it spends under the threshold');
    expect(evidenceInWords('withdrawal POL 4000', name)).toBe('the U.S. withdraws 4,000 troops from Poland');
    expect(evidenceInWords('treaty exit JCPOA', name)).toBe('the U.S. leaves the JCPOA');
    expect(evidenceInWords('a new source', name)).toBe('a new source');
  });

  it('says each event in words, with states by name, in the order they happen', () => {
    const name = (iso3: string) => ({ POL: 'Poland', USA: 'United States', MDA: 'Moldova', FRA: 'France', GBR: 'United Kingdom' } as Record<string, string>)[iso3] ?? iso3;
    expect(eventInWords({ type: 'crisis', location: 'MDA', rival: 'RUS', months: 6, severity: 1, probability: 1 }, name)).toBe('a crisis in Moldova makes Russia\'s probes there likelier for 6 months');
    expect(eventInWords({ type: 'nuclear_guarantee', providers: ['FRA', 'GBR'], states: 'nato_europe', strength: 1, probability: 1 }, name)).toBe('France and the United Kingdom extend a nuclear guarantee to NATO\'s European members');
    expect(eventInWords({ type: 'guarantee', value: 'conditional', spending_threshold: 0.02, probability: 1 }, name)).toBe('the U.S. guarantee becomes conditional on spending (2% of GDP)');
    const lines = assumptionsInWords(loadScenario('scenarios/worst-case.yaml'), name);
    expect(lines[1]).toBe('From the first month the U.S. guarantee is conditional on spending (2% of GDP), its rhetoric hostile and its doctrine toward probes measured.');
    const months = lines.slice(2).map((l) => /^In (?:a month from )?(\w{3} \d{4})/.exec(l)?.[1]).map((m) => (m ? new Date(`1 ${m}`).getTime() : Number.NaN));
    expect(months.every((m, i) => i === 0 || m >= months[i - 1]!)).toBe(true);
  });
});
