/**
 * `ballast analyze …`: the field's established analytic models (src/analysis/), each a
 * subcommand registered by its own file in src/cli/analyze/.
 */
import type { Command } from 'commander';
import { registerSimilarityCommand } from './analyze/similarity.js';
import { registerBurdenCommand } from './analyze/burden.js';
import { registerBdmCommand } from './analyze/bdm.js';
import { registerCascadeCommand } from './analyze/cascade.js';
import { registerNetworkCommand } from './analyze/network.js';
import { registerBalanceCommand } from './analyze/balance.js';
import { registerLandscapeCommand } from './analyze/landscape.js';

/** One registrar per model; each adds its subcommand to `analyze`. */
const REGISTRARS: ((analyze: Command) => void)[] = [
  registerSimilarityCommand,
  registerBurdenCommand,
  registerBdmCommand,
  registerCascadeCommand,
  registerNetworkCommand,
  registerBalanceCommand,
  registerLandscapeCommand,
];

export function registerAnalyzeCommands(program: Command): void {
  const analyze = program
    .command('analyze')
    .description('established models of the field: burden sharing, similarity, networks, balance, landscape, expected utility, cascades')
    .enablePositionalOptions();
  for (const register of REGISTRARS) register(analyze);
}
