import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../src/data/csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, keeping row lines', () => {
    const r = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",2\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.header).toEqual(['a', 'b']);
    expect(r.value.rows).toEqual([['x, y', 'say "hi"'], ['multi\nline', '2']]);
    expect(r.value.lines).toEqual([2, 3]);
  });

  it('keeps empty cells as empty strings (missing), strips a BOM and CRLF', () => {
    const r = parseCsv('\ufeffa,b,c\r\n1,,3\r\n');
    expect(r.ok && r.value.rows).toEqual([['1', '', '3']]);
    expect(r.ok && r.value.header).toEqual(['a', 'b', 'c']);
  });

  it('reports an unterminated quote at the line and column where it opens', () => {
    const r = parseCsv('a,b\n1,2\n3,"cut sho');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([expect.objectContaining({ code: 'csv_unterminated_quote', line: 3, column: 3 })]);
  });

  it('reports every ragged row, not only the first', () => {
    const r = parseCsv('a,b\n1\n2,3\n4,5,6\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['csv_ragged_row', 2], ['csv_ragged_row', 4]]);
  });

  it('refuses an empty file', () => {
    const r = parseCsv('');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.code).toBe('csv_empty');
  });
});

describe('formatCsv', () => {
  it('quotes cells that need it and writes null as an empty cell; parseCsv reads it back', () => {
    const text = formatCsv(['name', 'v'], [['Korea, South', 1.5], ['x"y', null]]);
    expect(text).toBe('name,v\n"Korea, South",1.5\n"x""y",\n');
    const back = parseCsv(text);
    expect(back.ok && back.value.rows).toEqual([['Korea, South', '1.5'], ['x"y', '']]);
  });
});
