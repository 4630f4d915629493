/** A two-month, two-ally result (Montenegro an ally from the second month), worked by hand. */
import type { EnsembleResult } from '../../src/results/assemble.js';

export const result = {
  months: ['2017-01', '2017-02'],
  allies: [
    { iso3: 'POL', name: 'Poland', stance: { aligned: [0.9, 0.6], hedging: [0.05, 0.3] } },
    { iso3: 'MNE', name: 'Montenegro', stance: { aligned: [null, 0.5], hedging: [null, 0.2] } },
  ],
} as unknown as Pick<EnsembleResult, 'allies' | 'months'>;
