import type { Span } from '../../core/span.js';

/**
 * The parsed form of one profile file. Every span is into `source`, the decoded file text.
 * Texts (`key`, `value`, item and field texts) are logical: line breaks that split the record
 * (backslash continuations, copied-from-the-docs line wraps) are removed from them.
 */
export interface ProfileDocument {
  readonly source: string;
  /** Every character of `source` in exactly one token, in order: printing joins their texts. */
  readonly tokens: readonly Token[];
  readonly pairs: readonly Pair[];
  readonly breaks: readonly LineBreak[];
  readonly syntaxErrors: readonly SyntaxIssue[];
}

export type TokenKind = 'bom' | 'trivia' | 'pair' | 'separator' | 'break';

export interface Token {
  readonly kind: TokenKind;
  readonly span: Span;
  readonly text: string;
}

/**
 * How a pair is quoted. `pair`: the HMC's own form, `"key=a,b"`; `value`: `key="a,b"` (seen in
 * IBM's ansible collection, accepted by the HMC but not what lssyscfg prints); `none`.
 */
export type Quoting = 'none' | 'pair' | 'value';

export interface Pair {
  readonly index: number;
  /** The pair with its quotes. */
  readonly span: Span;
  /** The key as written, without surrounding blanks. */
  readonly key: string;
  readonly keySpan: Span;
  /** The value without quotes and without surrounding blanks (`none` stays `none`). */
  readonly value: string;
  readonly valueSpan: Span;
  readonly quoting: Quoting;
  /** Span of the `=` that splits key from value. */
  readonly equalsSpan: Span;
  /** Set for list-valued attributes (virtual adapters, io_slots, ...). */
  readonly list?: ListValue;
}

export interface ListValue {
  /** True when the value is `none`, the HMC's empty list. */
  readonly none: boolean;
  readonly items: readonly ListItem[];
}

export interface ListItem {
  readonly index: number;
  /** The item's text without its `""` wrapping. */
  readonly text: string;
  /** The item including its `""` wrapping, if any. */
  readonly span: Span;
  /** True when the item is wrapped in doubled quotes `""..""`. */
  readonly quoted: boolean;
  readonly fields: readonly Field[];
}

export interface Field {
  readonly index: number;
  readonly text: string;
  readonly span: Span;
}

export type LineBreakKind =
  /** `\` at the end of a line, as the vendor docs print long commands. */
  | 'continuation'
  /** a plain line end inside the record */
  | 'newline'
  /** the line end that closes the file; one is fine */
  | 'final';

export interface LineBreak {
  readonly kind: LineBreakKind;
  readonly span: Span;
  /** Number of line ends in this break; more than one means blank lines. */
  readonly lineEnds: number;
}

export interface SyntaxIssue {
  readonly message: string;
  readonly span: Span;
  readonly attribute: string | null;
}
