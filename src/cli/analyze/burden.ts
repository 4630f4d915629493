/**
 * `ballast analyze burden`: NATO burden sharing in a year (Olson & Zeckhauser 1966; Sandler &
 * Murdoch 2000): Spearman's ρ between GDP and defence share of GDP with its one-tailed p, the
 * partials, the 2% table, and each ally's share of spending against its share of GDP; or the
 * series over every year (--all-years), or raw allies (--input). One library call plus formatting.
 */
import { Option, type Command } from 'commander';
import type { AllyShare, BurdenSharing, BurdenYear, RankTest } from '../../analysis/index.js';
import { dec, FORMATS, renderCsv, renderTable, type Column, type Format } from '../format.js';
import { readJsonFile, valueOf, worldOf } from './similarity.js';

const pct = (v: number) => (100 * v).toFixed(2);

const ALLY_COLUMNS: readonly Column<AllyShare>[] = [
  { header: 'ally', value: (a) => a.id },
  { header: 'gdp_usd_m', value: (a) => dec(a.gdpUsdM, 0), right: true },
  { header: 'gdp_rank', value: (a) => a.gdpRank, right: true },
  { header: 'milex_pct_gdp', value: (a) => dec(a.milexPctGdp, 2), right: true },
  { header: 'at_2pct', value: (a) => (a.milexPctGdp >= 2 ? 'yes' : 'no') },
  { header: 'milex_share_pct', value: (a) => pct(a.milexShare), right: true },
  { header: 'gdp_share_pct', value: (a) => pct(a.gdpShare), right: true },
  { header: 'share_ratio', value: (a) => dec(a.shareRatio, 2), right: true },
  { header: 'gdp_per_capita_usd', value: (a) => dec(a.gdpPerCapitaUsd, 0), right: true },
  { header: 'exposed_border', value: (a) => (a.exposedBorder === null ? null : a.exposedBorder ? 'yes' : 'no') },
];

function describeTest(label: string, t: RankTest): string {
  if (t.rho === null) return `${label}: undefined (a variable does not vary), n = ${t.n}`;
  return `${label}: rho = ${t.rho.toFixed(3)}, one-tailed p = ${t.pOneTailed === null ? '–' : t.pOneTailed.toFixed(4)} (t approximation, ${t.df} df, n = ${t.n})`;
}

function statisticLines(b: BurdenSharing): string[] {
  return [
    describeTest('Spearman rho(GDP, defence % of GDP)', b.spearman),
    describeTest('  partial, holding GDP per capita', b.partialGdpPerCapita),
    describeTest('  partial, holding exposed borders (land border with Russia/Belarus)', b.partialExposedBorder),
  ];
}

const SERIES_COLUMNS: readonly Column<BurdenYear>[] = [
  { header: 'year', value: (r) => r.year },
  { header: 'n', value: (r) => r.spearman.n, right: true },
  { header: 'rho', value: (r) => dec(r.spearman.rho, 3), right: true },
  { header: 'p_one_tailed', value: (r) => dec(r.spearman.pOneTailed, 4), right: true },
  { header: 'partial_gdp_pc', value: (r) => dec(r.partialGdpPerCapita.rho, 3), right: true },
  { header: 'p_gdp_pc', value: (r) => dec(r.partialGdpPerCapita.pOneTailed, 4), right: true },
  { header: 'partial_exposed', value: (r) => dec(r.partialExposedBorder.rho, 3), right: true },
  { header: 'p_exposed', value: (r) => dec(r.partialExposedBorder.pOneTailed, 4), right: true },
  { header: 'members', value: (r) => r.compliance.members, right: true },
  { header: 'at_2pct', value: (r) => r.compliance.atOrAbove.length, right: true },
  { header: 'at_2pct_states', value: (r) => r.compliance.atOrAbove.map((x) => x.id).join(' ') },
];

function print(format: Format, json: unknown, csv: () => string, table: () => string): void {
  process.stdout.write(format === 'json' ? JSON.stringify(json, null, 2) + '\n' : format === 'csv' ? csv() : table() + '\n');
}

interface Options { year: string; allYears?: boolean; input?: string; format: Format }

export function registerBurdenCommand(analyze: Command): void {
  analyze
    .command('burden')
    .description('NATO burden sharing: Spearman rho of GDP vs defence share, partials, the 2% table, spending vs GDP shares')
    .option('--year <year>', 'snapshot year (1990 to the last year the data cover)', '2016')
    .option('--all-years', 'the statistic and the 2% count for every year of the data')
    .option('--input <file>', 'raw allies instead of a year: { "allies": [{ "id", "gdp", "pctGdp", "milex"?, "gdpPerCapita"?, "exposed"? }] }')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .addHelpText('after', '\nExamples:\n  ballast analyze burden --year 2016\n  ballast analyze burden --all-years --format csv\n  ballast analyze burden --input allies.json --format json\n\nA positive rho means larger allies carry a larger share of their GDP (Olson & Zeckhauser\'s\n"exploitation of the great by the small"). See docs/ANALYSIS.md (model 1).')
    .action(async (opts: Options) => {
      const { burdenSharing, natoBurdenByYear, natoBurdenSharing, readBurdenInput } = await import('../../analysis/index.js');
      if (opts.input !== undefined) {
        const b = valueOf(burdenSharing(valueOf(readBurdenInput(readJsonFile(opts.input)))));
        print(opts.format, b, () => renderCsv(ALLY_COLUMNS, b.allies), () => `${statisticLines(b).join('\n')}\n\n${renderTable(ALLY_COLUMNS, b.allies)}`);
        return;
      }
      if (opts.allYears) {
        const { loadWorld, worldYears } = await import('../../data/index.js');
        const [first, last] = worldYears();
        const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
        const rows = valueOf(natoBurdenByYear(years.map((y) => loadWorld(y))));
        print(opts.format, rows, () => renderCsv(SERIES_COLUMNS, rows), () => `NATO burden sharing ${first}-${last}: Spearman rho of GDP vs defence % of GDP, one-tailed p; members at or above 2%\n\n${renderTable(SERIES_COLUMNS, rows)}`);
        return;
      }
      const b = valueOf(natoBurdenSharing(await worldOf(opts.year)));
      const c = b.compliance;
      print(opts.format, b, () => renderCsv(ALLY_COLUMNS, b.allies), () => [
        `NATO burden sharing in ${b.year}: ${b.spearman.n} of ${c.members} members with GDP and defence figures (${b.vintages.join(', ')})${b.excluded.length ? `; left out: ${b.excluded.map((e) => `${e.id} (${e.reason})`).join(', ')}` : ''}`,
        ...statisticLines(b),
        `At or above the 2% guideline: ${c.atOrAbove.length} of ${c.members} (${c.atOrAbove.map((x) => `${x.id} ${x.pctGdp.toFixed(2)}`).join(', ')}); ${c.reporting} report a figure`,
        '',
        renderTable(ALLY_COLUMNS, b.allies),
      ].join('\n'));
    });
}
