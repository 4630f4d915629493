import { describe, expect, it } from 'vitest';
import { headline, intervalNote, percentNumber } from '../../web/src/headline.js';

const share = (outcome: string, probability: number, lo: number, hi: number) => ({ outcome, count: 0, probability, lo, hi });
/** The four outcomes with "holds" as given; the others do not enter the sentence. */
const outcomes = (p: number, lo: number, hi: number) => [share('holds', p, lo, hi), share('strained', 0.2, 0.18, 0.22), share('fragmenting', 0.1, 0.09, 0.11), share('unravelled', 0.05, 0.04, 0.06)];

describe('headline(result)', () => {
  it('gives each theatre and then the system, each with its 95% interval, in whole percentages', () => {
    // Europe: 962 of 2,000 runs hold, p = 0.481; Wilson (z = 1.96): centre (0.481 + 1.96²/4000) / (1 + 1.96²/2000) = 0.48104,
    // half-width 1.96·√(0.481·0.519/2000 + 1.96²/(4·2000²)) / 1.0019208 = 0.02188, so [0.45916, 0.50291] → 48% (46–50%).
    // Asia-Pacific: 820 of 2,000, p = 0.41 → [0.38864, 0.43171] → 41% (39–43%). System: 905 of 2,000, p = 0.4525 → [0.43080, 0.47438] → 45% (43–47%).
    const r = {
      outcomes: outcomes(0.4525, 0.4308, 0.47438),
      theatres: [{ theatre: 'europe', outcomes: outcomes(0.481, 0.45916, 0.50291) }, { theatre: 'asia_pacific', outcomes: outcomes(0.41, 0.38864, 0.43171) }],
    };
    expect(headline(r)).toBe('In Europe the alliance holds in 48% of runs (95% interval 46–50%); in the Asia-Pacific 41% (39–43%); the system as a whole 45% (43–47%).');
  });

  it('keeps a decimal near 0 and 1 so that a rare outcome does not read as impossible or certain', () => {
    const r = {
      outcomes: outcomes(0.0525, 0.0433, 0.0635),
      theatres: [{ theatre: 'europe', outcomes: outcomes(0.004, 0.0011, 0.0145) }, { theatre: 'asia_pacific', outcomes: outcomes(1, 0.9981, 1) }],
    };
    expect(headline(r)).toBe('In Europe the alliance holds in 0.4% of runs (95% interval 0.1–1%); in the Asia-Pacific 100% (99.8–100%); the system as a whole 5% (4–6%).');
    expect([0, 0.0049, 0.005, 0.485, 0.4851, 0.9949, 0.99951, 1].map(percentNumber)).toEqual(['0', '0.5', '0.5', '49', '49', '99.5', '99.9', '100']);
  });

  it('falls back to the system alone for a result stored before theatres, and to nothing without "holds"', () => {
    expect(headline({ outcomes: outcomes(0.4525, 0.4308, 0.47438) })).toBe('The alliance system holds in 45% of runs (95% interval 43–47%).');
    expect(headline({ outcomes: [], theatres: [] })).toBeNull();
  });
});

describe('headline(result) with parameter uncertainty', () => {
  const withTotal = (p: number, lo: number, hi: number, tlo: number, thi: number) => [{ ...share('holds', p, lo, hi), total_lo: tlo, total_hi: thi }, share('strained', 0.2, 0.18, 0.22)];
  it('leads with the total interval and gives the Monte Carlo one after it, with a note on what each means', () => {
    const r = {
      outcomes: withTotal(0.422, 0.412, 0.431, 0.234, 0.624),
      theatres: [{ theatre: 'europe', outcomes: withTotal(0.533, 0.524, 0.543, 0.358, 0.703) }, { theatre: 'asia_pacific', outcomes: withTotal(0.069, 0.064, 0.074, 0.017, 0.167) }],
      parameters: { mode: 'posterior' as const, draws: 200, drawn: ['cred_base'] },
    };
    expect(headline(r)).toBe('In Europe the alliance holds in 53% of runs (95% interval 36–70% given the calibration\'s uncertainty; Monte Carlo 52–54%); in the Asia-Pacific 7% (2–17%; Monte Carlo 6–7%); the system as a whole 42% (23–62%; Monte Carlo 41–43%).');
    expect(intervalNote(r)).toMatch(/^Each run drew the model's calibrated parameters from their posterior \(200 draws\)/);
    expect(intervalNote({ outcomes: outcomes(0.4525, 0.4308, 0.47438) })).toBeNull();
    // drawn, but too few runs for the total interval: the note says how many it needs
    expect(intervalNote({ outcomes: outcomes(0.4525, 0.4308, 0.47438), parameters: { mode: 'posterior', draws: 200, drawn: [] } })).toMatch(/needs at least 400 runs/);
  });
});
