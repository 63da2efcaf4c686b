import type { Diagnosis, LogPattern, UnlistedFailures } from '../../diagnose/model.js';
import type { FormatContext } from '../formatter.js';
import type { ReportOverview } from '../overview.js';

/** What the `diagnose` formatters render: the failures found, and what was read to find them. */
export interface DiagnoseReport {
  /** The log files read, as given. */
  readonly logs: readonly string[];
  /** How many log messages were read, after the filters. */
  readonly records: number;
  readonly diagnoses: readonly Diagnosis[];
  /** The failures after the listed ones, only counted; absent when every failure is listed. */
  readonly unlisted?: UnlistedFailures;
  /** The catalog entries the logs were matched against: the machine formats describe each pattern id with them. */
  readonly patterns?: readonly LogPattern[];
  /** The run and the cluster it read, for the formats that show them (html). */
  readonly overview?: ReportOverview;
}

export type DiagnoseFormatter = (report: DiagnoseReport, context: FormatContext) => string;
