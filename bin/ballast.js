#!/usr/bin/env node
// The `ballast` command: runs the compiled CLI (npm ci builds dist/ through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write('ballast: dist/ is missing; run `npm run build` (npm ci runs it for you)\n');
  process.exit(3);
}
const { main, stopQuietlyWhenOutputCloses } = await import(compiled.href);
stopQuietlyWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));
