/**
 * What every hindcast window shares (the hindcast of hindcast.ts and the calibration target of
 * hindcast-target.ts): the scenario file of a window, its reading and checks against the data cut
 * before the window, and the truth from the bundled data. A module of its own so that both can
 * use it without the calibration and the hindcast importing each other.
 */
import { join } from 'node:path';
import { loadWorld, worldYears, defaultDataDir } from '../data/index.js';
import { InputError } from '../engine/errors.js';
import { readScenarioText, SHIPPED_SCENARIOS_DIR, validateScenario, type Scenario } from '../scenario/index.js';
import type { Truth } from './truth.js';

/** The hindcast scenario of a window: hindcast-FROM-TO.yaml in `scenariosDir` (by default the shipped scenarios, wherever the command is run from). */
export function hindcastScenarioFile(from: number, to: number, scenariosDir = SHIPPED_SCENARIOS_DIR): string {
  return join(scenariosDir, `hindcast-${from}-${to}.yaml`);
}

/**
 * The hindcast scenario in `file` for the window [from, to], validated against `startDataDir`
 * (the data cut at from − 1): it must start from the World of from − 1 in January of `from` and
 * run the whole window. Every problem is an InputError naming the file.
 */
export function readHindcastScenario(file: string, from: number, to: number, startDataDir: string): Scenario {
  const text = readScenarioText(file);
  if (!text.ok) throw new InputError(text.issues.map((i) => i.message).join('; '));
  const v = validateScenario(text.value, { file, dataDir: startDataDir });
  if (!v.ok) throw new InputError(`${file} does not validate against the data up to ${from - 1}: ${v.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('; ')}`);
  if (v.value.world !== from - 1 || v.value.start !== `${from}-01` || v.value.horizon_months < (to - from + 1) * 12) {
    throw new InputError(`${file} must start from the ${from - 1} world in ${from}-01 and run at least ${(to - from + 1) * 12} months`);
  }
  return v.value;
}

/**
 * The truth from the bundled data: each ally's SIPRI share of GDP — the series the training data
 * use for every year (NATO's table starts in 2012, so mixing it in would score a series break).
 */
export function bundledTruth(from: number, to: number, dataDir = defaultDataDir()): Truth {
  const last = worldYears({ dataDir })[1];
  if (to > last) throw new InputError(`the bundled data end in ${last}: give --truth FILE for ${from}-${to} (docs/VALIDATION.md explains how to build one from a SIPRI or NATO release)`);
  const truth: Truth = new Map();
  for (let y = from; y <= to; y++) {
    for (const s of loadWorld(y, { dataDir }).states) {
      if (!s.roles.ally || s.defence.sipriPctGdp === null) continue;
      if (!truth.has(s.iso3)) truth.set(s.iso3, new Map());
      truth.get(s.iso3)!.set(y, s.defence.sipriPctGdp);
    }
  }
  return truth;
}
