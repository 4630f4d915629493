/**
 * Input files named on the command line are read only if they are regular files (issue 9):
 * reading a device such as /dev/zero never ends, so it is refused at once with exit 1 and one
 * line, for the analyze commands' inputs, a hindcast's truth file and a scenario file.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('a device or a folder where a file belongs', () => {
  for (const [what, argv] of [
    ['ballast analyze bdm /dev/zero', ['analyze', 'bdm', '/dev/zero']],
    ['ballast analyze similarity --input /dev/zero', ['analyze', 'similarity', '--input', '/dev/zero']],
    ['ballast hindcast --truth /dev/zero', ['hindcast', '--train-until', '2011', '--from', '2012', '--to', '2016', '--truth', '/dev/zero']],
    ['ballast run /dev/zero', ['run', '/dev/zero']],
    ['ballast analyze bdm /tmp', ['analyze', 'bdm', '/tmp']],
    ['ballast data import sipri /dev/zero', ['data', 'import', 'sipri', '/dev/zero']],
  ] as const) {
    it(`${what}: exit 1 with one line`, async () => {
      const r = await runCli(...argv);
      expect(r.code, r.err).toBe(1);
      expect(r.err).toMatch(/not a regular file|directory|folder/);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }
});
