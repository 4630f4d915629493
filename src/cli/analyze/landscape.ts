/**
 * `ballast analyze landscape`: the landscape theory of aggregation (Axelrod & Bennett 1993) for
 * Europe or the Asia-Pacific in a year (sizes CINC, propensities by the documented rule), or for
 * actors and propensities given with --input: every configuration stable under single-actor
 * moves, with its energy and basin, and each actor's margin in the lowest one. One library call
 * plus formatting.
 */
import { Option, type Command } from 'commander';
import { AnalysisError } from '../../analysis/errors.js';
import { LANDSCAPE_REGIONS, type LandscapeRegion } from '../../analysis/landscape/regions.js';
import { RELATION_RULES } from '../../analysis/network/relation-rules.js';
import type { LandscapeMinimum, LandscapeProblem, LandscapeResult, PropensityWeights } from '../../analysis/index.js';
import { dec, FORMATS, renderCsv, renderTable, type Column, type Format } from '../format.js';
import { readJsonFile, valueOf, worldOf } from './similarity.js';
import { tiesCliOption, tiesOption } from './network.js';
import { integerOption } from './balance.js';

function weightsOption(value: string | undefined): PropensityWeights | undefined {
  if (value === undefined) return undefined;
  const w = value.split(',').map(Number);
  if (w.length !== 3 || w.some((x) => !Number.isFinite(x))) {
    throw new AnalysisError([{ code: 'bad_input', path: '--weights', message: `"${value}" is not three numbers`, fix: 'give the weights of alliance, UN affinity and rivalry, e.g. --weights 1,2,1' }]);
  }
  return { alliance: w[0]!, un: w[1]!, rivalry: w[2]! };
}

const percent = (share: number) => `${(100 * share).toFixed(share < 0.001 ? 4 : 1)}%`;

/** Actors whose side differs from the lowest minimum's (relative to actor 0's side). */
function movers(m: LandscapeMinimum, lowest: LandscapeMinimum, ids: readonly string[]): string[] {
  return ids.filter((_, i) => m.side[i] !== lowest.side[i]);
}

function minimaJson(r: LandscapeResult, problem: LandscapeProblem) {
  const lowest = r.minima[0];
  return r.minima.map((m) => ({ energy: m.energy, sides: m.sides, basin: m.basin, basinShare: m.basinShare, movers: lowest ? movers(m, lowest, problem.ids) : [] }));
}

async function table(r: LandscapeResult, problem: LandscapeProblem, title: string, top: number): Promise<string> {
  const { switchMargins } = await import('../../analysis/index.js');
  const how = r.method === 'exhaustive' ? `all ${r.configurations.toLocaleString('en-US')} configurations checked` : `${r.starts} seeded steepest descents (a heuristic: the minima found, not all)`;
  const basins = r.basinMethod === 'exact' ? 'basins exact (steepest descent)' : `basins estimated from ${r.starts} seeded descents`;
  const lines = [title, `${r.minima.length} configuration(s) stable under single-actor moves; ${how}; ${basins}.`, ''];
  const lowest = r.minima[0]!;
  r.minima.slice(0, top).forEach((m, k) => {
    lines.push(`minimum ${k + 1}: energy ${m.energy.toPrecision(6)}, basin ${Math.round(m.basin).toLocaleString('en-US')} (${percent(m.basinShare)})${k > 0 ? `; moves from minimum 1: ${movers(m, lowest, problem.ids).join(' ')}` : ''}`);
    lines.push(`  side of ${problem.ids[0]} (${m.sides[0].length}): ${m.sides[0].join(' ')}`);
    lines.push(`  other side (${m.sides[1].length}): ${m.sides[1].join(' ') || '–'}`);
  });
  if (r.minima.length > top) lines.push(`(${r.minima.length - top} more minima: --top ${r.minima.length} or --format json)`);
  const margin = switchMargins(problem, lowest.side);
  const rows = problem.ids.map((id, i) => ({ id, side: lowest.side[i] === 0 ? `with ${problem.ids[0]}` : 'other', size: problem.size[i]!, margin: margin[i]! })).sort((a, b) => a.margin - b.margin);
  const cols: Column<(typeof rows)[number]>[] = [
    { header: 'actor', value: (x) => x.id }, { header: 'side', value: (x) => x.side },
    { header: 'size', value: (x) => dec(x.size, 4), right: true }, { header: 'margin', value: (x) => dec(x.margin, 4), right: true },
  ];
  lines.push('', 'Margins in minimum 1 (how much an actor\'s own frustration would rise if it alone switched; small = near the fence):', '', renderTable(cols, rows));
  return lines.join('\n');
}

