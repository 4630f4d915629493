import { describe, expect, it } from 'vitest';
import { LONG_TERMS, loadLongInputs, longEffortPanel, peerTerms, pledgeTerms, withCredibilityGap, type LongInputs, type LongPanelRow, type LongTerm } from '../../src/model/calibration/effort-long-panel.js';
import { fitLongEffort, longLevel } from '../../src/model/calibration/effort-long-gmm.js';
import { haversineKm } from '../../src/data/index.js';

describe('long effort panel (1955-2016, from the curated tables)', () => {
  const inputs = loadLongInputs();
  const rows = longEffortPanel(1955, 2016, { inputs });
  const has = (iso3: string, year: number) => rows.some((r) => r.iso3 === iso3 && r.year === year);

  it('has the allies of each year: NATO members on 31 December and U.S. treaty partners, never the U.S.', () => {
    expect(has('FRA', 1960)).toBe(true);
    expect(has('ESP', 1981)).toBe(false); // NATO from 30 May 1982
    expect(has('ESP', 1983)).toBe(true);
    expect(has('JPN', 1959)).toBe(false); // 1960 treaty
    expect(has('JPN', 1961)).toBe(true);
    expect(has('POL', 1998)).toBe(false);
    expect(has('POL', 2000)).toBe(true);
    expect(rows.some((r) => r.iso3 === 'USA')).toBe(false);
    expect(Math.min(...rows.map((r) => r.year))).toBe(1955);
    expect(Math.max(...rows.map((r) => r.year))).toBe(2016);
  });

  it('dates the shocks: a rival in crisis in 1956, 1968, 1979, 2008 and 2014', () => {
    for (const y of [1956, 1968, 1979, 2008, 2014]) expect(rows.find((r) => r.year === y)!.x.rivalCrisis).toBe(1);
  });

  it('rival force near the ally: the crises of t−3..t−1, each at its nearest victim, by hand', () => {
    const force = (iso3: string, year: number) => rows.find((r) => r.iso3 === iso3 && r.year === year)!.x.rivalForce;
    const d0 = 1500; // the registry's threat_distance_km
    const [wLat, wLng] = inputs.capital.get('POL')!;
    // Poland 2015: Crimea-Donbass (2014, victim Ukraine) is the only crisis of 2012-2014 near enough to count... and the 2014 oil-rig crisis (Vietnam) is far.
    const ukr = inputs.rivalForce.find((e) => e.year === 2014 && e.lat > 45)!, vnm = inputs.rivalForce.find((e) => e.year === 2014 && e.lat < 45)!;
    expect(force('POL', 2015)).toBeCloseTo(Math.exp(-haversineKm(wLat, wLng, ukr.lat, ukr.lng) / d0) + Math.exp(-haversineKm(wLat, wLng, vnm.lat, vnm.lng) / d0), 12);
    expect(force('POL', 2015)).toBeGreaterThan(0.6); // Warsaw-Kyiv about 690 km
    // The shock lasts three budget years: 2015-2017 for a 2014 crisis; none in 2013 for Georgia 2008.
    expect(force('POL', 2013)).toBe(0);
    // Afghanistan 1979 (two victims: the nearer of Kabul and Islamabad counts once) is far from Bonn.
    expect(force('DEU', 1980)).toBeLessThan(0.1);
    // Hungary 1956 is near: West Germany 1957 feels it strongly, Japan hardly.
    expect(force('DEU', 1957)).toBeGreaterThan(0.5);
    expect(force('JPN', 1962)).toBeLessThan(force('KOR', 1962));
  });

  it('pledge pulls: the gap below 2% for NATO members, Riga 2006-2013, Wales from 2014', () => {
    expect(pledgeTerms(true, 2005, 1.2)).toEqual({ pledgeRiga: 0, pledgeWales: 0 });
    expect(pledgeTerms(true, 2006, 1.5)).toEqual({ pledgeRiga: 0.5, pledgeWales: 0 });
    expect(pledgeTerms(true, 2014, 1.25)).toEqual({ pledgeRiga: 0, pledgeWales: 0.75 });
    expect(pledgeTerms(true, 2015, 2.5)).toEqual({ pledgeRiga: 0, pledgeWales: 0 });
    expect(pledgeTerms(false, 2015, 1)).toEqual({ pledgeRiga: 0, pledgeWales: 0 });
  });

  it('withCredibilityGap keeps the ally-years the World panel has and carries its gap', () => {
    const few = rows.filter((r) => r.iso3 === 'DEU' && r.year >= 1989 && r.year <= 1992);
    const out = withCredibilityGap(few, [{ iso3: 'DEU', year: 1991, credibilityGap: 0.25 }, { iso3: 'DEU', year: 1992, credibilityGap: 0.5 }, { iso3: 'FRA', year: 1991, credibilityGap: 0.9 }]);
    expect(out.map((r) => [r.year, r.x.credibilityGap])).toEqual([[1991, 0.25], [1992, 0.5]]);
    expect(out[0]!.spending).toBe(few.find((r) => r.year === 1991)!.spending);
    expect(Number.isNaN(few[0]!.x.credibilityGap)).toBe(true);
  });

  it('peers: plain mean of the others; neighbours: inverse-distance weights, by hand', () => {
    const km = (a: string, b: string) => ({ 'A:B': 100, 'B:A': 100, 'A:C': 300, 'C:A': 300 } as Record<string, number>)[`${a}:${b}`];
    const fake = { km } as unknown as LongInputs;
    const p = peerTerms(fake, 'A', new Map([['A', 9], ['B', 2], ['C', 4]]))!;
    expect(p.peersLag).toBeCloseTo(3, 12);
    expect(p.neighboursLag).toBeCloseTo((2 / 100 + 4 / 300) / (1 / 100 + 1 / 300), 12);
  });
});

