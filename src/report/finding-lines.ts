import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { LineIndex } from '../core/span.js';
import { excerpt } from './excerpt.js';

/** Column widths that line up the findings of one file. */
export interface FindingWidths {
  readonly position: number;
  readonly severity: number;
}

export function findingWidths(diagnostics: readonly Diagnostic[]): FindingWidths {
  return {
    position: Math.max(...diagnostics.map((d) => position(d).length)),
    severity: Math.max(...diagnostics.map((d) => d.severity.length)),
  };
}

const DETAIL_INDENT = '    ';

/**
 * One finding as the stylish reports print it, indented by two blanks:
 *
 *   line:column  severity  message  rule-id
 *     excerpt of the line, cut around the range
 *     marker under the range
 *     fix / suggestion lines
 */
export function findingLines(d: Diagnostic, lines: LineIndex, paint: ChalkInstance, widths: FindingWidths): string[] {
  const severity = severityPaint(paint, d.severity);
  return [
    `  ${paint.dim(position(d).padEnd(widths.position))}  ${severity(d.severity.padEnd(widths.severity))}  ${d.message}  ${paint.dim(d.ruleId)}`,
    ...details(d, lines, paint, severity),
  ];
}

function details(d: Diagnostic, lines: LineIndex, paint: ChalkInstance, severity: ChalkInstance): string[] {
  const found: string[] = [];
  const text = lines.lineText(d.line);
  if (text !== '') {
    // A range over several lines is marked to the end of its first line.
    const to = d.endLine === d.line ? d.endColumn - 1 : text.length;
    const shown = excerpt(text, d.column - 1, to);
    found.push(DETAIL_INDENT + shown.text, DETAIL_INDENT + severity(shown.marker));
  }
  if (d.fix) found.push(`${DETAIL_INDENT}${paint.bold(d.fix.safe ? 'fix:' : 'unsafe fix:')} ${d.fix.description}`);
  if (d.suggestion) found.push(`${DETAIL_INDENT}${paint.bold('suggestion:')} ${d.suggestion}`);
  return found;
}

function position(d: Diagnostic): string {
  return `${d.line}:${d.column}`;
}

function severityPaint(paint: ChalkInstance, severity: Severity): ChalkInstance {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.cyan;
}
