import { describe, expect, it } from 'vitest';
import { ranks } from '../../src/analysis/stats/ranks.js';
import { pearson } from '../../src/analysis/stats/pearson.js';
import { spearman } from '../../src/analysis/stats/spearman.js';
import { partialCorrelation, partialSpearman } from '../../src/analysis/stats/partial-spearman.js';
import { kendallTauB } from '../../src/analysis/stats/kendall-tau-b.js';
import { lnGamma } from '../../src/analysis/stats/gamma.js';
import { regularizedIncompleteBeta } from '../../src/analysis/stats/incomplete-beta.js';
import { correlationTest, tCdf, tTwoTailed } from '../../src/analysis/stats/student-t.js';

describe('ranks(values)', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(ranks([3, 1, 2])).toEqual([3, 1, 2]);
    expect(ranks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(ranks([])).toEqual([]);
  });
});

describe('pearson(x, y)', () => {
  it('is undefined (null), not 0, for constant or too-short samples', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([1, 2], [1])).toBeNull();
  });
  it('is ±1 for exact linear relations', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBe(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
  });
});

describe('spearman(x, y)', () => {
  // Wikipedia, "Spearman's rank correlation coefficient", worked example (IQ vs hours of TV):
  // Σd² = 194, ρ = 1 − 6·194/(10·99) = −29/165, "p = 0.627188 (using the t-distribution)".
  const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
  const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
  it('reproduces the textbook IQ/TV example: ρ = −29/165 and two-tailed p = 0.627188', () => {
    const rho = spearman(iq, tv)!;
    expect(rho).toBeCloseTo(-29 / 165, 12);
    expect(correlationTest(rho, 10)!.pTwoTailed).toBeCloseTo(0.627188, 6);
  });
  it('equals 1 − 6Σd²/(n(n²−1)) without ties (hand-computed: Σd² = 4, n = 5 → 0.8)', () => {
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });
  it('uses mid-ranks with ties (hand-computed: ranks (1, 2.5, 2.5, 4) vs (1, 3, 2, 4) → 3/√10)', () => {
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
  });
  it('is invariant under monotone transforms of either variable', () => {
    const x = [3.1, 0.2, 8.8, 4.4, 1.5, 7.0];
    const y = [10, 2, 50, 30, 3, 20];
    expect(spearman(x.map(Math.exp), y.map(Math.log))).toBeCloseTo(spearman(x, y)!, 12);
  });
});

describe('partialSpearman(x, y, z)', () => {
  it('matches the hand-computed first-order partial: ρxy = .8, ρxz = .8, ρyz = .3 → .56/√(.36·.91)', () => {
    const x = [1, 2, 3, 4, 5], y = [2, 1, 4, 3, 5], z = [1, 3, 2, 5, 4];
    expect(spearman(x, z)).toBeCloseTo(0.8, 12);
    expect(spearman(y, z)).toBeCloseTo(0.3, 12);
    expect(partialSpearman(x, y, z)).toBeCloseTo(0.56 / Math.sqrt(0.36 * 0.91), 12);
  });
  it('equals ρxy when z is uncorrelated with both, and is undefined when z determines x', () => {
    expect(partialCorrelation(0.5, 0, 0)).toBe(0.5);
    expect(partialCorrelation(0.5, 1, 0.2)).toBeNull();
    expect(partialSpearman([1, 2, 3], [1, 3, 2], [1, 2, 3])).toBeNull();
  });
});

describe('kendallTauB(x, y)', () => {
  it('counts concordant and discordant pairs with the tie correction (hand-computed)', () => {
    // pairs of (1,2,3,4) vs (1,3,2,4): 5 concordant, 1 discordant, no ties → 4/6
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(4 / 6, 12);
    // (1,1,2) vs (1,2,3): n0 = 3, one pair tied in x; 2 concordant → 2/√(2·3)
    expect(kendallTauB([1, 1, 2], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 12);
    expect(kendallTauB([1, 1], [1, 2])).toBeNull();
  });
});

describe('lnGamma and the regularized incomplete beta', () => {
  it('lnGamma matches Γ(5) = 24, Γ(1/2) = √π and Γ(1) = 1', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 9);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 9);
    expect(lnGamma(1)).toBeCloseTo(0, 9);
  });
  it('I_x(a, b) matches closed forms: I_x(1,1) = x, I_x(a,1) = x^a, I_½(a,a) = ½, and symmetry', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 10);
    expect(regularizedIncompleteBeta(0.5, 4.5, 4.5)).toBeCloseTo(0.5, 10);
    expect(regularizedIncompleteBeta(0.2, 2, 5) + regularizedIncompleteBeta(0.8, 5, 2)).toBeCloseTo(1, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(1.5, 2, 3)).toBeNaN();
  });
});

describe('Student t distribution', () => {
  // Critical values from any t table (e.g. Zar 2010, Appendix B; Abramowitz & Stegun 1964, Table 26.10).
  it('t = 2.228 with 10 df is the two-tailed 0.05 critical value', () => {
    expect(tTwoTailed(2.228, 10)).toBeCloseTo(0.05, 3);
    expect(tTwoTailed(2.228139, 10)).toBeCloseTo(0.05, 6);
  });
  it('matches other tabulated quantiles', () => {
    expect(tCdf(2.015048, 5)).toBeCloseTo(0.95, 6);
    expect(tCdf(2.845340, 20)).toBeCloseTo(0.995, 6);
    expect(tCdf(-2.042272, 30)).toBeCloseTo(0.025, 6);
  });
  it('matches closed forms: Cauchy (1 df) P(T ≤ 1) = 3/4; 2 df F(t) = ½ + t/(2√(2+t²)); F(0) = ½', () => {
    expect(tCdf(1, 1)).toBeCloseTo(0.75, 10);
    expect(tCdf(2, 2)).toBeCloseTo(0.5 + 2 / (2 * Math.sqrt(6)), 10);
    expect(tCdf(0, 7)).toBeCloseTo(0.5, 12);
  });
  it('approaches the normal for large df (1.959964 → 0.975)', () => {
    expect(tCdf(1.959964, 1e6)).toBeCloseTo(0.975, 5);
  });
});

describe('correlationTest(r, n, controls)', () => {
  it('puts a published Spearman critical value at its α: n = 30, one-tailed α = .05, r_s = 0.306 (Zar 2010, Table B.20)', () => {
    expect(correlationTest(0.306, 30)!.pGreater).toBeCloseTo(0.05, 2);
  });
  it('uses n − 2 − controls degrees of freedom and is null when none remain', () => {
    expect(correlationTest(0.5, 10)!.df).toBe(8);
    expect(correlationTest(0.5, 10, 1)!.df).toBe(7);
    expect(correlationTest(0.5, 3, 1)).toBeNull();
  });
  it('gives p = 0 one-tailed for a perfect positive correlation and 1 for a perfect negative one', () => {
    expect(correlationTest(1, 5)!.pGreater).toBe(0);
    expect(correlationTest(-1, 5)!.pGreater).toBe(1);
  });
});
