import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type RunResult } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';

/**
 * Hostile cluster inputs (main.cf, inventory, config, log and pattern files): malformed, cut
 * mid-token, binary or huge. Each must end in a positioned finding or a one-line error, never a
 * crash or a stack trace, and in reasonable time. All run through run() as the CLI would.
 */

const EXAMPLE = join(import.meta.dirname, '../../fixtures/example');
const MAIN_CF = readFileSync(join(EXAMPLE, 'main.cf'), 'utf8');
const INVENTORY = readFileSync(join(EXAMPLE, 'inventory.yaml'), 'utf8');
const PATH_MAP = ['--path-map', `/configfile=${join(EXAMPLE, 'configfile')}`];
/** Random-looking bytes with NULs, bytes that are never UTF-8 (0xFF, 0xFE), a lone continuation byte and CR/LF. */
const BINARY = new Uint8Array([0x00, 0x01, 0xff, 0xfe, 0x00, 0x0a, 0xc8, 0x0d, 0x7f, 0x80, 0x00, 0x2c, 0x0a, 0x1b]);
/** "Huge" for a test: the 20 MB the issue names for main.cf and inventories, still quick to build. */
const HUGE_BYTES = 20 * 1024 * 1024;
/** Huge inputs must still finish: far below the failover timeouts of VCS, with room for slow CI. */
const HUGE_TIMEOUT_MS = 60_000;

let inputsTried = 0;
afterAll(() => {
  console.log(`reliability: ${inputsTried} hostile cluster inputs (main.cf, inventory, config, log, patterns)`);
});

/** `text` repeated until it is at least `bytes` long. */
const padTo = (text: string, bytes: number): string => text.repeat(Math.ceil(bytes / text.length));

async function runIn(files: Record<string, string | Uint8Array>, argv: string[]): Promise<RunResult> {
  inputsTried += 1;
  const result = await runCli(argv, { cwd: await tempTree(files) });
  // Whatever the input, the answer is a report or one line on stderr: never a stack trace or an internal error.
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal error/);
  expect(result.stderr.split('\n').filter((line) => line !== '').length).toBeLessThanOrEqual(1);
  return result;
}

const audit = (inventory = 'inventory.yaml'): string[] => ['check', '--main-cf', 'main.cf', '--inventory', inventory, ...PATH_MAP];

