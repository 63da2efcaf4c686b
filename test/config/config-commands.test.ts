import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string): string => readFileSync(join(root, 'fixtures', path), 'utf8');

const FILE_01 = fixture('example/configfile/lpar05_on_physical_server_01.cfg');
const FILE_02 = fixture('example/configfile/lpar05_on_physical_server_02.cfg');
/** The vendor example with a blank after a comma: one whitespace warning, and the info repeats. */
const BLANK = FILE_01.replace('lpar_id=15,', 'lpar_id=15, ');

/** A site folder holding a copy of the example cluster and `config` as its lparlint.config.yaml. */
function site(config: string, more: Record<string, string> = {}): Promise<string> {
  return tempTree({
    'lparlint.config.yaml': config,
    'cluster/main.cf': fixture('example/main.cf'),
    'cluster/inventory.yaml': fixture('example/inventory.yaml'),
    'configs/lpar05_on_physical_server_01.cfg': FILE_01,
    'configs/lpar05_on_physical_server_02.cfg': FILE_02,
    ...more,
  });
}

const CLUSTER = 'mainCf: cluster/main.cf\ninventory: [cluster/inventory.yaml]\npathMap: { /configfile: configs }\n';

interface JsonReport {
  files: { path: string; diagnostics: { ruleId: string; severity: string }[] }[];
}
const report = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const ruleIds = (stdout: string): string[] => report(stdout).files.flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.ruleId} ${d.severity}`));

describe('check with a config file', () => {
  it('audits the cluster the config names, with its rules', async () => {
    const cwd = await site(`${CLUSTER}rules: { duplicate-attribute: off }\n`);
    const result = await runCli(['check', '--format', 'json'], { cwd });
    expect(result.code).toBe(1);
    expect(report(result.stdout).files.map((f) => f.path)).toEqual([
      'cluster/main.cf',
      'cluster/inventory.yaml',
      'configs/lpar05_on_physical_server_01.cfg',
      'configs/lpar05_on_physical_server_02.cfg',
    ]);
    expect(ruleIds(result.stdout)).toEqual(['configs/lpar05_on_physical_server_02.cfg vios-name error']);
  });

  it('skips the ignored files in the audit: not read, not reported, not compared', async () => {
    const cwd = await site(`${CLUSTER}ignore: [configs/*_02.cfg]\n`);
    const result = await runCli(['check', '--format', 'json'], { cwd });
    expect(result.code).toBe(0);
    expect(report(result.stdout).files.map((f) => f.path)).not.toContain('configs/lpar05_on_physical_server_02.cfg');
    expect(ruleIds(result.stdout).filter((r) => !r.endsWith(' info'))).toEqual([]);
  });

  it('skips the ignored files in a directory walk, but checks an ignored file named on the command line', async () => {
    const cwd = await site('ignore: ["**/*_02.cfg"]\n');
    const walked = await runCli(['check', '--format', 'json', 'configs'], { cwd });
    expect(report(walked.stdout).files.map((f) => f.path)).toEqual(['configs/lpar05_on_physical_server_01.cfg']);
    const named = await runCli(['check', '--format', 'json', 'configs/lpar05_on_physical_server_02.cfg'], { cwd });
    expect(report(named.stdout).files.map((f) => f.path)).toEqual(['configs/lpar05_on_physical_server_02.cfg']);
  });

  it('uses the config\'s pattern in directory walks, and --pattern over it', async () => {
    const cwd = await site('pattern: "**/*.prof"\n', { 'configs/lpar05.prof': FILE_01 });
    const fromConfig = await runCli(['check', '--format', 'json', 'configs'], { cwd });
    expect(report(fromConfig.stdout).files.map((f) => f.path)).toEqual(['configs/lpar05.prof']);
    const fromCli = await runCli(['check', '--format', 'json', '--pattern', '**/*_01.cfg', 'configs'], { cwd });
    expect(report(fromCli.stdout).files.map((f) => f.path)).toEqual(['configs/lpar05_on_physical_server_01.cfg']);
  });

  it('applies overrides by glob, and --rule over them', async () => {
    const config = 'rules: { whitespace: error }\noverrides:\n  - files: [legacy/**]\n    rules: { whitespace: off, duplicate-attribute: off }\n';
    const cwd = await site(config, { 'legacy/a.cfg': BLANK, 'current/a.cfg': BLANK });
    const result = await runCli(['check', '--format', 'json', 'legacy', 'current'], { cwd });
    expect(ruleIds(result.stdout)).toEqual(['current/a.cfg whitespace error', 'current/a.cfg duplicate-attribute info']);
    const cli = await runCli(['check', '--format', 'json', '--rule', 'whitespace=warning', 'legacy', 'current'], { cwd });
    expect(ruleIds(cli.stdout)).toEqual(['legacy/a.cfg whitespace warning', 'current/a.cfg whitespace warning', 'current/a.cfg duplicate-attribute info']);
  });

  it('fails on more warnings than the config\'s maxWarnings; --max-warnings wins', async () => {
    const cwd = await site('maxWarnings: 0\n', { 'a.cfg': BLANK });
    const strict = await runCli(['check', 'a.cfg'], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('lparlint: 1 warning found; maxWarnings of the config file allows at most 0.\n');
    const relaxed = await runCli(['check', 'a.cfg', '--max-warnings', '1'], { cwd });
    expect(relaxed.code).toBe(0);
  });

  it('finds the config from a folder below it, and --no-config ignores it', async () => {
    const cwd = await site('rules: { whitespace: error }\n', { 'sub/dir/a.cfg': BLANK });
    const below = await runCli(['check', '--format', 'json', 'a.cfg'], { cwd: join(cwd, 'sub/dir') });
    expect(ruleIds(below.stdout)).toContain('a.cfg whitespace error');
    const none = await runCli(['check', '--format', 'json', '--no-config', 'a.cfg'], { cwd: join(cwd, 'sub/dir') });
    expect(ruleIds(none.stdout)).toContain('a.cfg whitespace warning');
  });

  it('stops with exit 2 and one line for a faulty config file', async () => {
    const cwd = await site('rules:\n  whitespace: of\n', { 'a.cfg': FILE_01 });
    const result = await runCli(['check', 'a.cfg'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'lparlint: lparlint.config.yaml:2:15: rules.whitespace is "of"; expected a severity: off, info, warning or error\n' });
  });

  it('stops with exit 2 when --config names a file that is not there', async () => {
    const cwd = await site('{}');
    const result = await runCli(['check', '--config', 'nosuch.json', 'configs'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lparlint: nosuch\.json: cannot read the config file: /);
  });
});

