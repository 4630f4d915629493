/** `ballast start`: what `npm start` runs. Until the dashboard exists: the world summary and the help. */
import type { Command } from 'commander';
import { worldSummary } from './world.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('the main job (npm start): prints the 2016 world summary and the command help')
    .action(() => {
      process.stdout.write(worldSummary(2016) + '\n\n');
      process.stdout.write(program.helpInformation());
    });
}
