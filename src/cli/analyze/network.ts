/**
 * `ballast analyze network`: the alliance graph of a year — each state's degree, betweenness and
 * eigenvector centrality, the graph's density, and how much of the system runs through the USA
 * (hub-and-spokes indices, overall and by theatre). One library call plus formatting.
 */
import { Option, type Command } from 'commander';
import type { AllianceNetwork, HubShares, NetworkRow } from '../../analysis/index.js';
import { dec, FORMATS, renderCsv, renderTable, type Column, type Format } from '../format.js';
import { valueOf, worldOf } from './similarity.js';

export const NETWORK_COLUMNS: readonly Column<NetworkRow>[] = [
  { header: 'iso3', value: (r) => r.iso3 },
  { header: 'state', value: (r) => r.name },
  { header: 'role', value: (r) => r.role },
  { header: 'theatre', value: (r) => r.theatre },
  { header: 'degree', value: (r) => r.degree, right: true },
  { header: 'degree_centrality', value: (r) => dec(r.degreeCentrality, 4), right: true },
  { header: 'betweenness', value: (r) => dec(r.betweenness, 4), right: true },
  { header: 'eigenvector', value: (r) => dec(r.eigenvector, 4), right: true },
];

/** The comma list of --ties as TIE_BITS flags (shared by the network, balance and landscape commands). */
export async function tiesOption(value: string): Promise<number> {
  const { tieMask } = await import('../../analysis/index.js');
  return valueOf(tieMask(value.split(',').map((t) => t.trim()).filter((t) => t !== ''), '--ties'));
}

export function tiesCliOption(): Option {
  return new Option('--ties <types>', 'ATOP obligations that make an alliance tie: defense, offense, neutral, nonagg, consul (comma list)').default('defense');
}

const share = (s: HubShares) => `${dec(s.hubShare, 3) ?? '–'} of shortest paths through the USA, ${dec(s.cutShare, 3) ?? '–'} of pairs cut without it (${s.pairs} pairs)`;

function summary(net: AllianceNetwork, ties: string): string {
  const lines = [
    `Alliance network ${net.year}: ${net.nodes} states, ${net.edges} ties (ATOP ${ties} obligations, either direction), density ${net.density.toFixed(4)}.`,
  ];
  if (net.hub) {
    lines.push(`Hub and spokes, USA over its ${net.hub.members} allies: ${share(net.hub)}; degree centralization ${net.hub.degreeCentralization.toFixed(3)} (1 = a star).`);
    for (const [cls, s] of Object.entries(net.hub.byClass)) lines.push(`  ${cls.replace('/', ' with ').padEnd(32)} ${share(s)}`);
  }
  return lines.join('\n');
}

interface Options { year: string; ties: string; format: Format }

export function registerNetworkCommand(analyze: Command): void {
  analyze
    .command('network')
    .description('the alliance graph of a year: degree, betweenness and eigenvector centrality, density, and how much runs through the USA')
    .option('--year <year>', 'snapshot year (within ATOP coverage)', '2016')
    .addOption(tiesCliOption())
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .addHelpText('after', '\nExamples:\n  ballast analyze network --year 2016\n  ballast analyze network --year 1995 --format csv\n  ballast analyze network --ties defense,consul --format json\n\nSee docs/analysis/structure.md for the measures and the hub-and-spokes indices.')
    .action(async (opts: Options) => {
      const { allianceNetwork } = await import('../../analysis/index.js');
      const world = await worldOf(opts.year);
      const net = valueOf(allianceNetwork(world, { ties: await tiesOption(opts.ties) }));
      if (opts.format === 'json') process.stdout.write(JSON.stringify({ ...net, ties: opts.ties }, null, 2) + '\n');
      else if (opts.format === 'csv') process.stdout.write(renderCsv(NETWORK_COLUMNS, net.rows));
      else process.stdout.write(`${summary(net, opts.ties)}\n\n${renderTable(NETWORK_COLUMNS, net.rows)}\n`);
    });
}
