import type { Formatter } from '../formatter.js';
import { barChartSvg } from '../html/bar-chart.js';
import { clusterSection } from '../html/cluster-figure.js';
import { countBars } from '../html/count-bars.js';
import { clusterCounts, countsHeader, type Count } from '../html/counts-header.js';
import { fileStates } from '../html/file-states.js';
import { findingsTable } from '../html/findings-table.js';
import { htmlPage } from '../html/page.js';
import { figure, section } from '../html/sections.js';
import type { Report } from '../report.js';

const CHECK_TITLE = 'lparlint check report';

/**
 * `check`'s audit as one self-contained web page (issue 9): the counts and the run, the cluster
 * map, the findings per rule, and the findings table. Without an overview (a plain check of
 * files) the counts come from the files and there is no map.
 */
export const html: Formatter = (report) => {
  const table = findingsTable(report.files);
  const cluster = report.overview?.cluster;
  const sections: string[] = [];
  if (cluster) sections.push(clusterSection(cluster, fileStates(report.files), table.anchors));
  const bars = countBars(report.files.flatMap((f) => f.diagnostics.map((d) => ({ label: d.ruleId, severity: d.severity }))));
  if (bars.length > 0) sections.push(section('rules', 'Findings per rule', figure('rule-chart', 'Findings per rule, most frequent first', barChartSvg('Findings per rule', bars))));
  sections.push(section('table', 'Findings', table.html));
  return htmlPage({ title: CHECK_TITLE, header: countsHeader(checkCounts(report), report.overview?.run), sections, version: report.overview?.run.version });
};

/** The header's numbers: main.cf and the inventory files, which a cluster audit reports too, are not profile files. */
function checkCounts(report: Report): Count[] {
  const cluster = report.overview?.cluster;
  const inputs = new Set(report.overview?.inputFiles);
  const seen = {
    nodes: report.files.flatMap((f) => (f.node === undefined ? [] : [f.node])),
    resources: report.files.flatMap((f) => (f.resource === undefined ? [] : [f.resource])),
  };
  return [
    ...clusterCounts(cluster, seen),
    { key: 'files', label: 'Profile files', value: report.files.filter((f) => !inputs.has(f.path)).length },
    { key: 'errors', label: 'Errors', value: report.summary.errors },
    { key: 'warnings', label: 'Warnings', value: report.summary.warnings },
  ];
}
