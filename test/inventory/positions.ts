import { LineIndex, type Span } from '../../src/core/span.js';

/** A span as `line:column-endLine:endColumn` (1-based, end exclusive), the way reports show it. */
export function rangeText(text: string, span: Span): string {
  const r = new LineIndex(text).range(span);
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
}

/** Issues as `[range, message]` pairs of one file, for exact comparisons. */
export function issuesIn(text: string, issues: readonly { span: Span; message: string }[]): [string, string][] {
  return issues.map((issue) => [rangeText(text, issue.span), issue.message]);
}
