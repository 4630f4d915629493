/**
 * Burden sharing in an alliance (Olson & Zeckhauser 1966, "An Economic Theory of Alliances",
 * REStat 48(3): 266–279; Sandler & Murdoch 2000, "On Sharing NATO Defence Burdens in the
 * 1990s and Beyond", Fiscal Studies 21(3): 297–327). If deterrence is a pure public good,
 * large allies bear a disproportionate share: the Spearman rank correlation between GDP and
 * defence spending as a share of GDP is positive, tested one-tailed as O&Z (1966) did for NATO in 1964.
 * Sandler & Murdoch partial out a third variable; Ballast offers GDP per capita and exposed
 * borders (exposed-borders.ts). Each ally's share of alliance spending is set against its
 * share of alliance GDP (a ratio above 1: it carries more than its economic weight).
 */
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { spearman } from '../stats/spearman.js';
import { partialSpearman } from '../stats/partial-spearman.js';
import { correlationTest } from '../stats/student-t.js';

/** One ally with complete figures. */
export interface BurdenAlly {
  readonly id: string;
  /** GDP, current US$ m. */
  readonly gdpUsdM: number;
  /** Defence spending, % of GDP. */
  readonly milexPctGdp: number;
  /** Defence spending, current US$ m (default gdpUsdM × milexPctGdp / 100). */
  readonly milexUsdM?: number;
  /** GDP per capita, US$; needed for that partial. */
  readonly gdpPerCapitaUsd?: number | null;
  /** A land border with Russia or Belarus; needed for that partial. */
  readonly exposedBorder?: boolean | null;
}

export interface RankTest {
  /** Spearman ρ, or the partial ρ; null when undefined (a constant variable). */
  readonly rho: number | null;
  /** P(T ≥ t) for ρ > 0, the Olson–Zeckhauser hypothesis; null when undefined. */
  readonly pOneTailed: number | null;
  readonly df: number | null;
  readonly n: number;
}

export interface AllyShare {
  readonly id: string;
  readonly gdpUsdM: number;
  readonly milexPctGdp: number;
  readonly milexUsdM: number;
  readonly gdpRank: number;
  readonly milexShare: number;
  readonly gdpShare: number;
  /** milexShare / gdpShare. */
  readonly shareRatio: number;
  readonly exposedBorder: boolean | null;
  readonly gdpPerCapitaUsd: number | null;
}

export interface BurdenSharing {
  /** GDP against defence share of GDP. */
  readonly spearman: RankTest;
  readonly partialGdpPerCapita: RankTest;
  readonly partialExposedBorder: RankTest;
  /** Sorted by GDP, largest first. */
  readonly allies: readonly AllyShare[];
}

function rankTest(rho: number | null, n: number, controls: number): RankTest {
  const test = rho === null ? null : correlationTest(rho, n, controls);
  return { rho, pOneTailed: test?.pGreater ?? null, df: test?.df ?? null, n };
}

/** The partial ρ over the allies that have the control variable. */
function partialOver(allies: readonly BurdenAlly[], control: (a: BurdenAlly) => number | null): RankTest {
  const have = allies.filter((a) => control(a) !== null);
  const rho = have.length < 4 ? null : partialSpearman(have.map((a) => a.gdpUsdM), have.map((a) => a.milexPctGdp), have.map((a) => control(a)!));
  return rankTest(rho, have.length, 1);
}

/** Checks the allies: at least three, positive GDP, non-negative spending, distinct ids. */
export function checkBurdenAllies(allies: readonly BurdenAlly[]): AnalysisIssue[] {
  const issues: AnalysisIssue[] = [];
  const seen = new Set<string>();
  allies.forEach((a, i) => {
    if (!(a.gdpUsdM > 0)) issues.push({ code: a.gdpUsdM < 0 ? 'negative_value' : 'out_of_range', path: `allies[${i}].gdp`, message: `${a.id}: GDP ${a.gdpUsdM} must be positive`, fix: 'give GDP in current US$ millions' });
    if (a.milexPctGdp < 0) issues.push({ code: 'negative_value', path: `allies[${i}].pctGdp`, message: `${a.id}: defence share ${a.milexPctGdp} is negative`, fix: 'give defence spending as a percentage of GDP, e.g. 2.1' });
    if (a.gdpPerCapitaUsd !== undefined && a.gdpPerCapitaUsd !== null && a.gdpPerCapitaUsd < 0) issues.push({ code: 'negative_value', path: `allies[${i}].gdpPerCapita`, message: `${a.id}: GDP per capita ${a.gdpPerCapitaUsd} is negative`, fix: 'give GDP per capita in US$' });
    if (seen.has(a.id)) issues.push({ code: 'bad_input', path: `allies[${i}].id`, message: `${a.id} appears twice`, fix: 'list each ally once' });
    seen.add(a.id);
  });
  if (allies.length < 3) issues.push({ code: 'not_covered', path: 'allies', message: `${allies.length} allies with GDP and defence share: a rank correlation needs at least 3`, fix: 'add allies, or choose a year with more figures' });
  return issues;
}

/** ρ(GDP, defence share), its partials and the spending and GDP shares, for validated allies. */
export function burdenSharing(allies: readonly BurdenAlly[]): AnalysisResult<BurdenSharing> {
  const issues = checkBurdenAllies(allies);
  if (issues.length > 0) return { ok: false, issues };
  const n = allies.length;
  const rho = spearman(allies.map((a) => a.gdpUsdM), allies.map((a) => a.milexPctGdp));
  const milex = allies.map((a) => a.milexUsdM ?? (a.gdpUsdM * a.milexPctGdp) / 100);
  const totalMilex = milex.reduce((s, v) => s + v, 0), totalGdp = allies.reduce((s, a) => s + a.gdpUsdM, 0);
  const order = allies.map((_, i) => i).sort((i, j) => allies[j]!.gdpUsdM - allies[i]!.gdpUsdM);
  const shares: AllyShare[] = order.map((i, rank) => {
    const a = allies[i]!;
    const milexShare = totalMilex > 0 ? milex[i]! / totalMilex : 0, gdpShare = a.gdpUsdM / totalGdp;
    return { id: a.id, gdpUsdM: a.gdpUsdM, milexPctGdp: a.milexPctGdp, milexUsdM: milex[i]!, gdpRank: rank + 1, milexShare, gdpShare, shareRatio: milexShare / gdpShare, exposedBorder: a.exposedBorder ?? null, gdpPerCapitaUsd: a.gdpPerCapitaUsd ?? null };
  });
  return {
    ok: true,
    value: {
      spearman: rankTest(rho, n, 0),
      partialGdpPerCapita: partialOver(allies, (a) => a.gdpPerCapitaUsd ?? null),
      partialExposedBorder: partialOver(allies, (a) => (a.exposedBorder === undefined || a.exposedBorder === null ? null : a.exposedBorder ? 1 : 0)),
      allies: shares,
    },
  };
}
