/**
 * `ballast world`: the alliance system of a year, as a table of allies or one state in full.
 * The World comes through the data layer's cache of built Worlds (data/world-cache.ts), so a
 * warm start reads one file instead of parsing data/; the answer is the same either way.
 */
import { Option, type Command } from 'commander';
import { DataError } from '../data/errors.js';
import type { StateRecord, World } from '../data/index.js';
import { alliesOf, findState } from '../data/lookup.js';
import { dec, FORMATS, renderCsv, renderTable, thousands, yesNo, type Column, type Format } from './format.js';

const ROLE_ORDER = ['patron', 'ally', 'partner', 'gray_zone', 'rival'] as const;

function role(s: StateRecord): string {
  if (s.roles.patron) return 'patron';
  if (s.roles.natoMember && s.roles.asiaAlly) return 'NATO+treaty';
  if (s.roles.natoMember) return 'NATO';
  if (s.roles.asiaAlly) return 'treaty';
  if (s.roles.rival) return 'rival';
  if (s.roles.grayZone) return 'gray zone';
  return 'partner';
}

/** The columns of `ballast world`: spending first, then the ballast and credibility-relevant fields. */
export const WORLD_COLUMNS: readonly Column<StateRecord>[] = [
  { header: 'iso3', value: (s) => s.iso3 },
  { header: 'state', value: (s) => s.name },
  { header: 'role', value: role },
  { header: 'milex_pct_gdp', value: (s) => dec(s.defence.pctGdp, 2), right: true },
  { header: 'source', value: (s) => s.defence.vintage },
  { header: 'milex_usd_m', value: (s) => dec(s.defence.usdCurrentM, 0), right: true },
  { header: 'us_troops', value: (s) => s.usTroops.activeDuty, right: true },
  { header: 'us_nukes', value: (s) => yesNo(s.nuclear.usWeaponsHosted) },
  { header: 'nato_command', value: (s) => yesNo(s.natoIntegratedCommand) },
  { header: 'un_agree_usa', value: (s) => dec(s.un.agreeUsa, 2), right: true },
  { header: 'un_agree_rus', value: (s) => dec(s.un.agreeRus, 2), right: true },
  { header: 'cinc', value: (s) => dec(s.capabilities.cinc, 4), right: true },
];

/** Allies (and the patron) sorted by defence share of GDP, highest first; missing last. */
export function worldRows(world: World, all: boolean): StateRecord[] {
  const rows = all ? [...world.states] : world.states.filter((s) => s.roles.ally || s.roles.patron);
  const rank = (s: StateRecord) => ROLE_ORDER.findIndex((r) => (r === 'ally' ? s.roles.ally : r === 'gray_zone' ? s.roles.grayZone : s.roles[r as 'patron' | 'partner' | 'rival']));
  return rows.sort((a, b) => (all ? rank(a) - rank(b) : 0) || (b.defence.pctGdp ?? -1) - (a.defence.pctGdp ?? -1) || a.iso3.localeCompare(b.iso3));
}

/** Three lines a newcomer can read: who the allies are and who meets the 2% guideline. */
export function worldSummary(world: World): string {
  const year = world.year;
  const allies = alliesOf(world);
  const nato = world.states.filter((s) => s.roles.natoMember);
  const atTwo = nato.filter((s) => s.defence.pctGdp !== null && s.defence.pctGdp >= 2).sort((a, b) => b.defence.pctGdp! - a.defence.pctGdp!);
  const vintages = [...new Set(nato.map((s) => s.defence.vintage).filter((v) => v !== null))].join(', ');
  const troops = allies.reduce((t, s) => t + (s.usTroops.activeDuty ?? 0), 0);
  return [
    `Ballast world ${year} (data ${world.dataVersion}): ${nato.length} NATO members, ${allies.length} U.S. allies (${allies.filter((s) => s.roles.asiaAlly).length} Asia-Pacific treaty allies), ${world.states.length} states followed.`,
    `NATO members at or above 2% of GDP on defence: ${atTwo.length} of ${nato.length} (${atTwo.map((s) => `${s.iso3} ${s.defence.pctGdp!.toFixed(2)}`).join(', ')}); figures: ${vintages}.`,
    `U.S. active-duty troops hosted by allies: ${thousands(troops)} (troopdata; DMDC counts omit rotational forces).`,
  ].join('\n');
}

function parseYear(v: string): number {
  const y = Number(v);
  if (!Number.isInteger(y)) throw new DataError([{ code: 'bad_value', field: '--year', message: `"${v}" is not a year`, fix: 'write the year as four digits, e.g. --year 2016' }]);
  return y;
}

/** One state in full as field/value rows: nested fields become dotted paths. */
export function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, value === null ? '' : String(value)]];
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return [[prefix, value.join(';')]];
    return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  }
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function formatOption() {
  return new Option('--format <format>', 'output format').choices(FORMATS).default('table');
}

export function registerWorldCommands(program: Command): void {
  const world = program
    .command('world')
    .description('the alliance system of a year: allies sorted by defence share of GDP')
    .enablePositionalOptions()
    .option('--year <year>', 'snapshot year (1990 to the last year the data cover)', '2016')
    .option('--all', 'list every state followed (partners, gray zones, rivals), not only the allies')
    .addOption(formatOption())
    .addHelpText('after', '\nExamples:\n  ballast world --year 2016\n  ballast world --year 1999 --all --format csv\n  ballast world show POL --year 2016 --format json')
    .action(async (opts: { year: string; all?: boolean; format: Format }) => {
      const year = parseYear(opts.year);
      // The cache's own module: data/index.js would load the parser and zod before knowing whether they are needed.
      const { loadWorldCached } = await import('../data/world-cache.js');
      const w = await loadWorldCached(year);
      const rows = worldRows(w, opts.all === true);
      if (opts.format === 'json') process.stdout.write(JSON.stringify({ year: w.year, dataVersion: w.dataVersion, states: rows }, null, 2) + '\n');
      else if (opts.format === 'csv') process.stdout.write(renderCsv(WORLD_COLUMNS, rows));
      else process.stdout.write(`${worldSummary(w)}\n\n${renderTable(WORLD_COLUMNS, rows)}\n`);
    });
  world
    .command('show <state>')
    .description('one state in full, with the source of every field (state: POL, Poland, COW 290, iso:616)')
    .option('--year <year>', 'snapshot year', '2016')
    .addOption(formatOption())
    .action(async (query: string, opts: { year: string; format: Format }) => {
      const year = parseYear(opts.year);
      const { loadWorldCached } = await import('../data/world-cache.js');
      const w = await loadWorldCached(year);
      const s = findState(w, query);
      if (!s) {
        throw new DataError([{ code: 'unknown_state', field: 'state', message: `no state "${query}" in the ${w.year} world`, fix: `use an ISO3 code, a COW number or a name; states in ${w.year}: ${w.pairs.codes.join(' ')}` }]);
      }
      if (opts.format === 'json') { process.stdout.write(JSON.stringify(s, null, 2) + '\n'); return; }
      const rows = flatten(s);
      const cols: Column<[string, string]>[] = [{ header: 'field', value: (r) => r[0] }, { header: 'value', value: (r) => r[1] }];
      process.stdout.write(opts.format === 'csv' ? renderCsv(cols, rows) : `${s.name} (${s.iso3}) in ${w.year}\n\n${renderTable(cols, rows)}\n`);
    });
}
