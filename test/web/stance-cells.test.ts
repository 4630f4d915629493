import { describe, expect, it } from 'vitest';
import { stanceCells } from '../../web/src/stance-cells.js';
import { result } from './result-fixture.js';

describe('stanceCells(result, stance)', () => {
  it('skips months when a state is not an ally and orders allies by mean probability', () => {
    const { cells, order } = stanceCells(result, 'hedging');
    expect(cells.map((c) => `${c.iso3} ${c.month} ${c.p}`)).toEqual(['POL 2017-01 0.05', 'POL 2017-02 0.3', 'MNE 2017-02 0.2']);
    expect(order).toEqual(['Montenegro (MNE)', 'Poland (POL)']);
  });
});
