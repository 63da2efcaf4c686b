import type { Diagnostic, Severity } from '../../src/core/diagnostic.js';
import type { FileResult } from '../../src/lint/lint-profile.js';

/** [rule, severity, attribute]: what the baseline looks at in a finding. */
export type Found = readonly [rule: string, severity: Severity, attribute: string | null];

/** A file result whose findings sit one after another on line 1; the baseline ignores positions. */
export function result(path: string, found: readonly Found[]): FileResult {
  const diagnostics = found.map(([ruleId, severity, attribute], i): Diagnostic => ({
    ruleId,
    severity,
    attribute,
    message: `${ruleId} at ${attribute ?? 'the file'}`,
    span: { start: i, end: i + 1 },
    line: 1,
    column: i + 1,
    endLine: 1,
    endColumn: i + 2,
  }));
  return { path, source: 'x'.repeat(found.length), diagnostics };
}
