import type { Diagnostic } from '../core/diagnostic.js';
import { applyFixes } from '../fix/apply.js';
import { unifiedDiff } from '../fix/diff.js';

export interface FixDiff {
  /** A unified diff that `git apply` takes, run from the working directory. */
  readonly diff: string;
  /** True when every fix in it is safe; false: it changes a value, review it. */
  readonly safe: boolean;
}

/**
 * The fixes of the findings that explain a failure, safe and unsafe alike (the failure already
 * happened: the reader decides), applied together to the file's text and shown as a diff. Fixes
 * that overlap one taken first are left out, as one pass of `--fix` does. Undefined when none of
 * the findings has a fix.
 */
export function fixDiff(path: string, source: string, findings: readonly Diagnostic[]): FixDiff | undefined {
  const fixes = findings.flatMap((d) => (d.fix ? [d.fix] : []));
  if (fixes.length === 0) return undefined;
  const { text, applied } = applyFixes(source, fixes);
  if (text === source) return undefined;
  return { diff: unifiedDiff(path, source, text), safe: applied.every((f) => f.safe) };
}
