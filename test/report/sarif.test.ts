import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/formatters/sarif.js';
import { createReport, type Report } from '../../src/report/report.js';
import { runCli } from '../cli/fake-io.js';
import { EXAMPLE_CLUSTER, root } from '../cli/golden-harness.js';
import { fileResult, sampleReport } from './sample-report.js';
import { sarifSchemaErrors } from './sarif-schema.js';

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, unknown> } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const render = (report: Report): SarifLog => JSON.parse(sarif(report, { color: false })) as SarifLog;
const EXAMPLE_LOG = ['diagnose', 'fixtures/example/LPAR_A.log', '--main-cf', 'fixtures/example/main.cf', '--inventory', 'fixtures/example/inventory.yaml', '--path-map', '/configfile=fixtures/example/configfile'];

describe('sarif formatter', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(render(sampleReport()))).toEqual([]);
  });

  it('describes each rule that has findings once, sorted, with its documentation as help; results point at them by index', () => {
    const [run] = render(sampleReport()).runs;
    const { driver } = run!.tool;
    expect(driver.name).toBe('lparlint');
    expect(driver.version).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
    expect(driver.rules.map((r) => r.id)).toEqual(['io', 'min-desired-max', 'read-only-attribute', 'single-line']);
    const readOnly = driver.rules[2]!;
    expect(readOnly.shortDescription.text).toBe('An attribute is read-only state printed by lssyscfg that partition creation rejects.');
    expect(readOnly.help.markdown).toBe(readFileSync(join(root, 'rules/read-only-attribute.md'), 'utf8'));
    expect(readOnly.fullDescription.text.length).toBeGreaterThan(readOnly.shortDescription.text.length);
    expect(readOnly.defaultConfiguration.level).toBe('error');
    expect(driver.rules[0]!.help.text).toMatch(/could not be read/);
    for (const result of run!.results) expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('maps severities to levels, and gives the region 1-based with the end column after the range', () => {
    const [run] = render(sampleReport()).runs;
    expect(run!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['read-only-attribute', 'error'],
      ['min-desired-max', 'warning'],
      ['single-line', 'note'],
      ['io', 'error'],
    ]);
    expect(run!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 42, endLine: 1, endColumn: 55, snippet: { text: 'state=Running' } });
    // A range over two lines has no snippet: the text would hold a line break.
    expect(run!.results[2]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 13, endLine: 2, endColumn: 2 });
    expect(run!.results[0]!.message.text).toBe('state is shown by lssyscfg but cannot be set when a partition is created\nfix: Remove state=Running');
  });

  it('writes relative paths as URIs on %SRCROOT%, percent-encoded, and absolute ones as file URIs', () => {
    const report = createReport([
      fileResult('configs/lpar 05.cfg', 'state=Running\n', [{ ruleId: 'read-only-attribute', severity: 'error', message: 'm', attribute: 'state', at: 'state=Running' }]),
      fileResult('/etc/VRTSvcs/lpar05.cfg', 'state=Running\n', [{ ruleId: 'read-only-attribute', severity: 'error', message: 'm', attribute: 'state', at: 'state=Running' }]),
      fileResult('<stdin>', 'state=Running\n', [{ ruleId: 'read-only-attribute', severity: 'error', message: 'm', attribute: 'state', at: 'state=Running' }]),
    ]);
    const locations = render(report).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(locations).toEqual([
      { uri: 'configs/lpar%2005.cfg', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///etc/VRTSvcs/lpar05.cfg' },
      { uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' },
    ]);
    expect(sarifSchemaErrors(render(report))).toEqual([]);
  });

  it('gives fingerprints that survive an edit elsewhere in the line and tell equal findings apart', () => {
    const finding = { ruleId: 'read-only-attribute', severity: 'error' as const, message: 'state is read-only', attribute: 'state', at: 'state=Running' };
    const fingerprints = (source: string): string[] =>
      render(createReport([fileResult('p.cfg', source, [finding])])).runs[0]!.results.map((r) => r.partialFingerprints.primaryLocationLineHash!);
    const before = fingerprints('name=lpar05,state=Running\n');
    const after = fingerprints('name=lpar05,lpar_id=15,state=Running\n');
    expect(before).toEqual(after);
    expect(before[0]).toMatch(/^[0-9a-f]{32}:1$/);
    expect(fingerprints('name=lpar05,state=Stopped,state=Running\n')).toEqual(before);

    // The same finding at two places (a record given twice): only the occurrence number differs.
    const source = 'state=Running,state=Running\n';
    const [atFirst] = fileResult('p.cfg', source, [finding]).diagnostics;
    const atSecond = { ...atFirst!, column: 15, endColumn: 28, span: { start: 14, end: 27 } };
    const twice = createReport([{ path: 'p.cfg', source, diagnostics: [atFirst!, atSecond] }]);
    const [first, second] = render(twice).runs[0]!.results.map((r) => r.partialFingerprints.primaryLocationLineHash!);
    expect(first!.split(':')[0]).toBe(second!.split(':')[0]);
    expect([first!.split(':')[1], second!.split(':')[1]]).toEqual(['1', '2']);

    const otherRule = render(createReport([fileResult('p.cfg', 'name=lpar05,state=Running\n', [{ ...finding, ruleId: 'unknown-attribute' }])])).runs[0]!.results[0]!;
    expect(otherRule.partialFingerprints.primaryLocationLineHash).not.toBe(before[0]);
  });

  it('is valid for lparlint check on the example cluster, and for lparlint diagnose on its log', async () => {
    for (const argv of [EXAMPLE_CLUSTER, EXAMPLE_LOG]) {
      const result = await runCli([...argv, '--format', 'sarif'], { cwd: root });
      expect(result.stderr).toBe('');
      const log = JSON.parse(result.stdout) as SarifLog;
      expect(sarifSchemaErrors(log)).toEqual([]);
      expect(log.runs[0]!.results.some((r) => r.level === 'error')).toBe(true);
    }
  });

  it('describes diagnose\'s log patterns from the catalog', async () => {
    const log = JSON.parse((await runCli([...EXAMPLE_LOG, '--format', 'sarif'], { cwd: root })).stdout) as SarifLog;
    const pattern = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'hmc-partition-not-found')!;
    expect(pattern.shortDescription.text).toBe('HSCL8012: the HMC has no partition of the given name on the managed system.');
    expect(pattern.help.markdown).toContain('**Explained by:** `vios-name`');
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('fixtures/example/LPAR_A.log');
  });
});
