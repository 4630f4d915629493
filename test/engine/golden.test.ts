/**
 * The engine's numbers, pinned: the SHA-256 of the accumulator (every statistic, as bytes) for 300
 * runs of three shipped scenarios, with fixed parameters and posterior draws. A change that is meant
 * to leave the model alone (a faster loop, a new recorder) must leave these alone; a change to an
 * equation, a default or the data must bump MODEL_VERSION (src/model/version.ts) and these together.
 * The values were computed by the engine before its hot loop was rewritten (model 2.6.1, commit 7b1f6ab).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runBlock } from '../../src/engine/block.js';
import { prepare } from '../../src/engine/prepare.js';
import { defaultDataDir } from '../../src/data/index.js';
import { MODEL_VERSION } from '../../src/model/version.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { ParameterMode } from '../../src/model/parameter-draws.js';
import { accumulatorParts } from './accumulator-bytes.js';

const PINNED = {
  model: '2.6.1',
  hashes: {
    'fixed worst-case': 'bddf5e54ce86de12',
    'fixed continuity': '5d731084a4224a09',
    'fixed hindcast-2017-2024': '27419aab53cb3aa3',
    'posterior worst-case': '22cdf5627efe574f',
    'posterior continuity': 'b3933d93e407ea0a',
    'posterior hindcast-2017-2024': 'f8c355d118c9b6ca',
  },
};

function hashOf(parameters: ParameterMode, scenario: string): string {
  const p = prepare(loadScenario(`scenarios/${scenario}.yaml`), defaultDataDir(), { parameters });
  const acc = runBlock({ core: p.core, seed: 42, from: 0, to: 300 });
  const h = createHash('sha256');
  // The typed arrays' names and bytes, then the chains' JSON (not their name): the digest pinned below.
  for (const [k, v] of accumulatorParts(acc)) { if (typeof v === 'string') h.update(v); else h.update(k).update(v); }
  return h.digest('hex').slice(0, 16);
}

describe('the engine\'s numbers for this model version', () => {
  it('are the pinned bytes (bump MODEL_VERSION and these together when the model changes on purpose)', () => {
    const hashes = Object.fromEntries(Object.keys(PINNED.hashes).map((key) => {
      const [parameters, scenario] = key.split(' ') as [ParameterMode, string];
      return [key, hashOf(parameters, scenario)];
    }));
    expect({ model: MODEL_VERSION, hashes }).toEqual(PINNED);
  });
});
