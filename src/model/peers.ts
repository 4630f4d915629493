/**
 * Peer behaviour for contagion (Granovetter 1978; Watts 2002): for each ally, the
 * relevance-weighted sums of its active peers in each stance, kept up to date incrementally
 * when an ally changes stance, joins or leaves, so that a stance review reads its peer shares
 * in constant time.
 */
import { baselineCredibility } from './credibility.js';
import { P } from './parameters.js';
import { slotBallast, type Setting } from './setting.js';
import type { RunState } from './state.js';
import { STANCE_COUNT } from './stance.js';

/** Recomputes every ally's peer sums from scratch (at the start of a run). */
export function initPeers(s: Setting, st: RunState): void {
  const n = s.n;
  st.peerSum.fill(0);
  st.peerTotal.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i || st.active[j] === 0) continue;
      const w = s.peerWeight[i * n + j]!;
      st.peerSum[i * STANCE_COUNT + st.stance[j]!]! += w;
      st.peerTotal[i]! += w;
    }
  }
}

/** Changes ally j's stance and moves its weight in every other ally's peer sums. */
export function setStance(s: Setting, st: RunState, j: number, stance: number): void {
  const from = st.stance[j]!;
  if (from === stance) return;
  st.stance[j] = stance;
  st.changes++;
  if (st.active[j] === 0) return;
  const n = s.n;
  for (let i = 0; i < n; i++) {
    if (i === j) continue;
    const w = s.peerWeight[i * n + j]!;
    st.peerSum[i * STANCE_COUNT + from]! -= w;
    st.peerSum[i * STANCE_COUNT + stance]! += w;
  }
}

/** Makes ally j active (an accession) or not (an exit), updating the others' peer sums. */
export function setActive(s: Setting, st: RunState, j: number, active: boolean): void {
  if ((st.active[j] === 1) === active) return;
  st.active[j] = active ? 1 : 0;
  st.signalsStale = true;
  st.changes++;
  const n = s.n, sign = active ? 1 : -1;
  for (let i = 0; i < n; i++) {
    if (i === j) continue;
    const w = sign * s.peerWeight[i * n + j]!;
    st.peerSum[i * STANCE_COUNT + st.stance[j]!]! += w;
    st.peerTotal[i]! += w;
  }
}

/** Relevance-weighted share of i's active peers in each stance, into out (length STANCE_COUNT). */
export function peerShares(st: RunState, i: number, out: Float64Array): void {
  const total = st.peerTotal[i]!;
  for (let k = 0; k < STANCE_COUNT; k++) out[k] = total > 0 ? st.peerSum[i * STANCE_COUNT + k]! / total : 0;
}

/** Recomputes ally i's ballast and the credibility baseline it sets (after troops or EFP change). */
export function refreshBallast(s: Setting, st: RunState, i: number): void {
  st.ballast[i] = slotBallast(s, i, st.troops[i]!, st.efp[i]!);
  st.baseline[i] = baselineCredibility(s.params[P.cred_base]!, s.params[P.cred_ballast_gain]!, st.ballast[i]!, s.params[P.cred_baseline_floor]!, s.params[P.cred_baseline_ceiling]!);
}