/** Mulberry32 and Box–Muller: test-only simulation. */
function normals(seed: number): () => number {
  let a = seed >>> 0;
  const u = (): number => { a = (a + 0x6d2b79f5) >>> 0; let z = a; z = Math.imul(z ^ (z >>> 15), z | 1); z ^= z + Math.imul(z ^ (z >>> 7), z | 61); return ((z ^ (z >>> 14)) >>> 0) / 4294967296; };
  return () => Math.sqrt(-2 * Math.log(u() + 1e-300)) * Math.cos(2 * Math.PI * u());
}

describe('fitLongEffort (system GMM on panel rows)', () => {
  // m_it = 0.6 m_i,t−1 + 0.5 threat + 0.3 growth + 1 + η_i + ε, other terms 0 (disputes constant → dropped).
  const z = normals(7), alpha = 0.6, bT = 0.5, bG = 0.3, c = 1;
  const rows: LongPanelRow[] = [];
  for (let i = 0; i < 300; i++) {
    const eta = 0.5 * z();
    let prev = (c + eta) / (1 - alpha);
    for (let s = 0; s < 40; s++) {
      const x = Object.fromEntries(LONG_TERMS.map((k) => [k, 0])) as Record<LongTerm, number>;
      x.threat = z(); x.growth = z(); x.peersLag = 0.1 * z();
      const m = alpha * prev + bT * x.threat + bG * x.growth + c + eta + 0.5 * z();
      if (s >= 30) rows.push({ iso3: `U${i}`, year: 2000 + s, spending: m, spendingLag: prev, natoMember: true, x });
      prev = m;
    }
  }
  const fit = fitLongEffort(rows)!;

  it('recovers the lag and the coefficients, drops terms without variation', () => {
    expect(fit.terms).not.toContain('disputes');
    expect(fit.terms).toContain('threat');
    expect(Math.abs(fit.lag.value - alpha)).toBeLessThan(0.06);
    expect(fit.lag.interval[0]).toBeLessThan(alpha);
    expect(fit.lag.interval[1]).toBeGreaterThan(alpha);
    expect(Math.abs(fit.estimates.threat!.value - bT)).toBeLessThan(0.05);
    expect(Math.abs(fit.estimates.growth!.value - bG)).toBeLessThan(0.05);
    expect(Math.abs(fit.estimates.peersLag!.value)).toBeLessThan(0.4);
  });

  it('longLevel is α·lag + Σβx + c with the fitted coefficients', () => {
    const r = rows[5]!, cf = fit.gmm.coefficients;
    const byHand = cf[0]! * r.spendingLag + fit.terms.reduce((s, k, i) => s + cf[i + 1]! * r.x[k], 0) + cf[cf.length - 1]!;
    expect(longLevel(fit, r.spendingLag, r.x)).toBeCloseTo(byHand, 12);
  });
});
