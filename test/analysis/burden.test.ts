import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../src/data/index.js';
import { burdenSharing, hasExposedBorder, natoBurdenByYear, natoBurdenSharing, natoCompliance, readBurdenInput, type BurdenAlly } from '../../src/analysis/index.js';

// Five allies worked by hand. GDP ranks (5,4,3,2,1), defence-share ranks (5,2,4,3,1): Σd² = 6, ρ = 1 − 36/120 = 0.7.
const ALLIES: BurdenAlly[] = [
  { id: 'A', gdpUsdM: 100, milexPctGdp: 3, gdpPerCapitaUsd: 10, exposedBorder: false },
  { id: 'B', gdpUsdM: 50, milexPctGdp: 1, gdpPerCapitaUsd: 20, exposedBorder: false },
  { id: 'C', gdpUsdM: 30, milexPctGdp: 2, gdpPerCapitaUsd: 5, exposedBorder: true },
  { id: 'D', gdpUsdM: 20, milexPctGdp: 1.5, gdpPerCapitaUsd: 40, exposedBorder: true },
  { id: 'E', gdpUsdM: 10, milexPctGdp: 0.5, gdpPerCapitaUsd: 30, exposedBorder: false },
];

/** Student t CDF with 3 df in closed form (Abramowitz & Stegun 1964, §26.7, odd ν): ½ + (1/π)[θ + sinθ cosθ], θ = atan(t/√3). */
function tCdf3(t: number): number {
  const th = Math.atan(t / Math.sqrt(3));
  return 0.5 + (th + Math.sin(th) * Math.cos(th)) / Math.PI;
}

describe('burdenSharing(allies) on a hand-computed case', () => {
  const r = burdenSharing(ALLIES);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const v = r.value;
  it('ρ(GDP, defence share) = 0.7 with one-tailed p from t = ρ√(3/(1−ρ²)) on 3 df', () => {
    expect(v.spearman.rho).toBeCloseTo(0.7, 12);
    expect(v.spearman.df).toBe(3);
    expect(v.spearman.pOneTailed).toBeCloseTo(1 - tCdf3(0.7 * Math.sqrt(3 / 0.51)), 9);
  });
  it('partial ρ holding GDP per capita: ρxz = ρyz = −0.6 → (0.7 − 0.36)/(1 − 0.36) = 0.53125, on 2 df', () => {
    expect(v.partialGdpPerCapita.rho).toBeCloseTo(0.53125, 12);
    expect(v.partialGdpPerCapita.df).toBe(2);
  });
  it('partial ρ holding exposed borders (tied 0/1 ranks): ρxz = −1/√12, ρyz = 1/√12 → 9.4/11', () => {
    expect(v.partialExposedBorder.rho).toBeCloseTo(9.4 / 11, 12);
  });
  it('shares of spending against shares of GDP: A spends 3 of 4.45 on 100 of 210 GDP', () => {
    const a = v.allies[0]!;
    expect(a.id).toBe('A');
    expect(a.gdpRank).toBe(1);
    expect(a.milexShare).toBeCloseTo(3 / 4.45, 12);
    expect(a.gdpShare).toBeCloseTo(100 / 210, 12);
    expect(a.shareRatio).toBeCloseTo((3 / 4.45) / (100 / 210), 12);
    expect(v.allies.reduce((s, x) => s + x.milexShare, 0)).toBeCloseTo(1, 12);
  });
});

