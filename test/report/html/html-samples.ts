import type { Diagnosis } from '../../../src/diagnose/model.js';
import type { DiagnoseReport } from '../../../src/report/diagnose/report.js';
import type { ReportOverview } from '../../../src/report/overview.js';
import { createReport, type Report } from '../../../src/report/report.js';
import { fileResult, sampleReport } from '../sample-report.js';

/** Markup that would run or load something if it reached the page as markup. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';

export const RUN = { version: '0.1.0', generatedAt: '2024-03-05T10:15:42.000Z', host: 'build-host', command: 'lparlint check --format html' };

/** A cluster of two servers, three nodes (one on no known server) and one resource over the sample's files. */
export function sampleOverview(): ReportOverview {
  return {
    run: RUN,
    cluster: {
      name: 'prod',
      nodes: ['lpar101', 'lpar201', 'lpar301'],
      servers: [
        { name: 'server_01', vioServers: ['vios1', 'vios2'], nodes: ['lpar101'] },
        { name: 'server_02', vioServers: ['vios3'], nodes: ['lpar201'] },
      ],
      resources: [
        {
          name: 'lpar05_res',
          group: 'lpar05_grp',
          files: [
            { node: 'lpar101', path: 'profiles/lpar05.cfg' },
            { node: 'lpar201', path: 'profiles/clean.cfg' },
            { node: 'lpar301', path: 'profiles/broken.cfg' },
          ],
        },
      ],
    },
  };
}

/** The formatters' sample report with a cluster overview. */
export function sampleClusterReport(): Report {
  return { ...sampleReport(), overview: sampleOverview() };
}

/** A report whose path, node, values and messages hold markup. */
export function hostileReport(): Report {
  const path = `profiles/${SCRIPT}.cfg`;
  const source = `name=${SCRIPT},lpar_env=${IMG}\n`;
  const file = fileResult(path, source, [
    { ruleId: 'attribute-value', severity: 'error', message: `bad value ${IMG}`, attribute: 'lpar_env', at: IMG, suggestion: `use ${SCRIPT}` },
    {
      ruleId: 'read-only-attribute',
      severity: 'warning',
      message: `name ${SCRIPT}`,
      attribute: 'name',
      at: SCRIPT,
      fix: { description: `remove ${SCRIPT}`, safe: true, edits: [{ span: { start: 5, end: 5 + SCRIPT.length }, text: IMG }] },
    },
  ]);
  const overview: ReportOverview = {
    run: { ...RUN, host: SCRIPT, command: `lparlint check ${IMG}` },
    cluster: { nodes: [SCRIPT], servers: [{ name: IMG, vioServers: [SCRIPT], nodes: [SCRIPT] }], resources: [{ name: IMG, group: SCRIPT, files: [{ node: SCRIPT, path }] }] },
  };
  return { ...createReport([{ ...file, node: SCRIPT, resource: IMG }]), overview };
}

const PROFILE = 'name=lpar05,lpar_env=aixlinux,virtual_fc_adapters=604/client/2/vio_server2/19//0\n';

function diagnosis(overrides: Partial<Diagnosis>): Diagnosis {
  const at = PROFILE.indexOf('vio_server2');
  return {
    time: '2024/03/05 10:15:42',
    lastTime: '2024/03/05 10:19:46',
    count: 3,
    resource: 'lpar05_res',
    node: 'lpar201',
    entryPoint: 'online',
    patternId: 'hmc-partition-not-found',
    category: 'vios',
    logLines: [{ path: 'LPAR_A.log', line: 4, text: '2024/03/05 10:15:42 VCS ERROR V-16-10011-22012 LPAR:lpar05_res:online:partition vio_server2 not found' }],
    profile: { path: 'profiles/lpar05.cfg', source: PROFILE },
    findings: [
      {
        ruleId: 'vios-name',
        severity: 'error',
        message: 'vio_server2 is not a VIO server of this server',
        attribute: 'virtual_fc_adapters',
        span: { start: at, end: at + 11 },
        line: 1,
        column: at + 1,
        endLine: 1,
        endColumn: at + 12,
        fix: { description: 'replace vio_server2 with vio_server4', safe: false, edits: [{ span: { start: at, end: at + 11 }, text: 'vio_server4' }] },
      },
    ],
    suggestion: 'Use a VIO server of this physical server.',
    ...overrides,
  };
}

/** Two failures, one explained by a finding with a fix, one unexplained with a hostile log line. */
export function sampleDiagnoseReport(): DiagnoseReport {
  return {
    logs: ['LPAR_A.log'],
    records: 17,
    diagnoses: [
      diagnosis({}),
      diagnosis({
        time: '2024/03/05 11:00:00',
        lastTime: '2024/03/05 11:00:00',
        count: 1,
        resource: 'lpar06_res',
        node: 'lpar101',
        patternId: null,
        category: 'unexplained',
        logLines: [{ path: 'LPAR_A.log', line: 9, text: `2024/03/05 11:00:00 VCS ERROR </script>${IMG}` }],
        findings: [],
        profile: undefined,
        note: `no ProfileFile for ${SCRIPT}`,
        suggestion: 'Read the agent log around this time.',
      }),
    ],
    unlisted: { occurrences: 2, time: '2024/03/05 12:00:00', lastTime: '2024/03/05 12:05:00', logLine: { path: 'LPAR_A.log', line: 20, text: 'x' } },
    overview: sampleOverview(),
  };
}
