/**
 * The panel the defence-effort equation is estimated on: each ally-year with its share of GDP
 * (SIPRI, one source for every year), last year's share, threat (the model's threat function
 * on that year's World), the credibility gap (the model's ballast baseline on that year's
 * U.S. troops, command, nuclear sharing, bases) and the mean of the other allies last year.
 */
import { loadWorld, type StateRecord, type World } from '../../data/index.js';
import { baselineCredibility } from '../credibility.js';
import { ballastIndex, ballastWeightsOf, type BallastWeights } from '../ballast.js';
import { libdemOf, reachDistance } from '../compile-setting.js';
import { P, parameterValues } from '../parameters.js';
import { hostilityOf, staticThreat } from '../threat.js';
import { RIVALS } from '../../vocabulary.js';

export interface PanelRow {
  readonly iso3: string;
  readonly year: number;
  readonly spending: number;
  readonly spendingLag: number;
  readonly threat: number;
  readonly credibilityGap: number;
  readonly peersLag: number;
}


/** Raw (unnormalised) threat to a state in a World, with the model's equation and defaults. */
export function rawThreat(world: World, s: StateRecord, v: Float64Array): number {
  const n = world.states.length;
  const usa = world.states.find((x) => x.iso3 === 'USA')!;
  const i = world.pairs.codes.indexOf(s.iso3);
  let t = 0;
  for (const code of RIVALS) {
    const k = world.states.find((x) => x.iso3 === code);
    if (!k) continue;
    const j = world.pairs.codes.indexOf(code);
    const power = (k.capabilities.cinc ?? 0) / (usa.capabilities.cinc ?? 0.14);
    const S = staticThreat(power, reachDistance(world, v, code, s.iso3), k.nuclear.ownWeapons ? 1 : 0, v[P.threat_power_exponent]!, v[P.threat_distance_km]!, v[P.threat_offence_weight]!);
    t += S * (1 + v[P.threat_hostility_weight]! * hostilityOf(world.pairs.idealPointDistance[j * n + i]!, v[P.threat_hostility_scale]!));
  }
  return t;
}

function ballastOf(s: StateRecord, w: BallastWeights): number {
  const command = s.natoIntegratedCommand === true || s.iso3 === 'KOR' ? 1 : 0;
  return ballastIndex(w, s.usTroops.activeDuty ?? 0, command, s.nuclear.usWeaponsHosted ? 1 : 0, s.usBases.bases ?? 0, s.efpHost ? 1 : 0, libdemOf(s));
}

/**
 * Panel rows for `from`..`to` (each needs the year before). Threat is relative to the mean raw
 * threat of the allies of `referenceYear`, the scale the simulation uses.
 */
export function effortPanel(from: number, to: number, referenceYear: number, options: { dataDir?: string; overrides?: Readonly<Record<string, number>> } = {}): PanelRow[] {
  // The credibility gap uses the credibility baseline's values given (a calibration's), else the registry's.
  const v = parameterValues(options.overrides ?? {});
  const w = ballastWeightsOf(v);
  const at = options.dataDir === undefined ? {} : { dataDir: options.dataDir };
  const ref = loadWorld(referenceYear, at);
  const refAllies = ref.states.filter((s) => s.roles.ally);
  const threatRef = refAllies.reduce((sum, s) => sum + rawThreat(ref, s, v), 0) / refAllies.length;
  const rows: PanelRow[] = [];
  for (let year = from; year <= to; year++) {
    const world = loadWorld(year, at), prev = loadWorld(year - 1, at);
    const allies = world.states.filter((s) => s.roles.ally && s.defence.sipriPctGdp !== null);
    const lagOf = (iso3: string) => prev.states.find((x) => x.iso3 === iso3)?.defence.sipriPctGdp ?? null;
    const lags = allies.map((s) => lagOf(s.iso3));
    for (const [idx, s] of allies.entries()) {
      const lag = lags[idx];
      if (lag === null || lag === undefined) continue;
      const others = lags.filter((x, j): x is number => j !== idx && x !== null);
      if (others.length === 0) continue;
      rows.push({
        iso3: s.iso3, year, spending: s.defence.sipriPctGdp!, spendingLag: lag,
        threat: rawThreat(world, s, v) / threatRef,
        credibilityGap: 1 - baselineCredibility(v[P.cred_base]!, v[P.cred_ballast_gain]!, ballastOf(s, w), v[P.cred_baseline_floor]!, v[P.cred_baseline_ceiling]!),
        peersLag: others.reduce((a, b) => a + b, 0) / others.length,
      });
    }
  }
  return rows;
}
