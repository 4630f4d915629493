/**
 * `ballast analyze balance`: structural balance of the signed network of a year (friendly:
 * alliance ties; hostile: rivalry or UN distance, network/relations.ts) or of a network given with
 * --input — the triad census and the two-bloc partition with the fewest frustrated links; and
 * `balance dynamics`: local triad dynamics (Antal, Krapivsky & Redner 2005) against its mean field.
 * One library call plus formatting.
 */
import { Option, type Command } from 'commander';
import { AnalysisError } from '../../analysis/errors.js';
import { TRIAD_DYNAMICS_DEFAULTS } from '../../analysis/balance/triad-dynamics-defaults.js';
import type { StructuralBalance } from '../../analysis/index.js';
import { dec, FORMATS, renderCsv, renderTable, type Column, type Format } from '../format.js';
import { readJsonFile, valueOf, worldOf } from './similarity.js';
import { tiesCliOption, tiesOption } from './network.js';

const count = (v: number) => v.toLocaleString('en-US');

/** A whole number within [min, max] from a flag, or AnalysisError naming the flag. */
export function integerOption(value: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = Number(value);
  if (!Number.isInteger(v) || v < min || v > max) throw new AnalysisError([{ code: 'out_of_range', path: flag, message: `${flag} ${value} is not a whole number from ${min} to ${max}`, fix: `give ${flag} a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}` }]);
  return v;
}

/** The JSON other tools read: `balanced`, `imbalanced` (closed triads) and `partition` (two lists of ids). */
function balanceJson(b: StructuralBalance, extra: Record<string, unknown>): Record<string, unknown> {
  const { partition: p, census } = b;
  return {
    ...extra, nodes: b.nodes, positive: b.positive, negative: b.negative,
    balanced: b.balanced, imbalanced: b.imbalanced, balanceRatio: b.balanceRatio, census,
    partition: p.blocs, unaligned: p.unaligned, frustration: p.frustration, frustrated: p.frustrated,
    partitionMethod: p.method, starts: p.starts, hits: p.hits, lowerBound: p.lowerBound, proven: p.proven,
  };
}

function balanceTable(b: StructuralBalance, title: string): string {
  const [t0, t1, t2, t3] = b.census.byHostileLinks;
  const p = b.partition;
  const bound = `${p.lowerBound} imbalanced triad(s) sharing no link force at least ${p.lowerBound}`;
  const how = p.method === 'exhaustive' ? 'exact: every partition checked' : `best of ${p.starts} seeded descents, reached by ${p.hits}; ${p.proven ? `proven minimal: ${bound}` : `a heuristic: ${bound}`}`;
  const lines = [
    title,
    `Closed triads: ${count(b.census.closed)}; balanced ${count(b.balanced)} (+++ ${count(t0)}, +-- ${count(t2)}), imbalanced ${count(b.imbalanced)} (++- ${count(t1)}, --- ${count(t3)}).`,
    `Two blocs with the fewest frustrated links: ${p.frustration} (${how}).`,
    `  bloc 1 (${p.blocs[0].length}): ${p.blocs[0].join(' ')}`,
    `  bloc 2 (${p.blocs[1].length}): ${p.blocs[1].join(' ')}`,
  ];
  if (p.unaligned.length > 0) lines.push(`  unaligned (no link): ${p.unaligned.join(' ')}`);
  if (p.frustrated.length > 0) lines.push(`Frustrated links: ${p.frustrated.map((f) => `${f.a}-${f.b} (${f.sign > 0 ? 'friendly across the blocs' : 'hostile within a bloc'})`).join('; ')}`);
  const list = b.census.imbalancedTriads ?? [];
  if (list.length > 0) lines.push(`Imbalanced triads${list.length > 20 ? ' (first 20)' : ''}: ${list.slice(0, 20).map((t) => t.join(' ')).join('; ')}`);
  return lines.join('\n');
}

function nodeRows(b: StructuralBalance): [string, string, number][] {
  const frustratedAt = (id: string) => b.partition.frustrated.filter((f) => f.a === id || f.b === id).length;
  return [
    ...b.partition.blocs[0].map((id): [string, string, number] => [id, '1', frustratedAt(id)]),
    ...b.partition.blocs[1].map((id): [string, string, number] => [id, '2', frustratedAt(id)]),
    ...b.partition.unaligned.map((id): [string, string, number] => [id, 'unaligned', 0]),
  ];
}

const NODE_COLUMNS: readonly Column<[string, string, number]>[] = [
  { header: 'node', value: (r) => r[0] }, { header: 'bloc', value: (r) => r[1] }, { header: 'frustrated_links', value: (r) => r[2], right: true },
];

interface Options { year: string; input?: string; ties: string; seed: string; starts: string; format: Format }
interface DynamicsOptions { p: string; nodes: string; seed: string; sweeps: string; burnIn: string; format: Format }

function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(FORMATS).default('table');
}

