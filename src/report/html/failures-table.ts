import { LineIndex } from '../../core/span.js';
import type { Diagnosis } from '../../diagnose/model.js';
import { operationTitle } from '../diagnose/operation.js';
import { plural } from '../plural.js';
import { escapeHtml } from './escape.js';
import { excerptHtml } from './excerpt.js';
import { remedyHtml } from './fix-diff.js';
import { cell, choices, disclosure, filtersForm, rowId, rowStart, severityLabel, shownCount, TABLE_END, tableStart, type Column, type RenderedTable } from './table-parts.js';

const COLUMNS: readonly Column[] = [
  { key: 'time', label: 'Time' },
  { key: 'node', label: 'Node' },
  { key: 'resource', label: 'Resource' },
  { key: 'operation', label: 'Operation' },
  { key: 'pattern', label: 'Pattern' },
  { key: 'message', label: 'Message' },
];

/** A failure is always an error; the filter offers what the rows hold. */
const FAILURE_SEVERITY = 'error';

/** The pattern that explains a failure, or its category (`unexplained`) when none does. */
export function patternOf(d: Diagnosis): string {
  return d.patternId ?? d.category;
}

/**
 * `diagnose`'s failures, one row each in report order: when, where, what failed and which pattern
 * explains it, with the cause as the message and, in a disclosure, the log lines, the findings in
 * the profile file that explain it (excerpt and fix each) and any note. A row's file is the
 * profile file checked for it, which the cluster map links to.
 */
export function failuresTable(diagnoses: readonly Diagnosis[]): RenderedTable {
  const anchors = new Map<string, string>();
  const rows = diagnoses.map((d, i) => {
    const index = i + 1;
    const file = d.profile?.path ?? '';
    const fileAnchor = file !== '' && !anchors.has(file);
    if (fileAnchor) anchors.set(file, rowId(index));
    const keys = { index, severity: FAILURE_SEVERITY, rule: patternOf(d), node: d.node ?? '', file, fileAnchor };
    return `${rowStart(keys)}${cells(d)}</tr>`;
  });
  const form = filtersForm({
    severities: diagnoses.length > 0 ? [FAILURE_SEVERITY] : [],
    rules: choices(diagnoses.map(patternOf)),
    nodes: choices(diagnoses.map((d) => d.node ?? '')),
    ruleLabel: 'Pattern',
  });
  const caption = `${plural(diagnoses.length, 'failure')}; the buttons in the header sort the table`;
  return { html: [form, shownCount(rows.length, 'failures'), tableStart(caption, COLUMNS), ...rows, TABLE_END].join('\n'), anchors };
}

function cells(d: Diagnosis): string {
  const repeated = d.count > 1 ? `<br><span class="note">${d.count} times, last at ${escapeHtml(d.lastTime)}</span>` : '';
  const message = `<strong>${escapeHtml(operationTitle(d))}</strong>: ${escapeHtml(d.suggestion)}`;
  return [
    cell('time', escapeHtml(d.time) + repeated, d.time),
    cell('node', escapeHtml(d.node ?? '')),
    cell('resource', escapeHtml(d.resource ?? '')),
    cell('operation', escapeHtml(d.entryPoint ?? '')),
    cell('pattern', escapeHtml(patternOf(d))),
    cell('message', message + failureDetails(d), `${operationTitle(d)}: ${d.suggestion}`),
  ].join('');
}

/** The log lines, then the profile file with each explaining finding, then the note. */
function failureDetails(d: Diagnosis): string {
  const parts = [`<h3>Log</h3>\n<pre class="log">${escapeHtml(d.logLines.map((l) => `${l.path}:${l.line}: ${l.text}`).join('\n'))}</pre>`];
  if (d.profile) {
    const { path, source } = d.profile;
    const lines = new LineIndex(source);
    const verdict = d.findings.length === 0 ? ': nothing in it explains this failure' : '';
    parts.push(`<h3>Profile file <code>${escapeHtml(path)}</code>${verdict}</h3>`);
    for (const f of d.findings) {
      const heading = `<p>${severityLabel(f.severity)} <code>${escapeHtml(f.ruleId)}</code> at ${f.line}:${f.column}: ${escapeHtml(f.message)}</p>`;
      parts.push(`<div class="explaining">${heading}\n${excerptHtml(lines, f)}\n${remedyHtml(path, source, f)}</div>`);
    }
  }
  if (d.note) parts.push(`<p class="note">${escapeHtml(d.note)}</p>`);
  return disclosure('Log, source and fix', parts);
}
