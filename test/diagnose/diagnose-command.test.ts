import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { runCli } from '../cli/fake-io.js';
import { rangeOf } from '../cluster/cluster-inputs.js';
import { tempTree } from '../read/temp-tree.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAIN_CF = 'fixtures/example/main.cf';
const INVENTORY = 'fixtures/example/inventory.yaml';
const EXAMPLE_LOG = 'fixtures/example/LPAR_A.log';
const EXAMPLE = [EXAMPLE_LOG, '--main-cf', MAIN_CF, '--inventory', INVENTORY, '--path-map', '/configfile=fixtures/example/configfile'];

interface Finding {
  ruleId: string;
  attribute: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix?: { safe: boolean };
}
interface JsonDiagnosis {
  time: string;
  lastTime: string;
  count: number;
  resource: string | null;
  node: string | null;
  entryPoint: string | null;
  patternId: string | null;
  category: string;
  logLines: { path: string; line: number; text: string }[];
  profile: string | null;
  findings: Finding[];
  suggestion: string;
  note?: string;
  fixDiff?: string;
  fixSafe?: boolean;
}
interface JsonReport {
  version: number;
  diagnoses: JsonDiagnosis[];
  summary: { logs: string[]; records: number; failures: number; occurrences: number };
}

const read = (path: string): Promise<string> => readFile(join(root, path), 'utf8');

