import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { tempTree } from '../read/temp-tree.js';
import { runCli } from './fake-io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLEAN = 'fixtures/seed/lpar05_on_physical_server_01.cfg';
const RAW = 'fixtures/seed/lssyscfg-raw-concatenated.cfg';
const MAIN_CF = 'fixtures/example/main.cf';
const INVENTORY = 'fixtures/example/inventory.yaml';

interface JsonReport {
  files: { path: string; diagnostics: { ruleId: string; severity: string; line: number; column: number }[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

describe('lparlint command-line errors: exit 2 and one line on stderr', () => {
  const cases: [string, string[], string][] = [
    ['an unknown option', ['check', '--frob', CLEAN], 'Unknown argument: frob'],
    ['an unknown command', ['lint'], 'Unknown argument: lint'],
    ['an extra argument', ['rules', 'syntax', '-'], 'Unknown argument: -'],
    ['no command', [], 'give a command: check, diagnose, generate, rules or print-config'],
    ['an option without its value', ['check', CLEAN, '--rule'], 'Not enough arguments following: rule'],
    ['an unknown format', ['check', '--format', 'xml', CLEAN], '--format xml: there is no such format; use one of: stylish, json'],
    ['an unknown rule', ['check', '--rule', 'nosuch=off', CLEAN], '--rule nosuch=off: there is no rule "nosuch"; the rules are: syntax, single-line,'],
    ['a bad severity', ['check', '--rule', 'syntax=fatal', CLEAN], '--rule syntax=fatal: "fatal" is not a severity; use one of: off, info, warning, error'],
    ['a rule setting without =', ['check', '--rule', 'syntax', CLEAN], '--rule syntax: write it as --rule <rule-id>=<off|info|warning|error>'],
    ['a word for --max-warnings', ['check', '--max-warnings', 'many', CLEAN], '--max-warnings needs a whole number of 0 or more'],
    ['a negative --max-warnings', ['check', '--max-warnings', '-1', CLEAN], '--max-warnings needs a whole number of 0 or more'],
    ['--stdin-filename without -', ['check', '--stdin-filename', 'a.cfg', CLEAN], '--stdin-filename names standard input'],
    ['a missing path', ['check', CLEAN, 'fixtures/no-such.cfg'], 'no such file or directory: fixtures/no-such.cfg'],
    ['a directory without profile files', ['check', 'src/cli'], 'no profile files matching "**/*.cfg" in src/cli'],
    ['an unknown rule for rules <id>', ['rules', 'nosuch'], 'there is no rule "nosuch"; the rules are: syntax,'],
    ['--node without --inventory or --main-cf', ['check', '--node', 'lpar201', CLEAN], '--node lpar201: give --inventory (or --main-cf) too'],
    ['--node not in main.cf', ['check', '--main-cf', MAIN_CF, '--node', 'lpar301', CLEAN], '--node lpar301: not a node of main.cf; the nodes are: lpar101, lpar201'],
    ['--node not in the inventory', ['check', '--inventory', INVENTORY, '--node', 'lpar301', CLEAN], '--node lpar301: not a node of the inventory; the nodes are: lpar101, lpar201'],
    ['a missing --main-cf', ['check', '--main-cf', 'fixtures/no-such.cf'], '--main-cf fixtures/no-such.cf: cannot read it: it does not exist'],
    ['a missing --inventory', ['check', '--inventory', 'fixtures/no-such.yaml', CLEAN], '--inventory fixtures/no-such.yaml: cannot read it: it does not exist'],
    ['a --path-map without =', ['check', '--main-cf', MAIN_CF, '--path-map', '/configfile'], '--path-map /configfile: expected FROM=TO, e.g. --path-map /configfile=./configs'],
    ['a --path-map without FROM', ['check', '--main-cf', MAIN_CF, '--path-map', '=configs'], '--path-map =configs: expected FROM=TO'],
    ['a --path-map without TO', ['check', '--main-cf', MAIN_CF, '--path-map', '/configfile='], '--path-map /configfile=: expected FROM=TO'],
  ];
  for (const [name, argv, expected] of cases) {
    it(name, async () => {
      const result = await runCli(argv, { cwd: root });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toMatch(/^lparlint: [^\n]+\n$/);
    });
  }

  it('an unwritable --output-file', async () => {
    const cwd = await tempTree({ 'a.cfg': await readFile(join(root, CLEAN), 'utf8'), 'taken': 'a file, not a directory' });
    const result = await runCli(['check', 'a.cfg', '--output-file', 'taken/report.json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lparlint: --output-file taken\/report\.json: cannot write the report: [^\n]+\n$/);
  });

  it('an internal failure, without a stack trace', async () => {
    const io: CliIo = {
      stdout: {
        write: () => {
          throw new Error('the output went away');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: (async function* () {})(),
      env: {},
      cwd: root,
    };
    let stderr = '';
    expect(await run(['check', CLEAN], io)).toBe(2);
    expect(stderr).toBe('lparlint: internal error: the output went away\n');
  });
});

describe('lparlint check', () => {
  it('exits 0 on the vendor example, whose only findings are harmless repeats', async () => {
    const result = await runCli(['check', CLEAN, '-f', 'json'], { cwd: root });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(result.code).toBe(0);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.files[0]!.diagnostics.every((d) => d.ruleId === 'duplicate-attribute')).toBe(true);
  });

  it('says so when there is nothing to report', async () => {
    const result = await runCli(['check', CLEAN, '--rule', 'duplicate-attribute=off'], { cwd: root });
    expect(result).toEqual({ code: 0, stdout: '✔ No problems found (1 file checked).\n', stderr: '' });
  });

  it('reads standard input under --stdin-filename', async () => {
    const stdin = await readFile(join(root, RAW), 'utf8');
    const piped = await runCli(['check', '-', '--stdin-filename', 'lpar05.cfg', '--format', 'json'], { cwd: root, stdin });
    const fromFile = await runCli(['check', RAW, '--format', 'json'], { cwd: root });
    expect(piped.code).toBe(1);
    expect(piped.stdout).toBe(fromFile.stdout.replace(`"path": "${RAW}"`, '"path": "lpar05.cfg"'));
  });

  it('reports an unreadable file as an io error and goes on with the batch', async () => {
    const cwd = await tempTree({
      'profiles/a_broken_link.cfg': { link: 'gone.cfg' },
      'profiles/b.cfg': await readFile(join(root, CLEAN), 'utf8'),
      'profiles/c.cfg': await readFile(join(root, RAW), 'utf8'),
    });
    const result = await runCli(['check', 'profiles', '--format', 'json'], { cwd });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(result.code).toBe(1);
    expect(report.files.map((f) => f.path)).toEqual(['profiles/a_broken_link.cfg', 'profiles/b.cfg', 'profiles/c.cfg']);
    expect(report.files[0]!.diagnostics).toMatchObject([{ ruleId: 'io', severity: 'error', line: 1, column: 1 }]);
    expect(report.files[1]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.files[2]!.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
    expect(report.summary.files).toBe(3);
  });

  it('applies --rule settings: off drops a rule, a severity replaces its default', async () => {
    const plain = JSON.parse((await runCli(['check', RAW, '-f', 'json'], { cwd: root })).stdout) as JsonReport;
    const readOnly = plain.files[0]!.diagnostics.filter((d) => d.ruleId === 'read-only-attribute');
    expect(readOnly.length).toBeGreaterThan(0);

    const off = JSON.parse((await runCli(['check', RAW, '-f', 'json', '--rule', 'read-only-attribute=off'], { cwd: root })).stdout) as JsonReport;
    expect(off.files[0]!.diagnostics.filter((d) => d.ruleId === 'read-only-attribute')).toEqual([]);

    const info = JSON.parse((await runCli(['check', RAW, '-f', 'json', '--rule', 'read-only-attribute=info'], { cwd: root })).stdout) as JsonReport;
    const demoted = info.files[0]!.diagnostics.filter((d) => d.ruleId === 'read-only-attribute');
    expect(demoted.map((d) => d.severity)).toEqual(readOnly.map(() => 'info'));
  });

  it('--quiet reports errors only', async () => {
    const result = await runCli(['check', RAW, '--quiet', '-f', 'json'], { cwd: root });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.files[0]!.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('--max-warnings: exit 1 and a line on stderr when warnings exceed it, 0 when they do not', async () => {
    // The vendor example with one blank after a comma: one whitespace warning, no error.
    const file = 'test/cli/inputs/lpar05_blank_after_comma.cfg';
    const over = await runCli(['check', file, '--max-warnings', '0', '-f', 'json'], { cwd: root });
    expect((JSON.parse(over.stdout) as JsonReport).summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('lparlint: 1 warning found; --max-warnings allows at most 0.\n');

    expect(await runCli(['check', file, '--max-warnings', '1', '-f', 'json'], { cwd: root })).toMatchObject({ code: 0, stderr: '' });
    expect(await runCli(['check', file, '-f', 'json'], { cwd: root })).toMatchObject({ code: 0, stderr: '' });
  });

  it('colours stylish output on a terminal, unless NO_COLOR or --no-color; never JSON or a file', async () => {
    const hasAnsi = (text: string): boolean => text.includes('\u001b[');
    expect(hasAnsi((await runCli(['check', RAW], { cwd: root, isTTY: true })).stdout)).toBe(true);
    expect(hasAnsi((await runCli(['check', RAW], { cwd: root })).stdout)).toBe(false);
    expect(hasAnsi((await runCli(['check', RAW], { cwd: root, isTTY: true, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
    expect(hasAnsi((await runCli(['check', RAW, '--no-color'], { cwd: root, isTTY: true })).stdout)).toBe(false);
    expect(hasAnsi((await runCli(['check', RAW, '--color'], { cwd: root })).stdout)).toBe(true);
    expect(hasAnsi((await runCli(['check', RAW, '-f', 'json'], { cwd: root, isTTY: true })).stdout)).toBe(false);

    const cwd = await tempTree({ 'a.cfg': await readFile(join(root, RAW), 'utf8') });
    const written = await runCli(['check', 'a.cfg', '--color', '-o', 'out/report.txt'], { cwd, isTTY: true });
    expect(written.stdout).toBe('');
    const text = await readFile(join(cwd, 'out/report.txt'), 'utf8');
    expect(text).toMatch(/^a\.cfg\n/);
    expect(hasAnsi(text)).toBe(false);
  });

  it('lints the current directory when no path is given', async () => {
    const cwd = await tempTree({ 'node1/lpar05.cfg': await readFile(join(root, CLEAN), 'utf8') });
    const result = await runCli(['check', '-f', 'json'], { cwd });
    expect((JSON.parse(result.stdout) as JsonReport).files.map((f) => f.path)).toEqual(['node1/lpar05.cfg']);
  });
});

describe('lparlint help and version', () => {
  it('prints help with both commands and exits 0', async () => {
    const result = await runCli(['--help'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('lparlint check [paths..]');
    expect(result.stdout).toContain('lparlint rules [id]');
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'], { cwd: root })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
