/**
 * A two-month, three-ally result worked by hand: Poland and Montenegro in Europe (Montenegro an
 * ally from the second month), Japan in the Asia-Pacific. Poland's networking and Japan's cover
 * are stances their theatres do not offer (probability 0 by construction).
 */
import type { EnsembleResult } from '../../src/results/assemble.js';

export const result = {
  months: ['2017-01', '2017-02'],
  allies: [
    { iso3: 'POL', name: 'Poland', drivers: { theatre: 'europe', rival: 'RUS' }, stance: { aligned: [0.9, 0.6], accommodation: [0.05, 0.3], cover: [0.05, 0.1], networking: [0, 0] } },
    { iso3: 'MNE', name: 'Montenegro', drivers: { theatre: 'europe', rival: 'RUS' }, stance: { aligned: [null, 0.5], accommodation: [null, 0.2] } },
    { iso3: 'JPN', name: 'Japan', drivers: { theatre: 'asia_pacific', rival: 'CHN' }, stance: { aligned: [0.8, 0.7], accommodation: [0.1, 0.1], cover: [0, 0], networking: [0.1, 0.2] } },
  ],
} as unknown as Pick<EnsembleResult, 'allies' | 'months'>;
