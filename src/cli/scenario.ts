/** `ballast scenario`: check scenario files (`validate`) and print the format as JSON Schema (`schema`). */
import type { Command } from 'commander';
import { ScenarioError } from '../scenario/errors.js';
import type { ScenarioIssue } from '../scenario/index.js';

export function registerScenarioCommands(program: Command): void {
  const scenario = program
    .command('scenario')
    .description('scenario files: check them, or print their format as JSON Schema (docs/SCENARIOS.md)');
  scenario
    .command('validate <files...>')
    .description('check scenario files (YAML or JSON): every issue with file:line:column, what is wrong and the fix; exit 1 if any')
    .addHelpText('after', '\nExamples:\n  ballast scenario validate scenarios/worst-case.yaml\n  ballast scenario validate scenarios/*.yaml')
    .action(async (files: string[]) => {
      const { monthIndex, monthText, readScenarioFile } = await import('../scenario/index.js');
      let issues: ScenarioIssue[] = [];
      for (const file of files) {
        const r = readScenarioFile(file);
        if (!r.ok) { issues = issues.concat(r.issues); continue; }
        const s = r.value;
        const last = monthText(monthIndex(s.start) + s.horizon_months - 1);
        process.stdout.write(`${file}: valid (${s.events.length} event${s.events.length === 1 ? '' : 's'}, horizon ${s.start} to ${last}, ${s.horizon_months} months; world ${s.world}, ${s.runs} runs, seed ${s.seed})\n`);
      }
      if (issues.length > 0) throw new ScenarioError(issues);
    });
  scenario
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the scenario format, for editors and other tools')
    .action(async () => {
      const { scenarioJsonSchema } = await import('../scenario/index.js');
      process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
    });
}