describe('main.cf', () => {
  it('cut mid-token (inside a quoted ProfileFile): a main-cf-syntax finding at the open block, and the audit goes on', async () => {
    const cut = MAIN_CF.slice(0, MAIN_CF.indexOf('"/configfile/lpar05_on_physical_server_01') + 10);
    const result = await runIn({ 'main.cf': cut, 'inventory.yaml': INVENTORY }, audit());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/main\.cf\n(?:.*\n)*\s+25:25\s+error\s+unclosed "\(": the attribute block of resource lpar05_res is not closed; expected "\)" before the end of the file\s+main-cf-syntax/);
    expect(result.stdout).toMatch(/25:14\s+error\s+LPAR resource lpar05_res has no ProfileFile for lpar201/);
  });

  it('binary bytes: main-cf-syntax findings that name the bad character by its code point, at 1:1', async () => {
    const result = await runIn({ 'main.cf': BINARY, 'inventory.yaml': INVENTORY }, audit());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/1:1\s+error\s+unexpected U\+0000: expected a definition .* main-cf-syntax/);
    // A raw NUL, carriage return or escape in the report would garble the terminal line.
    expect(result.stdout).not.toMatch(/[\u0000\u000d\u001b]/);
  });

  it('malformed (unbalanced braces and a stray ")"): positioned main-cf-syntax errors', async () => {
    const text = 'system lpar101 (\n  PhysicalServer = { a, b\n)\n)\ngroup g (\n';
    const result = await runIn({ 'main.cf': text, 'inventory.yaml': INVENTORY }, audit());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\d+:\d+\s+error\s+.*main-cf-syntax/);
  });

  it(
    'huge (20 MB of comments around the example): audited like the example',
    async () => {
      const huge = MAIN_CF + padTo('// a comment line that pads main.cf\n', HUGE_BYTES);
      const result = await runIn({ 'main.cf': huge, 'inventory.yaml': INVENTORY }, audit());
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/vio_server2.*vios-name/);
      expect(result.stdout).not.toContain('main-cf-syntax');
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('inventory', () => {
  it('YAML cut mid-token: a positioned YAML syntax finding, and the profile files are still checked', async () => {
    const cut = INVENTORY.slice(0, INVENTORY.indexOf('vio_server3') + 5);
    const result = await runIn({ 'main.cf': MAIN_CF, 'inventory.yaml': cut }, audit());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/inventory\.yaml\n\s+11:24\s+error\s+YAML syntax error: .*\s+inventory\n/);
    expect(result.stdout).toContain('lpar05_on_physical_server_02.cfg');
  });

  it('JSON cut mid-object: a positioned syntax finding', async () => {
    const result = await runIn({ 'main.cf': MAIN_CF, 'inventory.json': '{"servers": {"physical_server_01": ' }, audit('inventory.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/inventory\.json\n\s+1:\d+\s+error\s+JSON syntax error: .*\s+inventory\n/);
  });

  it('binary bytes: "expected a mapping" at 1:1', async () => {
    const result = await runIn({ 'main.cf': MAIN_CF, 'inventory.yaml': BINARY }, audit());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/inventory\.yaml\n\s+1:1\s+error\s+the inventory is [^]*?; expected a mapping with servers, nodes or both/);
  });

  it('saved HMC output cut mid-record: the short line is named with what it should hold', async () => {
    const result = await runIn({ 'main.cf': MAIN_CF, 'physical_server_01.lpars': 'vio_server1,2,vioserver\nlpar10' }, audit('physical_server_01.lpars'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/physical_server_01\.lpars\n\s+2:1\s+error\s+expected 3 values, name,lpar_id,lpar_env, .*; this line has 1\s+inventory/);
  });

  it('saved HMC output of binary bytes: a positioned inventory finding', async () => {
    const result = await runIn({ 'main.cf': MAIN_CF, 'physical_server_01.lpars': BINARY }, audit('physical_server_01.lpars'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/physical_server_01\.lpars\n\s+\d+:\d+\s+error\s+.*\s+inventory\n/);
  });

  it(
    'huge (20 MB of YAML comments after the example): read like the example',
    async () => {
      const huge = INVENTORY + padTo('# a comment line that pads the inventory\n', HUGE_BYTES);
      const result = await runIn({ 'main.cf': MAIN_CF, 'inventory.yaml': huge }, audit());
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/vio_server2.*vios-name/);
      expect(result.stdout).not.toMatch(/inventory\.yaml\n/);
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('config file (a bad one is exit 2 with one line)', () => {
  const PROFILE = 'name=lpar05\n';

  it.each([
    ['YAML cut mid-token', 'lparlint.config.yaml', 'rules: { "adapter-fo', /^lparlint: lparlint\.config\.yaml:1:\d+: YAML syntax error: .*\n$/],
    ['JSON cut mid-token', 'lparlint.config.json', '{"rules": {"adap', /^lparlint: lparlint\.config\.json:1:\d+: JSON syntax error: .*\n$/],
    ['binary bytes', 'lparlint.config.yaml', BINARY, /^lparlint: lparlint\.config\.yaml:1:1: the configuration is [^]*?; expected a mapping with any of: rules, .*\n$/],
  ])('%s', async (_name, file, content, stderr) => {
    const result = await runIn({ [file]: content, 'lpar05.cfg': PROFILE }, ['check', 'lpar05.cfg']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(stderr);
  });

  it(
    'huge (20 MB of comments): read, and its rules applied',
    async () => {
      const huge = 'rules: { required-attribute: off, profile-name: off }\n' + padTo('# a comment line that pads the config\n', HUGE_BYTES);
      const result = await runIn({ 'lparlint.config.yaml': huge, 'lpar05.cfg': PROFILE }, ['check', 'lpar05.cfg']);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(/required-attribute|profile-name/);
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('VCS agent log', () => {
  it.each([
    ['binary bytes', BINARY],
    ['a header cut mid-token', '2024/03/05 10:15:42 VCS ERR'],
  ])('%s: a clean answer that says no VCS message was read', async (_name, log) => {
    const result = await runIn({ 'LPAR_A.log': log }, ['diagnose', 'LPAR_A.log']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('No failed operations in LPAR_A.log (no VCS messages read');
  });

  it(
    'huge (20 MB of messages): every message read',
    async () => {
      const line = '2024/03/05 10:09:12 VCS INFO V-16-10061-14001 (lpar201) HostMonitor:VCShm:monitor:Updating System attribute\n';
      const lines = Math.ceil(HUGE_BYTES / line.length);
      const result = await runIn({ 'LPAR_A.log': line.repeat(lines) }, ['diagnose', 'LPAR_A.log']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain(`(${lines} messages read)`);
    },
    HUGE_TIMEOUT_MS,
  );

  it('a log of one 20 MB line without a header: read in linear time, nothing taken for a message', async () => {
    const result = await runIn({ 'LPAR_A.log': 'a'.repeat(HUGE_BYTES) }, ['diagnose', 'LPAR_A.log']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('no VCS messages read');
  }, HUGE_TIMEOUT_MS);
});

describe('--patterns file (exit 2 with one line)', () => {
  it.each([
    ['binary bytes', BINARY, /^lparlint: --patterns p\.yaml:1:1: the pattern catalog is [^]*?; expected a mapping with a list of patterns/],
    ['YAML cut mid-token', 'patterns:\n  - id: "site-', /^lparlint: --patterns p\.yaml:\d+:\d+: YAML syntax error: /],
  ])('%s', async (_name, content, stderr) => {
    const result = await runIn({ 'LPAR_A.log': 'x\n', 'p.yaml': content }, ['diagnose', 'LPAR_A.log', '--patterns', 'p.yaml']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(stderr);
  });
});
