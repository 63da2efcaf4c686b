import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { className, junit, uniqueNames } from '../../src/report/formatters/junit.js';
import { createReport, type Report } from '../../src/report/report.js';
import { runCli } from '../cli/fake-io.js';
import { EXAMPLE_CLUSTER, root } from '../cli/golden-harness.js';
import { fileResult, sampleReport } from './sample-report.js';

interface Outcome {
  '#text'?: string;
  '@_message'?: string;
  '@_type'?: string;
}
interface TestCase {
  '@_classname': string;
  '@_name': string;
  '@_file': string;
  failure?: Outcome;
  error?: Outcome;
  'system-out'?: string;
}
interface TestSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  testcase: TestCase[];
}
interface Parsed {
  testsuites: { '@_tests': string; '@_failures': string; '@_errors': string; testsuite: TestSuite[] };
}

/** Parses as the CI readers do; fails on XML that is not well-formed. */
function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });
  return parser.parse(xml) as Parsed;
}

const render = (report: Report): Parsed => parse(junit(report, { color: false }));

describe('junit formatter', () => {
  it('writes one suite per file, a case per finding, and one passing case for a clean file', () => {
    const { testsuites } = render(sampleReport());
    expect(testsuites.testsuite.map((s) => [s['@_name'], s['@_tests'], s['@_failures'], s['@_errors']])).toEqual([
      ['profiles/lpar05.cfg', '2', '2', '0'],
      ['profiles/clean.cfg', '1', '0', '0'],
      ['profiles/wrapped.cfg', '1', '0', '0'],
      ['profiles/broken.cfg', '1', '0', '1'],
    ]);
    expect([testsuites['@_tests'], testsuites['@_failures'], testsuites['@_errors']]).toEqual(['5', '2', '1']);

    const [lpar05, clean, wrapped, broken] = testsuites.testsuite;
    const [state, maxMem] = lpar05!.testcase;
    expect(state!['@_name']).toBe('read-only-attribute 1:42 state');
    expect(state!['@_classname']).toBe('profiles.lpar05_cfg');
    expect(state!['@_file']).toBe('profiles/lpar05.cfg');
    expect(state!.failure!['@_type']).toBe('read-only-attribute');
    expect(state!.failure!['@_message']).toBe('state is shown by lssyscfg but cannot be set when a partition is created');
    expect(state!.failure!['#text']).toBe(
      'profiles/lpar05.cfg:1:42: error state is shown by lssyscfg but cannot be set when a partition is created [read-only-attribute]\nfix: Remove state=Running',
    );
    expect(maxMem!.failure!['#text']).toContain('suggestion: Set max_mem to 2048 or more.');
    // A clean file passes; an info finding passes with its text; a file that could not be read is an error.
    expect(clean!.testcase).toEqual([{ '@_classname': 'profiles.clean_cfg', '@_name': 'no problems', '@_file': 'profiles/clean.cfg', '@_time': '0' }]);
    expect(wrapped!.testcase[0]!.failure).toBeUndefined();
    expect(wrapped!.testcase[0]!['system-out']).toContain('the record continues on the next line [single-line]');
    expect(broken!.testcase[0]!.error!['@_type']).toBe('io');
  });

  it('keeps test case names unique within a suite', () => {
    const source = 'state=a,state=a\n';
    const [first] = fileResult('p.cfg', source, [{ ruleId: 'read-only-attribute', severity: 'error', message: 'm', attribute: 'state', at: 'state=a' }]).diagnostics;
    const report = createReport([{ path: 'p.cfg', source, diagnostics: [first!, first!, { ...first!, attribute: null }] }]);
    const names = render(report).testsuites.testsuite[0]!.testcase.map((c) => c['@_name']);
    expect(names).toEqual(['read-only-attribute 1:1 state', 'read-only-attribute 1:1 state (2)', 'read-only-attribute 1:1']);
    expect(uniqueNames(['a', 'a', 'b', 'a'])).toEqual(['a', 'a (2)', 'b', 'a (3)']);
  });

  it('escapes markup, quotes and characters XML cannot hold', () => {
    const message = 'value "a<b>&c" isn\'t valid\u0007 here';
    const report = createReport([fileResult('a&b/<x>.cfg', 'name=a<b>\n', [{ ruleId: 'attribute-value', severity: 'error', message, attribute: 'name', at: 'a<b>' }])]);
    const xml = junit(report, { color: false });
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('name="a&amp;b/&lt;x&gt;.cfg"');
    const suite = parse(xml).testsuites.testsuite[0]!;
    expect(suite['@_name']).toBe('a&b/<x>.cfg');
    expect(suite.testcase[0]!.failure!['@_message']).toBe('value "a<b>&c" isn\'t valid\ufffd here');
    expect(suite.testcase[0]!.failure!['#text']).toBe('a&b/<x>.cfg:1:6: error value "a<b>&c" isn\'t valid\ufffd here [attribute-value]');
  });

  it('names classes so that Jenkins splits folder from file, and each node of a cluster audit is a class of its own', () => {
    expect(className('fixtures/example/configfile/lpar05.cfg', undefined)).toBe('fixtures.example.configfile.lpar05_cfg');
    expect(className('/etc/VRTSvcs/lpar05.cfg', 'lpar05_res on lpar201')).toBe('etc.VRTSvcs.lpar05_cfg (lpar05_res on lpar201)');
    expect(className('../configs/v1.2/lpar05.cfg', undefined)).toBe('__.configs.v1_2.lpar05_cfg');
  });

  it('writes one suite per file and node for the example cluster, and for diagnose one per log and profile file', async () => {
    const check = parse((await runCli([...EXAMPLE_CLUSTER, '--format', 'junit'], { cwd: root })).stdout);
    const suites = check.testsuites.testsuite.map((s) => s['@_name']);
    expect(suites).toEqual([
      'fixtures/example/main.cf',
      'fixtures/example/inventory.yaml',
      'fixtures/example/configfile/lpar05_on_physical_server_01.cfg (lpar05_res on lpar101)',
      'fixtures/example/configfile/lpar05_on_physical_server_02.cfg (lpar05_res on lpar201)',
    ]);
    for (const suite of check.testsuites.testsuite) {
      const names = suite.testcase.map((c) => c['@_name']);
      expect(new Set(names).size).toBe(names.length);
    }
    const diagnose = parse(
      (await runCli(['diagnose', 'fixtures/example/LPAR_A.log', '--main-cf', 'fixtures/example/main.cf', '--inventory', 'fixtures/example/inventory.yaml', '--path-map', '/configfile=fixtures/example/configfile', '--format', 'junit'], { cwd: root })).stdout,
    );
    expect(diagnose.testsuites.testsuite.map((s) => [s['@_name'], s.testcase.map((c) => c['@_name'])])).toEqual([
      ['fixtures/example/LPAR_A.log', ['hmc-partition-not-found 4:1']],
      ['fixtures/example/configfile/lpar05_on_physical_server_02.cfg (lpar05_res on lpar201)', ['vios-name 1:964 virtual_fc_adapters']],
    ]);
  });
});
