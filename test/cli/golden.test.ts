import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Golden tests of the built CLI, run as users run it (`npm test` builds first). Each golden file
 * holds the command, its exit code, stdout, stderr and any report file it wrote. To accept new
 * output: `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts`, then read every changed file.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/bin.js');
const goldenDir = join(root, 'test/cli/golden');
const update = process.env.UPDATE_GOLDEN === '1';

interface GoldenCase {
  readonly name: string;
  readonly args: readonly string[];
  /** A file (from the repository root) to pipe to standard input. */
  readonly stdinFile?: string;
  /** A report file the command writes, shown in the golden after stdout and stderr. */
  readonly outputFile?: string;
}

/**
 * The arguments of `npm start` (package.json's `start` script), so the example goldens show exactly
 * what a first run shows and fail when the two drift apart.
 */
function startArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const prefix = 'node dist/src/cli/bin.js ';
  if (!scripts.start.startsWith(prefix)) throw new Error(`the start script no longer runs "${prefix}…": ${scripts.start}`);
  return scripts.start.slice(prefix.length).split(/\s+/);
}

/** The batch audit of the example cluster in fixtures/example, as `npm start` runs it. */
const EXAMPLE_CLUSTER = startArgs();
const EXAMPLE_NODE_FILE = ['--node', 'lpar201', '--inventory', 'fixtures/example/inventory.yaml', 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg'];

const CASES: readonly GoldenCase[] = [
  // lpar201's file names vio_server2, a VIO server of lpar101's physical server: one vios-name error.
  { name: 'check-example-stylish', args: EXAMPLE_CLUSTER },
  { name: 'check-example-json', args: [...EXAMPLE_CLUSTER, '--format', 'json'] },
  { name: 'check-quiet', args: [...EXAMPLE_CLUSTER, '--quiet'] },
  // One file for one node, without main.cf: the node context comes from the inventory alone.
  { name: 'check-node', args: ['check', ...EXAMPLE_NODE_FILE] },
  // Without --path-map the ProfileFile paths are the cluster's (/configfile/...), absent here.
  { name: 'check-main-cf-unmapped', args: ['check', '--main-cf', 'fixtures/example/main.cf'] },
  { name: 'check-clean', args: ['check', 'fixtures/example/configfile/lpar05_on_physical_server_01.cfg'] },
  // The two raw lssyscfg outputs pasted together: what the tool finds without any cluster context.
  { name: 'check-raw-paste', args: ['check', 'fixtures/profiles/lpar07-raw-lssyscfg-paste.cfg'] },
  // The vendor example with a blank after the first comma: one warning and no error.
  {
    name: 'check-max-warnings',
    args: ['check', 'test/cli/inputs/lpar05_blank_after_comma.cfg', '--max-warnings', '0'],
  },
  {
    name: 'check-stdin',
    args: ['check', '-', '--stdin-filename', 'lpar05.cfg'],
    stdinFile: 'fixtures/seed/lssyscfg-raw-concatenated.cfg',
  },
  {
    name: 'check-json-output-file',
    args: ['check', ...EXAMPLE_NODE_FILE, '--format', 'json', '--output-file', 'test/.tmp/golden/report.json'],
    outputFile: 'test/.tmp/golden/report.json',
  },
  // --fix-dry-run: the diff on stdout, as git apply takes it; on stderr the report of the fixed text.
  { name: 'check-fix-dry-run', args: ['check', 'fixtures/seed/lssyscfg-raw-concatenated.cfg', '--fix-dry-run'] },
  // The example cluster's safe fixes: each file's `fixed` in the JSON report, and the unsafe fix left over.
  { name: 'check-fix-dry-run-json', args: [...EXAMPLE_CLUSTER, '--fix-dry-run', '--format', 'json'] },
  // --diff with --fix-unsafe: lpar201's file names its own VIO server.
  { name: 'check-diff-unsafe', args: ['check', ...EXAMPLE_NODE_FILE, '--fix-unsafe', '--diff'] },
  { name: 'rules', args: ['rules'] },
  { name: 'rules-id', args: ['rules', 'adapter-format'] },
  { name: 'bad-option', args: ['check', '--frobnicate', 'fixtures/example'] },
];

describe('golden output of the built CLI', () => {
  it('is built', () => {
    expect(existsSync(bin), `${bin} is missing: run "npm run build" (npm test does it first)`).toBe(true);
  });

  for (const c of CASES) {
    it(c.name, () => {
      const actual = render(c);
      const file = join(goldenDir, `${c.name}.txt`);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});

function render(c: GoldenCase): string {
  if (c.outputFile) rmSync(join(root, c.outputFile), { force: true });
  const env = { ...process.env };
  // Colour would depend on the machine running the tests: the goldens are plain text.
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [bin, ...c.args], {
    cwd: root,
    env,
    encoding: 'utf8',
    input: c.stdinFile ? readFileSync(join(root, c.stdinFile)) : '',
  });
  const parts = [
    `$ lparlint ${c.args.join(' ')}${c.stdinFile ? ` < ${c.stdinFile}` : ''}`,
    `exit code: ${result.status}`,
    '--- stdout',
    result.stdout,
    '--- stderr',
    result.stderr,
  ];
  if (c.outputFile) parts.push(`--- ${c.outputFile}`, readFileSync(join(root, c.outputFile), 'utf8'));
  return parts.join('\n');
}
