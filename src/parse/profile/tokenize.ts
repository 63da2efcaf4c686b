import type { Span } from '../../core/span.js';
import type { Quoting, SyntaxIssue } from './document.js';

/** A pair as found in the logical text; offsets are logical. */
export interface RawPair {
  readonly span: Span;
  readonly keySpan: Span;
  /** Offset of the `=`; -1 for a piece without one (the parser decides whether it is a list's stray item). */
  readonly equalsAt: number;
  /** The value's content: inside the quotes when quoted, blanks trimmed. */
  readonly valueSpan: Span;
  readonly quoting: Quoting;
}

export interface RawRecord {
  readonly pairs: RawPair[];
  /** Offsets of the commas that separate pairs. */
  readonly separators: number[];
  readonly issues: { message: string; span: Span; key: string | null }[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/**
 * Splits an HMC configuration record into pairs. The HMC reads quotes as a toggle (hmc-attributes.md
 * §1.1): a comma inside any quoted region does not separate pairs, and `""` inside a quoted pair is a
 * nested quote that wraps one list item. A pair splits at its first `=` only: values may hold `=`.
 *
 * Recovery: a quote that never closes is reported, then ignored, so the pair ends at the next comma
 * and the rest of the record is still read.
 */
export function tokenizeRecord(text: string): RawRecord {
  const pairs: RawPair[] = [];
  const separators: number[] = [];
  const issues: RawRecord['issues'] = [];
  let start = 0;
  while (start <= text.length) {
    let end = scanPairEnd(text, start, true);
    if (end < 0) {
      const quoteAt = firstQuote(text, start);
      issues.push({
        message: 'unbalanced double quote: this quote is never closed, so the rest of the record would be one value',
        span: { start: quoteAt, end: quoteAt + 1 },
        key: keyOf(text, start),
      });
      end = scanPairEnd(text, start, false);
    }
    const pair = readPair(text, { start, end }, issues);
    if (pair) pairs.push(pair);
    if (end >= text.length) break;
    separators.push(end);
    start = end + 1;
  }
  return { pairs, separators, issues };
}

/** Offset of the comma (or text end) that ends the pair starting at `start`; -1 if a quote never closes. */
function scanPairEnd(text: string, start: number, honourQuotes: boolean): number {
  let inQuote = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && honourQuotes) inQuote = !inQuote;
    else if (c === COMMA && !inQuote) return i;
  }
  return inQuote ? -1 : text.length;
}

function firstQuote(text: string, start: number): number {
  const at = text.indexOf('"', start);
  return at < 0 ? start : at;
}

function keyOf(text: string, start: number): string | null {
  const eq = text.indexOf('=', start);
  const comma = text.indexOf(',', start);
  if (eq < 0 || (comma >= 0 && comma < eq)) return null;
  const key = text.slice(start, eq).replace(/^[\s"]+|\s+$/g, '');
  return key || null;
}

/** Reads one comma-delimited piece: a pair, a piece without `=` (equalsAt -1), or null when empty. */
function readPair(text: string, s: Span, issues: RawRecord['issues']): RawPair | null {
  let a = s.start;
  let b = s.end;
  while (a < b && isBlank(text.charCodeAt(a))) a++;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  if (a === b) {
    const trailing = s.end >= text.length && s.start > 0;
    issues.push({
      message: trailing
        ? 'the record ends with a comma; remove it or add the missing attribute'
        : 'empty attribute between commas; remove the extra comma',
      // Point at the comma that makes the empty slot: the one before it, or at the start the one after.
      span: s.start > 0 ? { start: s.start - 1, end: s.start } : { start: s.end, end: Math.min(text.length, s.end + 1) },
      key: null,
    });
    return null;
  }
  let quoting: Quoting = 'none';
  let inner = { start: a, end: b };
  if (text.charCodeAt(a) === QUOTE) {
    const close = closingQuote(text, a, b);
    if (close >= 0) {
      quoting = 'pair';
      inner = { start: a + 1, end: close };
      if (close + 1 < b) {
        issues.push({
          message: `text after the closing quote: "${text.slice(close + 1, b)}"; the quote must end the attribute`,
          span: { start: close + 1, end: b },
          key: keyOf(text, a + 1),
        });
      }
    } else {
      // A pair's quotes are balanced unless the record's are (reported above): the opening quote
      // is not part of the name, and leaving it out keeps the key recognisable.
      inner = { start: a + 1, end: b };
    }
  }
  const eq = text.indexOf('=', inner.start);
  if (eq < 0 || eq >= inner.end) {
    return { span: { start: a, end: b }, keySpan: { start: a, end: a }, equalsAt: -1, valueSpan: { start: a, end: b }, quoting };
  }
  let k0 = inner.start;
  let k1 = eq;
  while (k0 < k1 && isBlank(text.charCodeAt(k0))) k0++;
  while (k1 > k0 && isBlank(text.charCodeAt(k1 - 1))) k1--;
  if (k0 === k1) {
    issues.push({ message: 'attribute name missing before "="', span: { start: eq, end: eq + 1 }, key: null });
    return null;
  }
  let v0 = eq + 1;
  let v1 = inner.end;
  while (v0 < v1 && isBlank(text.charCodeAt(v0))) v0++;
  while (v1 > v0 && isBlank(text.charCodeAt(v1 - 1))) v1--;
  if (quoting === 'none' && v1 - v0 >= 2 && text.charCodeAt(v0) === QUOTE && text.charCodeAt(v1 - 1) === QUOTE) {
    quoting = 'value';
    v0++;
    v1--;
  }
  return {
    span: { start: a, end: b },
    keySpan: { start: k0, end: k1 },
    equalsAt: eq,
    valueSpan: { start: v0, end: v1 },
    quoting,
  };
}

/**
 * The quote that closes a pair opened at `open`: a single `"`, where `""` is a nested (item) quote.
 * Returns -1 when the pair's quotes do not close inside it.
 */
function closingQuote(text: string, open: number, end: number): number {
  for (let i = open + 1; i < end; i++) {
    if (text.charCodeAt(i) !== QUOTE) continue;
    if (text.charCodeAt(i + 1) === QUOTE && i + 1 < end) {
      // `""` is an item quote unless it is the last quote of the pair (`""` + `"` = `"""`).
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

export type { SyntaxIssue };
