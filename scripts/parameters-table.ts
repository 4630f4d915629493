/**
 * Writes the parameter table of docs/MODEL.md from the registry (src/model/parameters.ts), between
 * the markers <!-- parameters:start --> and <!-- parameters:end -->. `npm run docs:params`;
 * test/model/docs.test.ts fails when the table and the registry disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parametersTable } from '../src/model/parameters-table.js';

const file = 'docs/MODEL.md';
const doc = readFileSync(file, 'utf8');
const start = '<!-- parameters:start -->', end = '<!-- parameters:end -->';
const a = doc.indexOf(start), b = doc.indexOf(end);
if (a < 0 || b < 0) throw new Error(`${file} lacks the ${start} … ${end} markers`);
writeFileSync(file, doc.slice(0, a + start.length) + '\n' + parametersTable() + doc.slice(b));
console.log(`${file}: parameter table written`);
