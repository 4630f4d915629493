import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsx, type XlsxSheet } from '../../src/data/index.js';

// Built by test/fixtures/import/build-xlsx.sh from the XML beside it; the expected values
// below are read off those XML files by hand (every value for a year after 2016 in them is
// synthetic: test/fixtures/import/README.md).
const SIPRI = 'test/fixtures/import/SIPRI-Milex-data-2007-2018.xlsx';
const NATO = 'test/fixtures/import/180710-def-exp-2018-en.xlsx';
const bytes = readFileSync(SIPRI);

function sheets(file: string, data: Uint8Array = readFileSync(file)): readonly XlsxSheet[] {
  const r = readXlsx(file, data);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
}

/** Where an entry's local header starts: the name right after a local-header signature. */
function localHeader(buf: Buffer, name: string): number {
  for (let at = buf.indexOf(Buffer.from(name)); at >= 0; at = buf.indexOf(Buffer.from(name), at + 1)) {
    if (at >= 30 && buf.readUInt32LE(at - 30) === 0x04034b50 && buf.readUInt16LE(at - 4) === name.length) return at - 30;
  }
  throw new Error(`no local header for ${name}`);
}

/** The compression method in the local header of an entry (0 stored, 8 deflate). */
function methodOf(buf: Buffer, name: string): number {
  return buf.readUInt16LE(localHeader(buf, name) + 8);
}

describe('readXlsx(file, bytes)', () => {
  it('the fixture holds both a stored and a deflated entry (so both paths are read)', () => {
    expect(methodOf(bytes, 'xl/workbook.xml')).toBe(0);
    expect(methodOf(bytes, 'xl/worksheets/sheet2.xml')).toBe(8);
    expect(methodOf(bytes, 'xl/sharedStrings.xml')).toBe(8);
  });

  it('lists the sheets in workbook order by name, following relative and absolute relationship targets', () => {
    expect(sheets(SIPRI).map((s) => s.name)).toEqual(['Front page', 'Current US$', 'Share of GDP']);
  });

  it('joins the runs of a rich-text shared string and decodes entities', () => {
    const usd = sheets(SIPRI)[1]!;
    expect(usd.rows[0]![0]).toBe('Military expenditure by country, in millions of US$ at current prices and exchange rates, 2007-2018');
    expect(usd.rows[5]![0]).toBe('Trinidad & Tobago');
    expect(usd.rows[10]![1]).toBe('\u2021'); // ‡ written as &#8225;
  });

  it('places cells by reference: title rows, an empty row, the header, region rows and markers', () => {
    const usd = sheets(SIPRI)[1]!;
    expect(usd.rows).toHaveLength(14);
    for (const row of usd.rows) expect(row).toHaveLength(6);
    expect(usd.rows[2]).toEqual([null, null, null, null, null, null]);
    expect(usd.rows[3]).toEqual(['Country', 'Notes', 2007, 2016, 2017, 2018]);
    expect(usd.rows[6]).toEqual(['Africa', null, null, null, null, null]);
    expect(usd.rows[7]).toEqual(['Algeria', null, '. .', 10217.5, 9712.6, 9248.1]);
    expect(usd.rows[9]).toEqual(['Czechia', null, 2707.68, 1954.94, 2391.47, '. .']);
    expect(usd.rows[11]).toEqual(['Kosovo', null, 'xxx', 51.94, 58.93, 63.41]);
  });

  it('reads fractions as stored, a formula string by its cached value, and rich inline strings', () => {
    const share = sheets(SIPRI)[2]!;
    expect(share.rows[3]).toEqual(['Country', 'Notes', 2007, 2016, 2017, '2018']);
    expect(share.rows[9]).toEqual(['Czechia', null, 0.0142, 0.0099, 0.0108, 0.0116]);
    expect(share.rows[1]![0]).toBe('Figures are shares of GDP. . . = data unavailable. xxx = country did not exist or was not independent during all or part of the year in question.');
  });

  it('reads booleans as TRUE/FALSE, errors as text, leaves out phonetic runs and places cells without a reference in order', () => {
    const front = sheets(SIPRI)[0]!;
    expect(front.rows).toEqual([
      ['SIPRI Military Expenditure Database', null, null],
      ['TRUE', 3.5, '#N/A'],
      ['Japan', 42, null],
    ]);
  });

  it('reads a second workbook whose years are text with an estimate mark', () => {
    const tab3 = sheets(NATO)[1]!;
    expect(tab3.name).toBe('TAB3');
    expect(tab3.rows[3]).toEqual(['Country', 2016, 2017, '2018e', 2016, 2017, '2018e']);
    expect(tab3.rows[7]).toEqual(['Iceland', '-', '-', '-', null, null, null]);
  });

  it('refuses a truncated workbook with xlsx_invalid naming the file', () => {
    const r = readXlsx('cut.xlsx', bytes.subarray(0, 2000));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'xlsx_invalid', file: 'cut.xlsx' });
    expect(r.issues[0]!.message).toMatch(/truncated/);
  });

  it('refuses a file that is not a ZIP archive', () => {
    const r = readXlsx('table.csv', Buffer.from('Country,2017\nPoland,1.94\n'));
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'xlsx_invalid', file: 'table.csv' });
  });

  it('refuses a damaged entry by its CRC-32 or inflate failure, naming the entry', () => {
    const damaged = Buffer.from(bytes);
    const at = localHeader(damaged, 'xl/worksheets/sheet2.xml') + 30 + 'xl/worksheets/sheet2.xml'.length + 40;
    damaged[at] = damaged[at]! ^ 0xff;
    const r = readXlsx('damaged.xlsx', damaged);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.message).toMatch(/sheet2\.xml/);
  });

  it('refuses an archive without xl/workbook.xml', () => {
    const renamed = Buffer.from(bytes.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbooX.xml'), 'latin1');
    const r = readXlsx('other.zip', renamed);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'xlsx_invalid', file: 'other.zip', message: expect.stringMatching(/no xl\/workbook\.xml/) });
  });
});
