import type { Span } from './span.js';

/** A problem found while reading an input file (main.cf, inventory, HMC output), at its place there. */
export interface InputIssue {
  /** The file as the caller named it. */
  readonly path: string;
  readonly message: string;
  readonly span: Span;
}
