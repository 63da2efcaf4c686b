import type { Span } from './span.js';

/** A problem found while reading an input file (main.cf, inventory, HMC output), at its place there. */
export interface InputIssue {
  /** The file as the caller named it. */
  readonly path: string;
  readonly message: string;
  readonly span: Span;
}

/** An issue found in a text before the caller names its file (the parsers see only a text). */
export type TextIssue = Omit<InputIssue, 'path'>;

export function inFile(path: string, issues: readonly TextIssue[]): InputIssue[] {
  return issues.map((issue) => ({ path, ...issue }));
}
