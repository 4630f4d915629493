import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/model/index.js';
import { parametersTable } from '../../src/model/parameters-table.js';
import { EVENT_TYPES } from '../../src/scenario/index.js';
import { MODEL_VERSION } from '../../src/model/version.js';

const doc = readFileSync('docs/MODEL.md', 'utf8');

describe('docs/MODEL.md', () => {
  it('names the model version it describes', () => {
    expect(/Model version: \*\*([0-9.]+)\*\*/.exec(doc)?.[1]).toBe(MODEL_VERSION);
  });

  it('holds the parameter table generated from the registry (npm run docs:params)', () => {
    const start = doc.indexOf('<!-- parameters:start -->') + '<!-- parameters:start -->'.length;
    const end = doc.indexOf('<!-- parameters:end -->');
    expect(doc.slice(start, end).trim()).toBe(parametersTable().trim());
  });

  it('resolves every citation key of the registry in its References', () => {
    const refs = doc.slice(doc.indexOf('## 11. References'));
    for (const p of PARAMETERS) {
      for (const m of p.source.matchAll(/\b([A-Z][A-Za-z]+\d{4})\b/g)) expect(refs, `${p.name}: ${m[1]}`).toContain(`[${m[1]}`);
    }
  });

  it('names every parameter it mentions in code font as a registry parameter', () => {
    const names = new Set<string>(PARAMETERS.map((p) => p.name));
    const text = doc.slice(0, doc.indexOf('<!-- parameters:start -->'));
    for (const m of text.matchAll(/`([a-z]+(?:_[a-z0-9]+)+)`/g)) {
      if ((EVENT_TYPES as string[]).includes(m[1]!)) continue;
      if (/^(signal|cred|probe|response|resolve|threat|util|const|switch|peer|ballast|nuclear|effort|outcome|review|rhetoric|relevance|revisionism)_/.test(m[1]!)) {
        expect(names.has(m[1]!), m[1]).toBe(true);
      }
    }
  });
});

describe('the effort defaults', () => {
  it('are the posterior means of the linear model on the SIPRI panel 1991-2016 under the prior (the registry\'s ranges), to four decimals', async () => {
    const { effortPanel, fitEffort } = await import('../../src/model/index.js');
    const { effortPosterior, effortPointOf } = await import('../../src/validation/posterior.js');
    const p = effortPosterior(fitEffort(effortPanel(1991, 2016, 2016))!);
    const f = { ...effortPointOf(p), noise: p.mean.effort_noise };
    const def = Object.fromEntries(PARAMETERS.map((p) => [p.name, p.default]));
    expect(def.effort_adjustment).toBeCloseTo(f.adjustment, 4);
    expect(def.effort_intercept).toBeCloseTo(f.intercept, 4);
    expect(def.effort_threat).toBeCloseTo(f.threat, 4);
    expect(def.effort_credibility_gap).toBeCloseTo(f.credibilityGap, 4);
    expect(def.effort_peers).toBeCloseTo(f.peers, 4);
    expect(def.effort_noise).toBeCloseTo(f.noise, 4);
  });
});

describe('ols', () => {
  it('recovers y = 1 + 2x exactly, and a hand-computed fit with noise', async () => {
    const { ols } = await import('../../src/model/index.js');
    const exact = ols([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7])!;
    expect(exact.coefficients[0]).toBeCloseTo(1, 12);
    expect(exact.coefficients[1]).toBeCloseTo(2, 12);
    // x = 1..5, y = 2, 4, 5, 4, 5: slope 0.6, intercept 2.2, r² = 0.6 (by hand).
    const f = ols([1, 2, 3, 4, 5].map((x) => [1, x]), [2, 4, 5, 4, 5])!;
    expect(f.coefficients[1]).toBeCloseTo(0.6, 12);
    expect(f.coefficients[0]).toBeCloseTo(2.2, 12);
    expect(f.r2).toBeCloseTo(0.6, 12);
  });
});
