import { describe, expect, it } from 'vitest';
import { stanceCells, stanceTable } from '../../web/src/stance-cells.js';
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

describe('stanceTable(result, stance): the heat map as a table', () => {
  it('keeps the heat map\'s allies and order, with the first and the last month as columns', () => {
    const t = stanceTable(result, 'accommodation');
    expect(t.months).toEqual(['2017-01', '2017-02']);
    expect(t.rows).toEqual([
      { iso3: 'MNE', ally: 'Montenegro (MNE)', p: [null, 0.2] },
      { iso3: 'POL', ally: 'Poland (POL)', p: [0.05, 0.3] },
      { iso3: 'JPN', ally: 'Japan (JPN)', p: [0.1, 0.1] },
    ]);
  });

  it('takes one column a year over a long horizon: months 0, 12, 24 and the last', () => {
    const months = Array.from({ length: 30 }, (_, t) => `${2017 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
    const series = months.map((_, t) => t / 100);
    const long = { months, allies: [{ iso3: 'POL', name: 'Poland', drivers: { theatre: 'europe', rival: 'RUS' }, stance: { accommodation: series } }] } as unknown as typeof result;
    const t = stanceTable(long, 'accommodation');
    expect(t.months).toEqual(['2017-01', '2018-01', '2019-01', '2019-06']);
    expect(t.rows[0]!.p).toEqual([0, 0.12, 0.24, 0.29]);
  });
});
