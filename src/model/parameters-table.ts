/** The registry as a Markdown table (generated into docs/MODEL.md; see scripts/parameters-table.ts). */
import { PARAMETERS } from './parameters.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function parametersTable(): string {
  const rows = PARAMETERS.map((p) => `| \`${p.name}\` | ${cell(p.label)} | ${p.default} | ${p.min} – ${p.max} | ${cell(p.unit)} | ${cell(p.meaning)} | ${cell(p.source)} |`);
  return ['| name | label | default | range | unit | meaning | source |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
