import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.js';
import { parsePlainCheck } from '../../src/cli/plain-check.js';

/**
 * The fast parse of a plain check (yargs-parser alone) must give exactly what yargs gives, and
 * leave to yargs every command line it is not sure of, so that yargs makes the help, the version
 * and every error message.
 */
const FILE = 'lpar05.cfg';

const PLAIN: readonly (readonly string[])[] = [
  ['check', FILE],
  ['check'],
  ['check', FILE, 'other.cfg', 'dir'],
  ['check', '-'],
  ['check', '-', '--stdin-filename', 'a.cfg'],
  ['check', '123', 'true'],
  ['check', FILE, '--debug'],
  ['check', '-f', 'json', '--format', 'sarif:out.sarif', '-o', 'report.txt', FILE],
  ['check', '--format=json', FILE],
  // A repeated flag or number: the last one counts.
  ['check', FILE, '-q', '--quiet'],
  ['check', FILE, '--max-warnings', '0', '--max-warnings', '1'],
  ['check', FILE, '-q', '--no-progress', '--color', '--max-warnings', '0', '--max-file-size', '4096'],
  ['check', FILE, '--no-color', '--quiet=false', '--progress'],
  ['check', FILE, '--max-warnings', 'many'],
  ['check', FILE, '--rule', 'syntax=off', '--rule', 'vios-name=warning'],
  ['check', '--main-cf', 'main.cf', '--inventory', 'a.yaml', '--inventory', 'b.yaml', '--path-map', '/configfile=configs', '--node', 'lpar201'],
  ['check', FILE, '--mainCf', 'main.cf', '--pathMap', 'a=b'],
  ['check', FILE, '--fix'],
  ['check', FILE, '--fix-unsafe', '--diff'],
  ['check', FILE, '--fixDryRun', '--backup'],
  ['check', FILE, '--baseline', 'base.json', '--update-baseline', '--prune-baseline'],
  ['check', FILE, '--config', 'lparlint.config.yaml', '--pattern', '**/*.prof'],
  ['check', FILE, '--no-config'],
  ['check', FILE, '--concurrency', 'off'],
];

/** Left to yargs: its help, its version, its errors, and shapes a plain check does not have. */
const FOR_YARGS: readonly (readonly string[])[] = [
  [],
  ['--help'],
  ['--version'],
  ['rules'],
  ['diagnose', 'LPAR_A.log'],
  ['chec', FILE],
  ['--debug', 'check', FILE],
  ['check', '--help'],
  ['check', FILE, '-h'],
  ['check', FILE, '--version'],
  ['check', FILE, '--frobnicate'],
  ['check', FILE, '--no-frobnicate'],
  ['check', FILE, '-x'],
  ['check', FILE, '--format'],
  ['check', FILE, '--rule', '--quiet'],
  ['check', '--', '-odd.cfg'],
  ['check', FILE, '--format.x', 'y'],
  // yargs-parser reads `-fcompact` as -f with no value, then -c -o -m -p -a -c -t.
  ['check', '-fcompact', FILE],
];

describe('the fast parse of a plain check', () => {
  it.each(PLAIN.map((argv) => ({ line: argv.join(' '), argv })))('gives what yargs gives: $line', async ({ argv }) => {
    const fast = parsePlainCheck(argv);
    expect(fast).toBeDefined();
    expect(fast).toEqual(await parseCommandLine(argv, '0.0.0'));
  });

  it.each(FOR_YARGS.map((argv) => ({ line: argv.join(' '), argv })))('leaves it to yargs: $line', ({ argv }) => {
    expect(parsePlainCheck(argv)).toBeUndefined();
  });
});
