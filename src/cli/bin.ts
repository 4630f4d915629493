/** Runs the CLI from source (npm run data:build uses it through tsx); bin/ballast.js runs the compiled one. */
import { main, stopQuietlyWhenOutputCloses } from './main.js';

stopQuietlyWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));
