/**
 * The house rule, checked on the hand-maintained facts: nothing after 31 December 2016 (later
 * accessions and the EFP battlegroups are scenario events). Every ISO date and every `from` or
 * `until` year in data/facts/*.json is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'data/facts';

function laterThan2016(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string') {
    const m = /^(\d{4})-\d{2}(-\d{2})?$/.exec(value);
    if (m && Number(m[1]) > 2016) out.push(`${path} = ${value}`);
  } else if (typeof value === 'number' && /(^|\.)(from|until|year)$/.test(path) && value > 2016) {
    out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => laterThan2016(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) laterThan2016(v, `${path}.${k}`, out);
}

describe('data/facts', () => {
  it('holds no date after 2016', () => {
    const found: string[] = [];
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.json'))) laterThan2016(JSON.parse(readFileSync(join(DIR, f), 'utf8')), f, found);
    expect(found).toEqual([]);
  });
});
