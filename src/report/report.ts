import type { Severity } from '../core/diagnostic.js';
import type { FileResult } from '../lint/lint-profile.js';
import type { ReportOverview } from './overview.js';
import type { RuleDescriptor } from './rule-descriptor.js';

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** What every formatter renders: the files checked, in order, each with its findings, and the counts. */
export interface Report {
  readonly files: readonly FileResult[];
  readonly summary: Summary;
  /**
   * What the findings' rule ids mean when they are not lparlint's rules (`diagnose`'s log
   * patterns); the machine formats describe lparlint's own rules from their documentation.
   */
  readonly rules?: readonly RuleDescriptor[];
  /** The run and the cluster it checked, for the formats that show them (html). */
  readonly overview?: ReportOverview;
}

export interface ReportOptions {
  /** `--quiet`: keep error-level findings only; the hidden ones are not counted either. */
  readonly errorsOnly?: boolean;
}

/**
 * A file's result as a batch keeps it for the report. The formatters read a file's text only to
 * place and quote its findings and fixes, so a file with neither is kept without it (`source`
 * empty): a batch of 100,000 files then holds the texts of its faulty files only.
 */
export function keptForReport(result: FileResult): FileResult {
  return result.diagnostics.length === 0 && !result.fix ? { ...result, source: '' } : result;
}

export function createReport(results: readonly FileResult[], options: ReportOptions = {}): Report {
  const files = options.errorsOnly
    ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }))
    : results;
  const count = (severity: Severity): number =>
    files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
  return {
    files,
    summary: { files: files.length, errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}
