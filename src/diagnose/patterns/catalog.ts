import type { Range } from '../../core/span.js';
import type { LogPattern } from '../model.js';

/** A catalog entry ready to match: its regular expression compiled once, when the catalog is loaded. */
export interface CompiledPattern {
  readonly pattern: LogPattern;
  readonly regex: RegExp;
}

/** The entries in matching order: a message gets the first entry whose regex it contains. */
export type PatternCatalog = readonly CompiledPattern[];

/** A problem in a catalog file, at its place there (1-based; `endColumn` is exclusive). */
export interface CatalogIssue extends Range {
  /** The file as the caller named it. */
  readonly path: string;
  readonly message: string;
}

/** A catalog file as read: its text, or what reading it threw. */
export type CatalogSource = { readonly path: string; readonly text: string } | { readonly path: string; readonly error: unknown };

export interface LoadedPatternCatalog {
  readonly catalog: PatternCatalog;
  /** What is wrong in the files, by file in the order given (the built-in catalog last), then by position. An entry with an issue is left out. */
  readonly issues: readonly CatalogIssue[];
}
