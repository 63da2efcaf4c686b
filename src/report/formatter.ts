import type { Report } from './report.js';

export interface FormatContext {
  /** Whether the output may carry ANSI colours; machine formats ignore it. */
  readonly color: boolean;
}

/** Renders a whole report as the text to print or write to a file, ending with a line end. */
export type Formatter = (report: Report, context: FormatContext) => string;
