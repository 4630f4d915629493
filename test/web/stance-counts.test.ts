import { describe, expect, it } from 'vitest';
import { bandText, stanceCountRows } from '../../web/src/stance-counts.js';
import { metricLabel, offers, STANCE_LABEL, THEATRES_OF_STANCE } from '../../web/src/labels.js';
import { STANCES } from '../../src/vocabulary.js';
import { METRIC_NAMES } from '../../src/model/metrics.js';

/** A metric whose band at the (one) horizon month is q50 [q05–q95], with the given mean. */
const m = (mean: number, q05: number, q50: number, q95: number) => ({ unit: '', meaning: '', mean: [mean], q05: [q05], q25: [q50], q50: [q50], q75: [q50], q95: [q95] });

describe('stanceCountRows(result)', () => {
  it('gives the system and each theatre with the plain count in each offered stance beside cohesion, null where not offered', () => {
    const metrics = {
      cohesion: m(0.7, 0.6, 0.71, 0.8), cohesion_europe: m(0.75, 0.65, 0.76, 0.85), cohesion_asia_pacific: m(0.6, 0.4, 0.62, 0.75),
      aligned: m(24.2, 20, 24, 28), accommodation: m(2.1, 0, 2, 5), bilateral: m(1.2, 0, 1, 3), cover: m(0.5, 0, 0, 2), networking: m(1, 0, 1, 2),
      europe_aligned: m(21.8, 18, 22, 25), europe_accommodation: m(1.6, 0, 1, 4), europe_bilateral: m(1.2, 0, 1, 3), europe_cover: m(0.5, 0, 0, 2),
      asia_pacific_aligned: m(2.4, 1, 2, 4), asia_pacific_accommodation: m(0.5, 0, 0, 2), asia_pacific_networking: m(1, 0, 1, 2),
    };
    const rows = stanceCountRows({ metrics, months: ['2020-12'] });
    expect(rows.map((r) => [r.label, r.allies === null ? null : Number(r.allies.toFixed(6)), bandText(r.cohesion, 2), ...STANCES.map((s) => bandText(r.counts[s], 0))])).toEqual([
      ['All allies', 29, '0.71 [0.60–0.80]', '24 [20–28]', '2 [0–5]', '1 [0–3]', '0 [0–2]', '1 [0–2]'],
      ['Europe', 25.1, '0.76 [0.65–0.85]', '22 [18–25]', '1 [0–4]', '1 [0–3]', '0 [0–2]', '–'],
      ['Asia-Pacific', 3.9, '0.62 [0.40–0.75]', '2 [1–4]', '0 [0–2]', '–', '–', '1 [0–2]'],
    ]);
    expect(rows[2]!.counts.cover).toBeNull();
  });

  it('leaves out a scope the result has no counts for (a result stored before theatres)', () => {
    expect(stanceCountRows({ metrics: { aligned: m(1, 1, 1, 1) }, months: ['2020-12'] }).map((r) => r.scope)).toEqual(['system']);
  });
});

describe('labels', () => {
  it('names every stance, and says which theatres offer it', () => {
    expect(STANCE_LABEL.accommodation).toBe('accommodating the rival (Russia / China)');
    expect(STANCE_LABEL.cover).toBe('European cover');
    expect(STANCE_LABEL.networking).toBe('regional networking');
    expect(STANCE_LABEL.bilateral).toBe('bilateral pact with the U.S.');
    expect(THEATRES_OF_STANCE).toEqual({ aligned: ['europe', 'asia_pacific'], accommodation: ['europe', 'asia_pacific'], bilateral: ['europe'], cover: ['europe'], networking: ['asia_pacific'] });
    expect([offers('asia_pacific', 'cover'), offers('europe', 'cover'), offers(undefined, 'cover')]).toEqual([false, true, true]);
  });

  it('gives every metric of the model words of its own, never a raw stance or theatre name', () => {
    const labels = METRIC_NAMES.map(metricLabel);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l).not.toMatch(/_|asia pacific/);
    expect(metricLabel('asia_pacific_accommodation')).toBe('Asia-Pacific: allies accommodating China');
    // The example of a code name in Compare: "allies at 2pct".
    expect(metricLabel('allies_at_2pct')).toBe('allies spending at least 2% of GDP on defence');
    for (const l of labels) expect(l).not.toMatch(/\b\d+pct\b/);
  });
});
