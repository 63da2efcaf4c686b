import type { Diagnostic } from '../../core/diagnostic.js';
import type { Diagnosis } from '../../diagnose/model.js';
import { barChartSvg } from '../html/bar-chart.js';
import { clusterSection } from '../html/cluster-figure.js';
import { countBars } from '../html/count-bars.js';
import { countsHeader, type Count } from '../html/counts-header.js';
import { escapeHtml } from '../html/escape.js';
import { failuresTable, patternOf } from '../html/failures-table.js';
import { fileStates } from '../html/file-states.js';
import { htmlPage } from '../html/page.js';
import { figure, section } from '../html/sections.js';
import { timelineSvg, type TimelineEvent } from '../html/timeline.js';
import { logTimestamp } from '../../parse/log/time.js';
import { noFailuresText } from './no-failures.js';
import { operationTitle } from './operation.js';
import type { DiagnoseFormatter, DiagnoseReport } from './report.js';
import { unlistedText } from './unlisted.js';

const DIAGNOSE_TITLE = 'lparlint diagnose report';

/**
 * `diagnose`'s report as one self-contained web page (issue 9): the counts and the run, the
 * cluster map coloured by the findings that explain failures, the failures per pattern, their
 * timeline per resource, and the table of failures with each one's log lines and findings.
 */
export const diagnoseHtml: DiagnoseFormatter = (report) => {
  const table = failuresTable(report.diagnoses);
  const cluster = report.overview?.cluster;
  const sections: string[] = [];
  if (cluster) {
    const checks = report.diagnoses.flatMap((d) => (d.profile ? [{ path: d.profile.path, diagnostics: d.findings }] : []));
    sections.push(clusterSection(cluster, fileStates(checks), table.anchors));
  }
  if (report.diagnoses.length > 0) {
    const bars = barChartSvg('Failures per pattern', countBars(report.diagnoses.map((d) => ({ label: patternOf(d), severity: 'error' as const }))));
    sections.push(section('patterns', 'Failures per pattern', figure('rule-chart', 'Failures per log pattern, most frequent first', bars)));
    sections.push(section('time', 'Failures over time', figure('timeline', 'Failures over time, one lane per resource', timelineSvg(timelineEvents(report.diagnoses)))));
  }
  const after = report.diagnoses.length === 0 ? `<p class="empty">${escapeHtml(noFailuresText(report))}</p>` : '';
  const unlisted = report.unlisted ? `<p class="note">${escapeHtml(unlistedText(report.unlisted, report.diagnoses.length))}</p>` : '';
  sections.push(section('table', 'Failures', [table.html, after, unlisted].filter((part) => part !== '').join('\n')));
  return htmlPage({ title: DIAGNOSE_TITLE, header: countsHeader(diagnoseCounts(report), report.overview?.run), sections, version: report.overview?.run.version });
};

function diagnoseCounts(report: DiagnoseReport): Count[] {
  const findings = explainingFindings(report.diagnoses);
  return [
    { key: 'logs', label: 'Logs', value: report.logs.length },
    { key: 'records', label: 'Log messages', value: report.records },
    { key: 'failures', label: 'Failures', value: report.diagnoses.length },
    { key: 'resources', label: 'Resources that failed', value: new Set(report.diagnoses.flatMap((d) => (d.resource === null ? [] : [d.resource]))).size },
    { key: 'files', label: 'Profile files', value: new Set(report.diagnoses.flatMap((d) => (d.profile ? [d.profile.path] : []))).size },
    { key: 'errors', label: 'Profile errors', value: findings.filter((f) => f.severity === 'error').length },
    { key: 'warnings', label: 'Profile warnings', value: findings.filter((f) => f.severity === 'warning').length },
  ];
}

/** The findings that explain failures, each once although several failures may share it. */
function explainingFindings(diagnoses: readonly Diagnosis[]): Diagnostic[] {
  const found = new Map<string, Diagnostic>();
  for (const d of diagnoses) {
    for (const f of d.findings) found.set(JSON.stringify([d.profile?.path, f.ruleId, f.span, f.message]), f);
  }
  return [...found.values()];
}

function timelineEvents(diagnoses: readonly Diagnosis[]): TimelineEvent[] {
  return diagnoses.flatMap((d) => {
    const timestamp = logTimestamp(d.time);
    if (timestamp === undefined) return [];
    const label = `${operationTitle(d)} [${patternOf(d)}]${d.count > 1 ? ` (${d.count} times, last at ${d.lastTime})` : ''}`;
    const lastTimestamp = logTimestamp(d.lastTime);
    const repeated = d.count > 1 && lastTimestamp !== undefined ? { occurrences: d.count, lastTimestamp, lastTime: d.lastTime } : {};
    return [{ resource: d.resource ?? 'no resource', timestamp, time: d.time, label, severity: 'error' as const, ...repeated }];
  });
}