describe('diagnose and generate with a config file', () => {
  it('diagnose finds the failure\'s profile file through the config\'s main.cf and path mappings', async () => {
    const cwd = await site(CLUSTER, { 'LPAR_A.log': fixture('example/LPAR_A.log') });
    const result = await runCli(['diagnose', 'LPAR_A.log'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('file:  configs/lpar05_on_physical_server_02.cfg  (lpar05_res on lpar201)');
    expect(result.stdout).toContain('vios-name');
  });

  it('diagnose takes --path-map with the config\'s main.cf', async () => {
    const cwd = await site('mainCf: cluster/main.cf\n', { 'LPAR_A.log': fixture('example/LPAR_A.log') });
    const result = await runCli(['diagnose', 'LPAR_A.log', '--path-map', '/configfile=configs'], { cwd });
    expect(result.stdout).toContain('file:  configs/lpar05_on_physical_server_02.cfg  (lpar05_res on lpar201)');
  });

  it('generate checks its result with the config\'s rules, and for --node with the config\'s inventory', async () => {
    const seed = { 'LPAR.txt': fixture('seed/lssyscfg-lpar-lpar05.txt'), 'PROF.txt': fixture('seed/lssyscfg-prof-lpar05.txt') };
    const cwd = await site(`${CLUSTER}rules: { duplicate-attribute: off }\n`, seed);
    const args = ['generate', '--lpar', 'LPAR.txt', '--prof', 'PROF.txt'];
    const plain = await runCli(args, { cwd });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
    const wrongNode = await runCli([...args, '--node', 'lpar201'], { cwd });
    expect(wrongNode.code).toBe(1);
    expect(wrongNode.stderr).toContain('<generated>  (lpar05_res on lpar201)');
    expect(wrongNode.stderr).toContain('vios-name');
  });
});

describe('print-config', () => {
  const config = [
    'rules: { whitespace: error, required-attribute: [error, { add: [secure_boot] }] }',
    'overrides:',
    '  - files: [legacy/**]',
    '    rules: { whitespace: off }',
    'ignore: [retired/**]',
    CLUSTER,
  ].join('\n');

  it('prints the effective configuration of a file as JSON, paths relative to the working directory', async () => {
    const cwd = await site(config, { 'legacy/.keep': '' });
    const result = await runCli(['print-config', 'a.cfg', '--rule', 'syntax=warning'], { cwd: join(cwd, 'legacy') });
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown> & { rules: Record<string, unknown> };
    expect(printed).toMatchObject({
      file: 'a.cfg',
      configFile: join(cwd, 'lparlint.config.yaml'),
      ignored: false,
      mainCf: join(cwd, 'cluster/main.cf'),
      inventory: [join(cwd, 'cluster/inventory.yaml')],
      pathMap: { '/configfile': join(cwd, 'configs') },
      pattern: '**/*.cfg',
      ignore: ['retired/**'],
      maxWarnings: null,
    });
    expect(printed.rules).toMatchObject({ syntax: 'warning', whitespace: 'off', 'required-attribute': ['error', { add: ['secure_boot'] }], 'node-copy': 'error' });
    expect(Object.keys(printed.rules)).toHaveLength(28);
  });

  it('says when the config ignores the file, and shows the defaults with --no-config', async () => {
    const cwd = await site(config);
    const ignored = await runCli(['print-config', 'retired/a.cfg'], { cwd });
    expect(JSON.parse(ignored.stdout)).toMatchObject({ file: 'retired/a.cfg', configFile: 'lparlint.config.yaml', ignored: true, mainCf: 'cluster/main.cf' });
    const none = await runCli(['print-config', 'retired/a.cfg', '--no-config'], { cwd });
    expect(JSON.parse(none.stdout)).toMatchObject({ configFile: null, ignored: false, mainCf: null, inventory: [], pathMap: {}, ignore: [] });
  });
});