const CSV_COLUMNS: readonly Column<{ rank: number; m: LandscapeMinimum; movers: string[] }>[] = [
  { header: 'rank', value: (x) => x.rank, right: true },
  { header: 'energy', value: (x) => x.m.energy.toPrecision(10), right: true },
  { header: 'basin', value: (x) => Math.round(x.m.basin), right: true },
  { header: 'basin_share', value: (x) => dec(x.m.basinShare, 6), right: true },
  { header: 'side_a', value: (x) => x.m.sides[0].join(' ') },
  { header: 'side_b', value: (x) => x.m.sides[1].join(' ') },
  { header: 'movers', value: (x) => x.movers.join(' ') },
];

interface Options {
  region?: LandscapeRegion; year: string; input?: string; actors?: string; weights?: string; ties: string;
  method: 'auto' | 'exhaustive' | 'descent'; starts: string; seed: string; top: string; format: Format;
}

export function registerLandscapeCommand(analyze: Command): void {
  analyze
    .command('landscape')
    .description('landscape theory of aggregation (Axelrod & Bennett 1993): the stable two-camp alignments of Europe or the Asia-Pacific, with energies and basins')
    .addOption(new Option('--region <region>', 'the region of the world data').choices(LANDSCAPE_REGIONS))
    .option('--year <year>', 'snapshot year (within ATOP coverage)', '2016')
    .option('--input <file>', 'actors and propensities instead of a region: { "actors": [{ "id", "size" }], "propensity": [[..]] }')
    .option('--actors <codes>', 'ISO3 codes instead of the region\'s default list (comma list; the first is listed first), or "all"')
    .option('--weights <a,u,r>', `weights of alliance tie, UN affinity and rivalry in the propensity (default ${Object.values(RELATION_RULES.propensityWeights).join(',')})`)
    .addOption(tiesCliOption())
    .addOption(new Option('--method <method>', 'exhaustive search or multi-start descent').choices(['auto', 'exhaustive', 'descent']).default('auto'))
    .option('--starts <n>', 'descent starts (the heuristic, and sampled basins past 24 actors)', '1000')
    .option('--seed <n>', 'seed of the descent starts', '1')
    .option('--top <k>', 'minima to print in the table', '10')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .addHelpText('after', '\nExamples:\n  ballast analyze landscape --region europe --year 2016\n  ballast analyze landscape --region asia --weights 1,2,1\n  ballast analyze landscape --region europe --actors all --method descent --seed 7\n  ballast analyze landscape --input actors.json --format json\n\nSee docs/analysis/structure.md for the propensity rule, the actor lists and how to read basins.')
    .action(async function (this: Command, opts: Options) {
      const { readLandscapeInput, regionalLandscape, searchLandscape, switchMargins } = await import('../../analysis/index.js');
      const search = { method: opts.method, starts: integerOption(opts.starts, '--starts', 1), seed: integerOption(opts.seed, '--seed', 0, 2 ** 32 - 1) };
      const top = integerOption(opts.top, '--top', 1);
      let problem: LandscapeProblem, title: string, extra: Record<string, unknown>;
      if (opts.input !== undefined) {
        problem = valueOf(readLandscapeInput(readJsonFile(opts.input)));
        title = `Landscape of ${opts.input}: ${problem.ids.length} actors.`;
        extra = { input: opts.input };
      } else {
        if (opts.region === undefined) this.error('error: give --region europe|asia (with --year), or --input FILE');
        const world = await worldOf(opts.year);
        const weights = weightsOption(opts.weights) ?? RELATION_RULES.propensityWeights;
        const actors = opts.actors === undefined ? undefined : opts.actors.trim().toLowerCase() === 'all' ? 'all' as const : opts.actors.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
        const reg = valueOf(regionalLandscape(world, opts.region!, { ties: await tiesOption(opts.ties), weights, ...(actors ? { actors } : {}) }));
        problem = reg.problem;
        title = `Landscape of ${reg.region} ${reg.year}: ${problem.ids.length} actors, sizes CINC ${reg.year}, propensity = ${weights.alliance}·alliance (ATOP ${opts.ties}) + ${weights.un}·UN affinity − ${weights.rivalry}·rivalry${reg.excluded.length ? `; left out (no propensity at all): ${reg.excluded.join(' ')}` : ''}.`;
        extra = { region: reg.region, year: reg.year, weights, ties: opts.ties, excluded: reg.excluded };
      }
      const r = valueOf(searchLandscape(problem, search));
      if (opts.format === 'json') {
        const actors = problem.ids.map((id, i) => ({ id, size: problem.size[i]! }));
        const margins = r.minima.length > 0 ? Array.from(switchMargins(problem, r.minima[0]!.side)) : [];
        process.stdout.write(JSON.stringify({ ...extra, method: r.method, basinMethod: r.basinMethod, configurations: r.configurations, starts: r.starts, actors, margins, minima: minimaJson(r, problem) }, null, 2) + '\n');
      } else if (opts.format === 'csv') {
        const lowest = r.minima[0]!;
        process.stdout.write(renderCsv(CSV_COLUMNS, r.minima.map((m, k) => ({ rank: k + 1, m, movers: movers(m, lowest, problem.ids) }))));
      } else process.stdout.write(await table(r, problem, title, top) + '\n');
    });
}
