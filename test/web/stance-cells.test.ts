import { describe, expect, it } from 'vitest';
import { stanceCells } from '../../web/src/stance-cells.js';
import { result } from './result-fixture.js';

describe('stanceCells(result, stance)', () => {
  it('skips months when a state is not an ally and orders allies by mean probability', () => {
    const { cells, order } = stanceCells(result, 'accommodation');
    expect(cells.map((c) => `${c.iso3} ${c.month} ${c.p}`)).toEqual(['POL 2017-01 0.05', 'POL 2017-02 0.3', 'MNE 2017-02 0.2', 'JPN 2017-01 0.1', 'JPN 2017-02 0.1']);
    // means: Montenegro 0.2, Poland (0.05 + 0.3) / 2 = 0.175, Japan 0.1
    expect(order).toEqual(['Montenegro (MNE)', 'Poland (POL)', 'Japan (JPN)']);
  });

  it('leaves out the allies whose theatre does not offer the stance', () => {
    expect(stanceCells(result, 'cover').order).toEqual(['Poland (POL)', 'Montenegro (MNE)']);
    expect(stanceCells(result, 'networking').cells.map((c) => `${c.iso3} ${c.p}`)).toEqual(['JPN 0.1', 'JPN 0.2']);
  });
});
