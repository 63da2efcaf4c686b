import type { Diagnostic, Fix } from '../../core/diagnostic.js';
import { LineIndex, type Range } from '../../core/span.js';
import type { Formatter } from '../formatter.js';

/**
 * The machine format, documented in the README ("JSON report"). Bump `version` on any change
 * that could break a reader; adding a key is not such a change. Positions are 1-based and
 * `endColumn` is exclusive, as in the stylish format; offsets (`span`) are not exported.
 */
export const JSON_REPORT_VERSION = 1;

export const json: Formatter = (report) => {
  const files = report.files.map((file) => {
    const lines = new LineIndex(file.source);
    return {
      path: file.path,
      node: file.node ?? null,
      resource: file.resource ?? null,
      ...(file.fix
        ? { fixed: { applied: file.fix.applied, written: file.fix.written, ...(file.fix.reason ? { reason: file.fix.reason } : {}) } }
        : {}),
      diagnostics: file.diagnostics.map((d) => diagnosticJson(d, lines)),
    };
  });
  return JSON.stringify({ version: JSON_REPORT_VERSION, files, summary: report.summary }, null, 2) + '\n';
};

/** One finding as the JSON reports give it; `lines` is the index of the file it points into. */
export function diagnosticJson(d: Diagnostic, lines: LineIndex): object {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    attribute: d.attribute,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.fix ? { fix: fixJson(d.fix, lines) } : {}),
    ...(d.suggestion ? { suggestion: d.suggestion } : {}),
  };
}

function fixJson(fix: Fix, lines: LineIndex): object {
  return {
    description: fix.description,
    safe: fix.safe,
    edits: fix.edits.map((e) => ({ ...(lines.range(e.span) satisfies Range), text: e.text })),
  };
}