export function registerBalanceCommand(analyze: Command): void {
  const balance = analyze
    .command('balance')
    .description('structural balance of a year\'s signed network: triad census and the two blocs with the fewest frustrated links')
    .enablePositionalOptions()
    .option('--year <year>', 'snapshot year (within ATOP coverage)', '2016')
    .option('--input <file>', 'a signed network instead of a year: { "nodes": [ids], "edges": [{ "a", "b", "sign": 1 | -1 }] }')
    .addOption(tiesCliOption())
    .option('--seed <n>', 'seed of the partition search past exact reach', '1')
    .option('--starts <n>', 'random starts of the partition search past exact reach', '1000')
    .addOption(formatOption())
    .addHelpText('after', '\nExamples:\n  ballast analyze balance --year 2016\n  ballast analyze balance --ties defense,neutral,consul --format json\n  ballast analyze balance --input network.json --format json\n  ballast analyze balance dynamics --p 0 --nodes 50 --seed 1\n\nSee docs/analysis/structure.md for the hostility rule and how to read the census.')
    .action(async (opts: Options) => {
      const { RELATION_RULES, readSignedNetwork, signedNetworkOfWorld, structuralBalance } = await import('../../analysis/index.js');
      const search = { seed: integerOption(opts.seed, '--seed', 0, 2 ** 32 - 1), starts: integerOption(opts.starts, '--starts', 1) };
      let title: string, extra: Record<string, unknown>, b: StructuralBalance;
      if (opts.input !== undefined) {
        b = structuralBalance(valueOf(readSignedNetwork(readJsonFile(opts.input))), search);
        title = `Structural balance of ${opts.input}: ${b.nodes} nodes, ${b.positive} friendly and ${b.negative} hostile links.`;
        extra = { input: opts.input };
      } else {
        const world = await worldOf(opts.year);
        b = structuralBalance(valueOf(signedNetworkOfWorld(world, { ties: await tiesOption(opts.ties) })), search);
        title = `Structural balance ${world.year}: ${b.nodes} states; ${b.positive} friendly links (ATOP ${opts.ties} ties), ${b.negative} hostile (rivalry, or UN ideal points at least as far apart as ${RELATION_RULES.unAnchor.join(' and ')}).`;
        extra = { year: world.year, ties: opts.ties };
      }
      if (opts.format === 'json') process.stdout.write(JSON.stringify(balanceJson(b, extra), null, 2) + '\n');
      else if (opts.format === 'csv') process.stdout.write(renderCsv(NODE_COLUMNS, nodeRows(b)));
      else process.stdout.write(balanceTable(b, title) + '\n');
    });

  balance
    .command('dynamics')
    .description('local triad dynamics (Antal, Krapivsky & Redner 2005) on a complete graph, against the mean-field density of friendly links')
    .requiredOption('--p <p>', 'propensity in [0, 1] of a one-hostile-link triad to turn all-friendly')
    .option('--nodes <n>', 'nodes of the complete graph', String(TRIAD_DYNAMICS_DEFAULTS.nodes))
    .option('--seed <n>', 'seed of the xoshiro128** stream', String(TRIAD_DYNAMICS_DEFAULTS.seed))
    .option('--sweeps <n>', 'measured sweeps (one sweep: C(N,3) updates)', String(TRIAD_DYNAMICS_DEFAULTS.sweeps))
    .option('--burn-in <n>', 'sweeps discarded first', String(TRIAD_DYNAMICS_DEFAULTS.burnInSweeps))
    .addOption(formatOption())
    .action(async (opts: DynamicsOptions) => {
      const { simulateTriadDynamics } = await import('../../analysis/index.js');
      const p = Number(opts.p);
      if (!(p >= 0 && p <= 1)) throw new AnalysisError([{ code: 'out_of_range', path: '--p', message: `p ${opts.p} is outside [0, 1]`, fix: 'give a probability, e.g. --p 0.3' }]);
      const r = simulateTriadDynamics({
        p, nodes: integerOption(opts.nodes, '--nodes', 3, 2000), seed: integerOption(opts.seed, '--seed', 0, 2 ** 32 - 1),
        sweeps: integerOption(opts.sweeps, '--sweeps', 1), burnInSweeps: integerOption(opts.burnIn, '--burn-in', 0),
      });
      if (opts.format === 'json') { process.stdout.write(JSON.stringify(r, null, 2) + '\n'); return; }
      const rows: [string, string | null][] = [
        ['p', String(p)], ['nodes', String(r.nodes)], ['links', String(r.links)], ['sweeps_run', String(r.sweepsRun)],
        ['mean_friendly', dec(r.meanFriendly, 5)], ['standard_error', dec(r.standardError, 5)], ['final_friendly', dec(r.finalFriendly, 5)],
        ['mean_field', dec(r.meanField, 5)], ['absorbed', r.absorbed ? 'yes' : 'no'],
      ];
      const cols: Column<[string, string | null]>[] = [{ header: 'quantity', value: (x) => x[0] }, { header: 'value', value: (x) => x[1], right: true }];
      process.stdout.write(opts.format === 'csv' ? renderCsv(cols, rows) : `Local triad dynamics on the complete graph of ${r.nodes} nodes, p = ${p}\n\n${renderTable(cols, rows)}\n`);
    });
}
