/**
 * `ballast analyze cascade`: threshold cascades. With FILE, Granovetter's population model
 * ({ "thresholds": [counts] }) or Watts's network model ({ "thresholds", "weights", "seeds" });
 * without, Watts's model over the year's network of U.S. allies from --seeds. One library call
 * plus formatting.
 */
import { Option, type Command } from 'commander';
import { AnalysisError } from '../../analysis/errors.js';
import { ALLY_WEIGHTINGS, DEFAULT_DISTANCE_SCALE_KM, type AllyWeighting } from '../../analysis/cascade/ally-weighting.js';
import type { CascadeCondition } from '../../analysis/index.js';
import { FORMATS, renderCsv, renderTable, type Column, type Format } from '../format.js';
import { readJsonFile, valueOf, worldOf } from './similarity.js';

function conditionLine(c: CascadeCondition): string {
  return `Cascade condition (Watts 2002): sum k(k-1) over vulnerable nodes / sum k = ${c.wattsRatio.toFixed(3)} ${c.holds ? '> 1: global cascades possible' : '<= 1: no global cascade expected'}; ${c.vulnerable.filter(Boolean).length} vulnerable node(s), largest vulnerable cluster ${c.largestVulnerableCluster}`;
}

function share(x: number): string { return `${(100 * x).toFixed(1)}%`; }

function numberOf(name: string, value: string): number {
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v)) throw new AnalysisError([{ code: 'bad_input', path: name, message: `${name} "${value}" is not a number`, fix: `give ${name} as a plain number` }]);
  return v;
}

interface Row { node: string; adoptedAt: number | null; vulnerable: boolean }
const ROW_COLUMNS: readonly Column<Row>[] = [
  { header: 'node', value: (r) => r.node },
  { header: 'adopted_at_step', value: (r) => r.adoptedAt, right: true },
  { header: 'vulnerable', value: (r) => (r.vulnerable ? 'yes' : 'no') },
];

async function printFile(file: string, format: Format): Promise<void> {
  const { granovetterCascade, readCascadeInput, wattsCascade } = await import('../../analysis/index.js');
  const input = valueOf(readCascadeInput(readJsonFile(file)));
  if (input.kind === 'population') {
    const r = granovetterCascade(input.thresholds);
    if (format === 'json') { process.stdout.write(JSON.stringify(r, null, 2) + '\n'); return; }
    const cols: Column<number>[] = [{ header: 'step', value: (t) => t, right: true }, { header: 'acting', value: (t) => r.trajectory[t]!, right: true }];
    const steps = r.trajectory.map((_, t) => t);
    if (format === 'csv') { process.stdout.write(renderCsv(cols, steps)); return; }
    process.stdout.write(`Granovetter threshold model: ${r.final} of ${r.n} act at equilibrium (${share(r.share)}) after ${r.trajectory.length - 1} step(s); ${r.fullCascade ? 'a full cascade' : `stopped: nobody had reached threshold ${r.blockingThreshold}`}\n\n${renderTable(cols, steps)}\n`);
    return;
  }
  const r = wattsCascade(input);
  if (format === 'json') { process.stdout.write(JSON.stringify(r, null, 2) + '\n'); return; }
  const rows = r.adoptedAt.map((t, i) => ({ node: String(i), adoptedAt: t, vulnerable: r.condition.vulnerable[i]! }));
  process.stdout.write(format === 'csv' ? renderCsv(ROW_COLUMNS, rows) : `Watts threshold cascade: ${r.final} of ${r.n} nodes adopt (${share(r.share)}) in ${r.steps} step(s)\n${conditionLine(r.condition)}\n\n${renderTable(ROW_COLUMNS, rows)}\n`);
}

interface Options { year: string; seeds?: string; threshold: string; weights: AllyWeighting; scaleKm: string; format: Format }

export function registerCascadeCommand(analyze: Command): void {
  analyze
    .command('cascade [file]')
    .description('threshold cascades: Granovetter on a population (FILE), Watts on a network (FILE, or the allies of --year)')
    .option('--year <year>', 'snapshot year for the network of U.S. allies', '2016')
    .option('--seeds <states>', 'allies that hedge first, comma-separated (e.g. TUR,HUN)')
    .option('--threshold <share>', 'every ally\'s threshold: the share of its weighted neighbours that must hedge first', '0.18')
    .addOption(new Option('--weights <rule>', 'ally network weights: ATOP alliance ties or exp(-distance/scale)').choices(ALLY_WEIGHTINGS).default('ties'))
    .option('--scale-km <km>', 'distance scale d0 of --weights distance', String(DEFAULT_DISTANCE_SCALE_KM))
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .addHelpText('after', '\nFILE: { "thresholds": [0, 1, 2, ...] } (counts of others: Granovetter), or\n      { "thresholds": [shares 0-1], "weights": [[...]], "seeds"?: [indices] } (Watts).\n\nExamples:\n  ballast analyze cascade thresholds.json --format json\n  ballast analyze cascade --year 2016 --seeds TUR,HUN --threshold 0.1\n  ballast analyze cascade --seeds POL --weights distance --scale-km 1500\n\nSee docs/ANALYSIS.md (model 6).')
    .action(async function (this: Command, file: string | undefined, opts: Options) {
      if (file !== undefined) { await printFile(file, opts.format); return; }
      if (opts.seeds === undefined) this.error('error: give a FILE, or --seeds for the network of allies (e.g. --seeds TUR)');
      const { allyCascade } = await import('../../analysis/index.js');
      const world = await worldOf(opts.year);
      const seeds = opts.seeds.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const r = valueOf(allyCascade(world, { seeds, threshold: numberOf('--threshold', opts.threshold), weighting: opts.weights, scaleKm: numberOf('--scale-km', opts.scaleKm) }));
      const codes = r.network.codes;
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ year: world.year, weighting: r.network.weighting, threshold: r.threshold, seeds: r.seeds, final: r.final, n: r.n, share: r.share, steps: r.steps, adopted: codes.filter((_, i) => r.adoptedAt[i] !== null), adoptedAt: Object.fromEntries(codes.map((c, i) => [c, r.adoptedAt[i]])), condition: { ...r.condition, vulnerable: codes.filter((_, i) => r.condition.vulnerable[i]) } }, null, 2) + '\n');
        return;
      }
      const rows = codes.map((c, i) => ({ node: c, adoptedAt: r.adoptedAt[i]!, vulnerable: r.condition.vulnerable[i]! }));
      if (opts.format === 'csv') { process.stdout.write(renderCsv(ROW_COLUMNS, rows)); return; }
      process.stdout.write([
        `Cascade over the ${world.year} network of U.S. allies (${r.n} nodes, weights: ${r.network.weighting === 'ties' ? 'ATOP alliance ties' : `exp(-distance/${opts.scaleKm} km)`}), threshold ${r.threshold}, seeds ${r.seeds.join(' ')}`,
        `${r.final} of ${r.n} adopt (${share(r.share)}) in ${r.steps} step(s)`,
        conditionLine(r.condition),
        '',
        renderTable(ROW_COLUMNS, rows),
        '',
      ].join('\n'));
    });
}
