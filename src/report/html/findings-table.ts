import { LineIndex } from '../../core/span.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { FileResult } from '../../lint/lint-profile.js';
import { plural } from '../plural.js';
import { escapeHtml } from './escape.js';
import { excerptHtml } from './excerpt.js';
import { remedyHtml } from './fix-diff.js';
import { cell, choices, disclosure, filtersForm, rowId, rowStart, severityLabel, shownCount, TABLE_END, tableStart, type Column, type RenderedTable } from './table-parts.js';

const COLUMNS: readonly Column[] = [
  { key: 'file', label: 'File' },
  { key: 'node', label: 'Node' },
  { key: 'resource', label: 'Resource' },
  { key: 'rule', label: 'Rule' },
  { key: 'severity', label: 'Severity' },
  { key: 'position', label: 'Position' },
  { key: 'message', label: 'Message' },
];

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

/**
 * `check`'s findings, one row each in report order, rendered here rather than in the browser so
 * that the page reads (and prints) without its script: the message, then in a disclosure the
 * excerpt of the line with the range marked and the fix as a diff.
 */
export function findingsTable(files: readonly FileResult[]): RenderedTable {
  const rows: string[] = [];
  const anchors = new Map<string, string>();
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    const lines = new LineIndex(file.source);
    for (const d of file.diagnostics) {
      const index = rows.length + 1;
      const fileAnchor = !anchors.has(file.path);
      if (fileAnchor) anchors.set(file.path, rowId(index));
      const keys = { index, severity: d.severity, rule: d.ruleId, node: file.node ?? '', file: file.path, fileAnchor };
      rows.push(`${rowStart(keys)}${cells(file, d, lines)}</tr>`);
    }
  }
  const all = files.flatMap((f) => f.diagnostics);
  const form = filtersForm({
    severities: SEVERITY_ORDER.filter((s) => all.some((d) => d.severity === s)),
    rules: choices(all.map((d) => d.ruleId)),
    nodes: choices(files.filter((f) => f.diagnostics.length > 0).map((f) => f.node ?? '')),
    ruleLabel: 'Rule',
  });
  const caption = `${plural(rows.length, 'finding')} in ${plural(anchors.size, 'file')}; the buttons in the header sort the table`;
  const empty = rows.length === 0 ? '\n<p class="empty">No findings: every file checked is clean.</p>' : '';
  return { html: [form, shownCount(rows.length, 'findings'), tableStart(caption, COLUMNS), ...rows, TABLE_END].join('\n') + empty, anchors };
}

function cells(file: FileResult, d: Diagnostic, lines: LineIndex): string {
  return [
    cell('file', escapeHtml(file.path)),
    cell('node', escapeHtml(file.node ?? '')),
    cell('resource', escapeHtml(file.resource ?? '')),
    cell('rule', escapeHtml(d.ruleId)),
    cell('severity', severityLabel(d.severity), SEVERITY_ORDER.indexOf(d.severity)),
    cell('position', `${d.line}:${d.column}`, positionKey(d)),
    cell('message', escapeHtml(d.message) + disclosure('Source and fix', [excerptHtml(lines, d), remedyHtml(file.path, file.source, d)]), d.message),
  ].join('');
}

/** A number that orders positions by line, then column. */
function positionKey(d: { readonly line: number; readonly column: number }): number {
  return d.line * 10_000_000 + d.column;
}