async function diagnose(argv: readonly string[], cwd = root): Promise<{ code: number; report: JsonReport }> {
  const result = await runCli(['diagnose', ...argv, '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

/** One of fixtures/diagnose/: its log, with the example cluster, its folder standing for /configfile. */
function fixtureArgs(name: string): string[] {
  return [`fixtures/diagnose/${name}/LPAR_A.log`, '--main-cf', MAIN_CF, '--inventory', INVENTORY, '--path-map', `/configfile=fixtures/diagnose/${name}`];
}

/** A finding as `rule attribute range`, with the range checked against the text it must cover. */
function at(f: Finding): string {
  return `${f.ruleId} ${f.attribute} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}

/** What a diagnosis says, without the long texts (suggestion, messages), which other tests cover. */
function outline(d: JsonDiagnosis): object {
  return {
    when: d.count === 1 ? d.time : `${d.time} … ${d.lastTime} (${d.count})`,
    where: `${d.resource} on ${d.node}, ${d.entryPoint}`,
    pattern: `${d.patternId} (${d.category})`,
    log: d.logLines.map((l) => `${l.path}:${l.line}`),
    profile: d.profile,
    findings: d.findings.map(at),
  };
}

describe('lparlint diagnose, end to end', () => {
  it('explains the example cluster\'s failed failover with the vios-name error and its unsafe fix', async () => {
    const { code, report } = await diagnose(EXAMPLE);
    expect(code).toBe(1);
    const file = 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg';
    const source = await read(file);
    expect(report.diagnoses.map(outline)).toEqual([
      {
        when: '2024/03/05 10:15:42 … 2024/03/05 10:19:46 (3)',
        where: 'lpar05_res on lpar201, online',
        pattern: 'hmc-partition-not-found (vios)',
        log: [`${EXAMPLE_LOG}:4`, `${EXAMPLE_LOG}:5`],
        profile: file,
        findings: [`vios-name virtual_fc_adapters ${rangeOf(source, 'vio_server2', '604/client/2/vio_server2')}`],
      },
    ]);
    const [d] = report.diagnoses;
    expect(d!.logLines[1]!.text).toBe('HSCL8012 The partition named vio_server2 was not found.');
    expect(d!.suggestion).toMatch(/^The HMC has no partition named vio_server2 on this node's physical server\./);
    expect(d!.findings[0]!.message).toContain('the file was written for lpar101, not for lpar201');
    expect(d!.fixSafe).toBe(false);
    expect(d!.fixDiff).toBe(unifiedDiff(file, source, source.replace('604/client/2/vio_server2', '604/client/2/vio_server4')));
    expect(report.summary).toEqual({ logs: [EXAMPLE_LOG], records: 17, failures: 1, occurrences: 3 });
  });

  it('invalid attribute: the read-only state left in, removed by a safe fix', async () => {
    const { code, report } = await diagnose(fixtureArgs('invalid-attribute'));
    const file = 'fixtures/diagnose/invalid-attribute/lpar05_on_physical_server_01.cfg';
    const source = await read(file);
    expect(code).toBe(1);
    expect(report.diagnoses.map(outline)).toEqual([
      {
        when: '2024/04/02 22:41:09',
        where: 'lpar05_res on lpar101, online',
        pattern: 'hmc-invalid-attribute (profile-attribute)',
        log: ['fixtures/diagnose/invalid-attribute/LPAR_A.log:3', 'fixtures/diagnose/invalid-attribute/LPAR_A.log:4'],
        profile: file,
        findings: [`read-only-attribute state ${rangeOf(source, 'state=Running')}`],
      },
    ]);
    expect(report.diagnoses[0]!.fixSafe).toBe(true);
    expect(report.diagnoses[0]!.fixDiff).toBe(unifiedDiff(file, source, source.replace('state=Running,', '')));
  });

  it('configuration format invalid: the unquoted adapter list, quoted by a safe fix', async () => {
    const { report } = await diagnose(fixtureArgs('format-invalid'));
    const file = 'fixtures/diagnose/format-invalid/lpar05_on_physical_server_01.cfg';
    const source = await read(file);
    const list = 'virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/3/vio_server2/6/1';
    expect(report.diagnoses.map(outline)).toEqual([
      {
        when: '2024/04/03 01:02:20',
        where: 'lpar05_res on lpar101, online',
        pattern: 'hmc-config-format (profile-format)',
        log: ['fixtures/diagnose/format-invalid/LPAR_A.log:3', 'fixtures/diagnose/format-invalid/LPAR_A.log:4'],
        profile: file,
        findings: [`adapter-quoting virtual_scsi_adapters ${rangeOf(source, list)}`],
      },
    ]);
    expect(report.diagnoses[0]!.fixSafe).toBe(true);
    expect(report.diagnoses[0]!.fixDiff).toBe(unifiedDiff(file, source, source.replace(list, `"${list}"`)));
  });

  it('memory region: desired_mem not a multiple of 256 MB, with a suggestion and no diff', async () => {
    const { report } = await diagnose(fixtureArgs('memory-region'));
    const file = 'fixtures/diagnose/memory-region/lpar05_on_physical_server_02.cfg';
    const source = await read(file);
    expect(report.diagnoses.map(outline)).toEqual([
      {
        when: '2024/04/05 17:44:05',
        where: 'lpar05_res on lpar201, online',
        pattern: 'hmc-memory-region (memory)',
        log: ['fixtures/diagnose/memory-region/LPAR_A.log:3', 'fixtures/diagnose/memory-region/LPAR_A.log:4'],
        profile: file,
        findings: [`memory-region desired_mem ${rangeOf(source, '2000', 'desired_mem=2000')}`],
      },
    ]);
    expect(report.diagnoses[0]).not.toHaveProperty('fixDiff');
  });

  it('ssh failure: four refusals a minute apart are one diagnosis, with no profile file', async () => {
    const { report } = await diagnose(fixtureArgs('ssh-failure'));
    expect(report.diagnoses.map(outline)).toEqual([
      {
        when: '2024/04/09 03:11:40 … 2024/04/09 03:14:40 (4)',
        where: 'lpar05_res on lpar101, monitor',
        pattern: 'ssh-permission-denied (ssh)',
        log: ['fixtures/diagnose/ssh-failure/LPAR_A.log:2', 'fixtures/diagnose/ssh-failure/LPAR_A.log:3'],
        profile: null,
        findings: [],
      },
    ]);
    expect(report.diagnoses[0]!.suggestion).toContain('password-less SSH');
    expect(report.diagnoses[0]!.suggestion).toContain('MCUser');
  });

  it('profile file missing: the profile-file finding at the node\'s ProfileFile in main.cf', async () => {
    const { report } = await diagnose(fixtureArgs('profile-missing'));
    const mainCf = await read(MAIN_CF);
    expect(report.diagnoses.map(outline)).toEqual([
      {
        when: '2024/04/11 14:03:53',
        where: 'lpar05_res on lpar201, online',
        pattern: 'profile-file-missing (profile-file)',
        log: ['fixtures/diagnose/profile-missing/LPAR_A.log:2'],
        profile: MAIN_CF,
        findings: [`profile-file ProfileFile ${rangeOf(mainCf, '"/configfile/lpar05_on_physical_server_02.cfg"')}`],
      },
    ]);
    expect(report.diagnoses[0]!.findings[0]!.message).toContain('read as fixtures/diagnose/profile-missing/lpar05_on_physical_server_02.cfg: it does not exist');
  });

  it('unexplained: the LPAR error no pattern knows; other agents, unmatched warnings and notices are not failures', async () => {
    const { code, report } = await diagnose(fixtureArgs('unexplained'));
    expect(code).toBe(1);
    expect(report.diagnoses.map(outline)).toEqual([
      {
        when: '2024/04/15 08:30:02',
        where: 'lpar05_res on lpar101, offline',
        pattern: 'null (unexplained)',
        log: ['fixtures/diagnose/unexplained/LPAR_A.log:5'],
        profile: null,
        findings: [],
      },
    ]);
    expect(report.summary.records).toBe(5);
  });

  it('reads several logs in time order, and groups the same failure across them', async () => {
    const log = await read(EXAMPLE_LOG);
    const lines = log.split('\n');
    // Rotated at 10:17: LPAR_B.log holds the first attempt, LPAR_A.log the others.
    const cwd = await tempTree({ 'LPAR_B.log': lines.slice(0, 7).join('\n') + '\n', 'LPAR_A.log': lines.slice(7).join('\n') });
    const { report } = await diagnose(['LPAR_A.log', 'LPAR_B.log'], cwd);
    expect(report.diagnoses.map((d) => [d.time, d.lastTime, d.count, d.logLines[0]!.path, d.node])).toEqual([
      ['2024/03/05 10:15:42', '2024/03/05 10:19:46', 3, 'LPAR_B.log', 'lpar201'],
    ]);
    expect(report.summary.logs).toEqual(['LPAR_A.log', 'LPAR_B.log']);
  });
});

describe('lparlint diagnose options', () => {
  it('--since and --until keep the failures in their window', async () => {
    const window = await diagnose([...EXAMPLE, '--since', '2024/03/05 10:17:00', '--until', '2024-03-05T10:18']);
    expect(window.report.diagnoses.map((d) => [d.time, d.count])).toEqual([['2024/03/05 10:17:44', 1]]);
    const after = await diagnose([...EXAMPLE, '--since', '2024-03-05T10:20']);
    expect(after.code).toBe(0);
    expect(after.report.diagnoses).toEqual([]);
  });

  it('--resource keeps that resource\'s messages only', async () => {
    const other = await diagnose([...EXAMPLE, '--resource', 'lpar06_res']);
    expect(other.code).toBe(0);
    expect(other.report.summary.records).toBe(0);
    const same = await diagnose([...EXAMPLE, '--resource', 'lpar05_res']);
    expect(same.report.diagnoses.map((d) => d.count)).toEqual([3]);
  });

  it('--resource makes the messages of any agent type operations', async () => {
    const { report } = await diagnose(['fixtures/diagnose/unexplained/LPAR_A.log', '--resource', 'lpar05_fs']);
    expect(report.diagnoses.map((d) => [d.resource, d.entryPoint, d.patternId])).toEqual([['lpar05_fs', 'offline', null]]);
  });

  it('--profile checks that file for --node, with the inventory', async () => {
    const file = 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg';
    const { report } = await diagnose([EXAMPLE_LOG, '--profile', file, '--node', 'lpar201', '--inventory', INVENTORY]);
    expect(report.diagnoses.map((d) => [d.profile, d.node, d.findings.map((f) => f.ruleId), d.fixSafe])).toEqual([[file, 'lpar201', ['vios-name'], false]]);
  });

  it('--profile without the cluster: the node rules cannot run, and the note says so', async () => {
    const file = 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg';
    const { report } = await diagnose([EXAMPLE_LOG, '--profile', file]);
    expect(report.diagnoses[0]).toMatchObject({ profile: file, node: 'lpar201', findings: [] });
    expect(report.diagnoses[0]!.note).toContain('give --inventory (or --main-cf)');
  });

  it('the log alone: the catalog\'s suggestion, and a note on what to give', async () => {
    const { code, report } = await diagnose([EXAMPLE_LOG]);
    expect(code).toBe(1);
    expect(report.diagnoses[0]).toMatchObject({ patternId: 'hmc-partition-not-found', profile: null, findings: [] });
    expect(report.diagnoses[0]!.note).toContain('give --main-cf (with --path-map) or --profile FILE');
  });

  it('--rule turns a rule off, so its finding no longer explains the failure', async () => {
    const { report } = await diagnose([...EXAMPLE, '--rule', 'vios-name=off']);
    expect(report.diagnoses[0]).toMatchObject({ patternId: 'hmc-partition-not-found', findings: [] });
    expect(report.diagnoses[0]).not.toHaveProperty('fixDiff');
  });

  it('--patterns adds the user\'s entries, which come before the built-in ones', async () => {
    const patterns = {
      patterns: [
        {
          id: 'site-offline-timeout',
          category: 'hmc',
          description: 'The partition did not shut down in time.',
          regex: 'did not shut down within (?<seconds>\\d+) seconds',
          captures: { seconds: 'the wait' },
          explainedBy: [],
          suggestion: 'Shut lpar05 down from its console; the agent waited {seconds} seconds.',
        },
      ],
    };
    const cwd = await tempTree({ 'site.json': JSON.stringify(patterns), 'LPAR_A.log': await read('fixtures/diagnose/unexplained/LPAR_A.log') });
    const { report } = await diagnose(['LPAR_A.log', '--patterns', 'site.json'], cwd);
    expect(report.diagnoses.map((d) => [d.patternId, d.suggestion])).toEqual([
      ['site-offline-timeout', 'Shut lpar05 down from its console; the agent waited 300 seconds.'],
    ]);
  });

  it('writes the report to --output-file', async () => {
    const cwd = await tempTree({ 'LPAR_A.log': await read(EXAMPLE_LOG) });
    const result = await runCli(['diagnose', 'LPAR_A.log', '-o', 'out/report.json', '-f', 'json'], { cwd });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect((JSON.parse(await readFile(join(cwd, 'out/report.json'), 'utf8')) as JsonReport).diagnoses).toHaveLength(1);
  });
});

describe('lparlint diagnose usage errors: exit 2 and one line on stderr', () => {
  const cases: [string, string[], string][] = [
    ['no log', ['diagnose'], 'Not enough non-option arguments'],
    ['a missing log', ['diagnose', 'fixtures/no-such.log'], 'fixtures/no-such.log: cannot read the log: it does not exist'],
    ['a directory for a log', ['diagnose', 'fixtures/diagnose'], 'fixtures/diagnose: not a file'],
    ['a bad --since', ['diagnose', EXAMPLE_LOG, '--since', 'yesterday'], '--since yesterday: invalid time "yesterday"'],
    ['no such date', ['diagnose', EXAMPLE_LOG, '--until', '2024-02-30'], '--until 2024-02-30: invalid time "2024-02-30": there is no such date'],
    ['--since after --until', ['diagnose', EXAMPLE_LOG, '--since', '2024-03-06', '--until', '2024-03-05'], '--since 2024-03-06 is after --until 2024-03-05'],
    ['an unknown format', ['diagnose', EXAMPLE_LOG, '--format', 'xml'], '--format xml: there is no such format; use one of: stylish, json'],
    ['an unknown rule', ['diagnose', EXAMPLE_LOG, '--rule', 'nosuch=off'], '--rule nosuch=off: there is no rule "nosuch"'],
    ['--path-map without --main-cf', ['diagnose', EXAMPLE_LOG, '--path-map', '/configfile=x'], '--path-map maps the ProfileFile paths of main.cf: give --main-cf too'],
    ['a bad --path-map', ['diagnose', EXAMPLE_LOG, '--main-cf', MAIN_CF, '--path-map', 'x'], '--path-map x: expected FROM=TO'],
    ['a missing --profile', ['diagnose', EXAMPLE_LOG, '--profile', 'no-such.cfg'], '--profile no-such.cfg: cannot read it: it does not exist'],
    ['a missing --main-cf', ['diagnose', EXAMPLE_LOG, '--main-cf', 'no-such.cf'], '--main-cf no-such.cf: cannot read it: it does not exist'],
    ['an unknown --node', ['diagnose', EXAMPLE_LOG, '--main-cf', MAIN_CF, '--node', 'lpar301'], '--node lpar301: not a node of main.cf'],
    ['a missing --patterns file', ['diagnose', EXAMPLE_LOG, '--patterns', 'no-such.yaml'], '--patterns no-such.yaml:1:1: cannot read the pattern catalog: it does not exist'],
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

  it('a bad entry in a --patterns file, at its place', async () => {
    const cwd = await tempTree({ 'site.yaml': 'patterns:\n  - id: nested\n    category: hmc\n    description: d\n    regex: "(a+)+b"\n    captures: {}\n    explainedBy: []\n    suggestion: s\n' });
    const result = await runCli(['diagnose', join(root, EXAMPLE_LOG), '--patterns', 'site.yaml'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lparlint: --patterns site\.yaml:5:\d+: [^\n]+\n$/);
  });
});
