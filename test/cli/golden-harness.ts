import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Golden tests of the built CLI, run as users run it (`npm test` builds first), in the manner of
 * Spectral's scenario files. Each golden file holds the command, its exit code, stdout, stderr and
 * any report file it wrote. To accept new output: `UPDATE_GOLDEN=1 npx vitest run test/cli`, then
 * read every changed file.
 */
export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/bin.js');
const goldenDir = join(root, 'test/cli/golden');
const update = process.env.UPDATE_GOLDEN === '1';

export interface GoldenCase {
  readonly name: string;
  readonly args: readonly string[];
  /** A file (from the repository root) to pipe to standard input. */
  readonly stdinFile?: string;
  /** Report files the command writes, shown in the golden after stdout and stderr. */
  readonly outputFiles?: readonly string[];
  /** The folder to run in, from the repository root (default: the root). */
  readonly cwd?: string;
  /** Environment variables to set (the colour variables are cleared unless given here). */
  readonly env?: Readonly<Record<string, string>>;
  /** Replaces what differs between machines (such as the host name) in the output and report files. */
  readonly normalise?: (output: string) => string;
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
export const EXAMPLE_CLUSTER = startArgs();
export const EXAMPLE_NODE_FILE = ['--node', 'lpar201', '--inventory', 'fixtures/example/inventory.yaml', 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg'];

/** One vitest suite of golden cases; each golden is `test/cli/golden/<name>.txt`. */
export function goldenSuite(title: string, cases: readonly GoldenCase[]): void {
  describe(title, () => {
    it('runs the built CLI', () => {
      expect(existsSync(bin), `${bin} is missing: run "npm run build" (npm test does it first)`).toBe(true);
    });
    for (const c of cases) {
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
}

function render(c: GoldenCase): string {
  for (const f of c.outputFiles ?? []) rmSync(join(root, f), { force: true });
  const env: Record<string, string | undefined> = { ...process.env };
  // Colour and CI detection would depend on the machine running the tests: the goldens are plain text.
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.GITHUB_ACTIONS;
  Object.assign(env, c.env);
  const result = spawnSync(process.execPath, [bin, ...c.args], {
    cwd: join(root, c.cwd ?? '.'),
    env,
    encoding: 'utf8',
    input: c.stdinFile ? readFileSync(join(root, c.stdinFile)) : '',
  });
  const parts = [
    `$ ${Object.entries(c.env ?? {}).map(([k, v]) => `${k}=${v} `).join('')}lparlint ${c.args.join(' ')}${c.stdinFile ? ` < ${c.stdinFile}` : ''}`,
    `exit code: ${result.status}`,
    '--- stdout',
    result.stdout,
    '--- stderr',
    result.stderr,
  ];
  for (const f of c.outputFiles ?? []) parts.push(`--- ${f}`, readFileSync(join(root, f), 'utf8'));
  const output = parts.join('\n');
  return c.normalise ? c.normalise(output) : output;
}
