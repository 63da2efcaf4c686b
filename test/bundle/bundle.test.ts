import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/bundle.mjs';

/**
 * The one-file bundle (npm run bundle), as an admin uses it on a cluster node: copied on its own to
 * a folder with no node_modules above it, next to a copy of the example cluster, and run with
 * plain node. Built here from the built CLI (npm test builds first), so it is never stale. Each
 * command must print exactly what the built CLI prints in the same folder: same exit code, same
 * standard output and error.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const builtCli = join(root, 'dist/src/cli/bin.js');
const CLUSTER = ['--main-cf', 'example/main.cf', '--inventory', 'example/inventory.yaml', '--path-map', '/configfile=example/configfile'];

/** A few seconds on an idle machine; more while the rest of the suite runs beside it. */
const SETUP_TIMEOUT_MS = 60_000;

let dir = '';
let bundled = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lparlint-bundle-'));
  bundled = join(dir, 'lparlint.mjs');
  await bundle(bundled);
  cpSync(join(root, 'fixtures/example'), join(dir, 'example'), { recursive: true });
  // A second copy with a config file that names the cluster: lparlint finds it from its folder.
  cpSync(join(root, 'fixtures/example'), join(dir, 'configured'), { recursive: true });
  writeFileSync(join(dir, 'configured/lparlint.config.yaml'), 'mainCf: main.cf\ninventory: [inventory.yaml]\npathMap: { /configfile: configfile }\n');
}, SETUP_TIMEOUT_MS);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node program ...args` in the temporary folder, or in `folder` below it. */
function run(program: string, { args, folder = '.' }: Invocation): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env };
  // As in the goldens: colour and CI detection must not depend on the machine running the tests.
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.GITHUB_ACTIONS;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [program, ...args], { cwd: join(dir, folder), env, encoding: 'utf8' }, (error, stdout, stderr) => {
      // A non-zero exit code is an outcome to compare, not a failure to run.
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ status: child.exitCode, stdout, stderr });
    });
    child.stdin?.end();
  });
}

interface Invocation {
  readonly args: readonly string[];
  readonly folder?: string;
}

/** One command of each kind that reads an embedded file or a bundled package. */
const COMMANDS = {
  audit: { args: ['check', ...CLUSTER] },
  sarif: { args: ['check', '--format', 'sarif', ...CLUSTER] },
  diff: { args: ['check', '--fix-dry-run', ...CLUSTER] },
  missing: { args: ['check', 'example/no-such-file.cfg'] },
  config: { args: ['check', '--format', 'json'], folder: 'configured' },
  diagnose: { args: ['diagnose', 'example/LPAR_A.log', ...CLUSTER] },
  doc: { args: ['rules', 'vios-name'] },
  help: { args: ['check', '--help'] },
  version: { args: ['--version'] },
} satisfies Record<string, Invocation>;
type Command = keyof typeof COMMANDS;

const results = new Map<Command, { readonly bundle: Run; readonly built: Run }>();

// The runs are independent: all at once, so that the suite stays quick.
beforeAll(async () => {
  await Promise.all(
    (Object.keys(COMMANDS) as Command[]).map(async (command) => {
      const [bundleRun, builtRun] = await Promise.all([run(bundled, COMMANDS[command]), run(builtCli, COMMANDS[command])]);
      results.set(command, { bundle: bundleRun, built: builtRun });
    }),
  );
}, SETUP_TIMEOUT_MS);

const bundleRun = (command: Command): Run => results.get(command)!.bundle;

describe('the one-file bundle', () => {
  it('is alone in a folder with no node_modules in it or above it', () => {
    const folders: string[] = [];
    for (let at = dir; folders.at(-1) !== at; at = dirname(at)) folders.push(at);
    expect(folders.filter((folder) => existsSync(join(folder, 'node_modules')))).toEqual([]);
    expect(readFileSync(bundled, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('audits the example cluster: the vios-name error, exit code 1', () => {
    expect(bundleRun('audit').stdout).toContain('vios-name');
    expect(bundleRun('audit').status).toBe(1);
  });

  it('prints a rule documentation it carries inside', () => {
    expect(bundleRun('doc').stdout).toBe(readFileSync(join(root, 'rules/vios-name.md'), 'utf8'));
  });

  it('diagnoses the example log with the pattern catalog it carries inside', () => {
    expect(bundleRun('diagnose').stdout).toContain('[hmc-partition-not-found]');
    expect(bundleRun('diagnose').status).toBe(1);
  });

  it('audits the cluster that a config file names', () => {
    expect(bundleRun('config').stdout).toContain('"ruleId": "vios-name"');
  });

  for (const [command, { args, folder = '.' }] of Object.entries(COMMANDS) as [Command, Invocation][]) {
    it(`prints what the built CLI prints, in ${folder}: lparlint ${args.join(' ')}`, () => {
      const { bundle: fromBundle, built } = results.get(command)!;
      expect(fromBundle).toEqual(built);
    });
  }
});
