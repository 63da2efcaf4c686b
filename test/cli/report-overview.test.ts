import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { overviewRun, reportOverview } from '../../src/cli/report-overview.js';
import { InputError } from '../../src/read/input-error.js';
import { clusterInputs, MAIN_CF } from '../cluster/cluster-inputs.js';
import { runCli } from './fake-io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLUSTER = ['--main-cf', 'fixtures/example/main.cf', '--inventory', 'fixtures/example/inventory.yaml', '--path-map', '/configfile=fixtures/example/configfile'];

const html = { format: 'html', file: 'audit.html', option: '--format html:audit.html' };
const json = { format: 'json', option: '--format json' };
const env = { SOURCE_DATE_EPOCH: '1709633742' };

describe('overviewRun', () => {
  it('is taken only when a format that shows it is asked for', () => {
    expect(overviewRun([json], { env, argv: ['check'] })).toBeUndefined();
    expect(overviewRun([json, html], { env, argv: ['check', '--format', 'html:audit.html'] })).toMatchObject({
      generatedAt: '2024-03-05T10:15:42Z',
      command: 'lparlint check --format html:audit.html',
    });
  });

  it('stops on a bad SOURCE_DATE_EPOCH only when it is used', () => {
    expect(overviewRun([json], { env: { SOURCE_DATE_EPOCH: 'soon' } })).toBeUndefined();
    expect(() => overviewRun([html], { env: { SOURCE_DATE_EPOCH: 'soon' } })).toThrow(InputError);
  });
});

describe('reportOverview', () => {
  const run = overviewRun([html], { env })!;

  it('holds the cluster when main.cf or an inventory was read', () => {
    const overview = reportOverview(run, clusterInputs({ mainCf: 'system n1 ( )\n' }), (file) => file);
    expect(overview).toEqual({ run, cluster: { nodes: ['n1'], servers: [], resources: [] }, inputFiles: [MAIN_CF] });
  });

  it('holds the run alone without them', () => {
    expect(reportOverview(run, undefined, (file) => file)).toEqual({ run });
    expect(reportOverview(run, clusterInputs({}), (file) => file)).toEqual({ run });
  });
});

describe('the html reports of check and diagnose', () => {
  it.each([
    ['check', [...CLUSTER]],
    ['diagnose', ['fixtures/example/LPAR_A.log', ...CLUSTER]],
  ])('%s shows the run and the example cluster', async (command, args) => {
    const argv = [command, ...args, '--format', 'html'];
    const { stdout } = await runCli(argv, { cwd: root, env });
    expect(stdout).toContain('<time datetime="2024-03-05T10:15:42Z"');
    expect(stdout).toContain(`lparlint ${argv.join(' ')}`);
    expect(stdout).toContain('data-server="physical_server_02"');
    expect(stdout).toContain('data-path="fixtures/example/configfile/lpar05_on_physical_server_02.cfg"');
  });

  it('stops on a bad SOURCE_DATE_EPOCH, exit code 2, before checking anything', async () => {
    const result = await runCli(['check', ...CLUSTER, '--format', 'html'], { cwd: root, env: { SOURCE_DATE_EPOCH: '2024-03-05' } });
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^lparlint: SOURCE_DATE_EPOCH=2024-03-05: give the report's time as whole seconds/) });
  });
});