describe('burdenSharing(allies) input checks', () => {
  it('reports every problem: negative values, duplicates, and too few allies', () => {
    const r = burdenSharing([{ id: 'A', gdpUsdM: -1, milexPctGdp: -2 }, { id: 'A', gdpUsdM: 5, milexPctGdp: 1 }]);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['negative_value', 'allies[0].gdp'], ['negative_value', 'allies[0].pctGdp'], ['bad_input', 'allies[1].id'], ['not_covered', 'allies'],
    ]);
  });
  it('readBurdenInput maps the JSON fields and names missing ones by path', () => {
    const ok = readBurdenInput({ allies: [{ id: 'X', gdp: 10, pctGdp: 1 }, { id: 'Y', gdp: 20, pctGdp: 2, exposed: true }, { id: 'Z', gdp: 30, pctGdp: 3, milex: 1 }] });
    expect(ok.ok && ok.value[2]).toEqual({ id: 'Z', gdpUsdM: 30, milexPctGdp: 3, milexUsdM: 1, gdpPerCapitaUsd: null, exposedBorder: null });
    const bad = readBurdenInput({ allies: [{ id: 'X', gdp: 'ten' }, 3] });
    expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual(['allies[0].gdp', 'allies[0].gdp', 'allies[0].pctGdp', 'allies[1]']);
    expect(readBurdenInput([]).ok).toBe(false);
  });
});

describe('exposed borders', () => {
  it('are the land neighbours of the USSR in 1990 and of Russia or Belarus after (CIA World Factbook)', () => {
    expect(['NOR', 'EST', 'LVA', 'LTU', 'POL'].every((c) => hasExposedBorder(c, 2016))).toBe(true);
    expect(hasExposedBorder('TUR', 1990)).toBe(true);
    expect(hasExposedBorder('TUR', 2016)).toBe(false);
    expect(hasExposedBorder('DEU', 2016)).toBe(false);
  });
});

describe('NATO burden sharing from the World', () => {
  it('2016: four members at or above 2% (USA, GRC, GBR, EST: NATO June 2019 figures, docs/DATA.md)', () => {
    const c = natoCompliance(loadWorld(2016));
    expect(c.members).toBe(28);
    expect(c.atOrAbove.map((x) => x.id)).toEqual(['USA', 'GRC', 'GBR', 'EST']);
  });
  it('2016: Iceland (no armed forces) is left out, not counted as 0; 27 allies enter the correlation', () => {
    const r = natoBurdenSharing(loadWorld(2016));
    if (!r.ok) throw new Error('failed');
    expect(r.value.excluded).toEqual([{ id: 'ISL', reason: 'no defence share of GDP' }]);
    expect(r.value.spearman.n).toBe(27);
    expect(r.value.vintages).toContain('NATO 2019-06');
    expect(r.value.allies[0]!.id).toBe('USA');
  });
  it('runs for every year of the data, 1990–2016, with the membership growing 16 → 28', () => {
    const years = Array.from({ length: 27 }, (_, i) => 1990 + i);
    const r = natoBurdenByYear(years.map((y) => loadWorld(y)));
    if (!r.ok) throw new Error('failed');
    expect(r.value.map((x) => x.year)).toEqual(years);
    expect(r.value[0]!.compliance.members).toBe(16);
    expect(r.value[26]!.compliance.members).toBe(28);
    for (const row of r.value) {
      expect(row.spearman.rho).not.toBeNull();
      expect(row.spearman.pOneTailed!).toBeGreaterThan(0);
      expect(row.spearman.pOneTailed!).toBeLessThan(1);
    }
  });
});

describe('docs/ANALYSIS.md', () => {
  it('prints the NATO 2016 statistic the code computes (model 1, "Things to notice")', () => {
    const docs = readFileSync(new URL('../../docs/ANALYSIS.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const r = natoBurdenSharing(loadWorld(2016));
    if (!r.ok) throw new Error('failed');
    const { spearman: s, partialGdpPerCapita: g, partialExposedBorder: e } = r.value;
    expect(docs).toContain(`In 2016 (n = ${s.n}, NATO June 2019 figures): ρ = ${s.rho!.toFixed(3)}, one-tailed p = ${s.pOneTailed!.toFixed(3)}; partial ρ holding GDP per capita ${g.rho!.toFixed(3)} (p = ${g.pOneTailed!.toFixed(3)}); holding exposed borders ${e.rho!.toFixed(3)} (p = ${e.pOneTailed!.toFixed(3)}).`);
  });
});
