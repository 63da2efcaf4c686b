import type { Fix } from '../src/core/diagnostic.js';
import type { Span } from '../src/core/span.js';
import { replace } from '../src/fix/edits.js';
import type { LineBreak, ProfileDocument } from '../src/parse/profile/document.js';
import { pairAt, pairBefore } from '../src/parse/profile/pair-at.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

/**
 * The VCS procedure writes the profile "in a single line to a text file" (seed, step 5), and the
 * HMC's `-f` file form reads one configuration record per line (hmc-attributes.md §1.2): a line
 * break splits the profile into records the agent never meant. The parser reads across breaks so
 * that the other rules still see every attribute; this rule reports each break.
 */
export default defineRule({
  meta: {
    id: 'single-line',
    description: 'The profile spans more than one line: line continuations, line breaks or blank lines.',
    severity: 'error',
    fixable: 'safe',
  },
  check(context) {
    const { document } = context;
    for (const lineBreak of document.breaks) {
      if (lineBreak.kind === 'final' && lineBreak.lineEnds === 1) continue;
      const nextRecord = nextRecordKey(context, lineBreak);
      const place = nextRecord ? betweenRecords(document, lineBreak, nextRecord) : placeOf(document, lineBreak);
      const fix = joinFix(context, lineBreak, nextRecord);
      context.report({
        message: `${describeBreak(document, lineBreak)} ${place.text}; expected the whole profile on one line${consequence(lineBreak)}`,
        attribute: place.attribute,
        span: reportedSpan(document.source, lineBreak),
        ...(fix ? { fix } : { suggestion: MANUAL_JOIN }),
      });
    }
  },
});

const MANUAL_JOIN =
  'join the two lines by hand: without a blank where the line was wrapped inside a value, with a comma where one attribute ends and the next begins';

/** A record line end: `\r\n` or `\n`. */
const LINE_END = /\r?\n/;

function describeBreak(document: ProfileDocument, b: LineBreak): string {
  const blank = (n: number): string => (n === 1 ? 'a blank line' : `${n} blank lines`);
  if (b.kind === 'final') return blank(b.lineEnds - 1);
  if (atRecordStart(document, b)) return blank(b.lineEnds);
  const what = b.kind === 'continuation' ? 'backslash line continuation' : 'line break';
  return b.lineEnds === 1 ? what : `${what} with ${blank(b.lineEnds - 1)}`;
}

function consequence(b: LineBreak): string {
  if (b.kind === 'continuation') return ' (the backslash comes from the line wrapping of the documentation, not from the HMC format)';
  if (b.kind === 'newline') return ' (the HMC reads each line as a separate record)';
  return ' and at most one final line end';
}

/** Where the break is, in words, and the attribute it belongs to. */
function placeOf(document: ProfileDocument, b: LineBreak): { text: string; attribute: string | null } {
  if (b.kind === 'final') return { text: 'at the end of the file', attribute: null };
  const inside = pairAt(document, b.span.start);
  if (inside) return { text: `inside ${inside.key}`, attribute: inside.key };
  const before = pairBefore(document, b.span.start);
  if (before) return { text: `after ${before.key}`, attribute: before.key };
  const first = document.pairs[0];
  return first ? { text: `before ${first.key}, at the start of the file`, attribute: null } : { text: 'in the file', attribute: null };
}

/** A break between two records: the parser read them as one pair, so name both sides instead. */
function betweenRecords(document: ProfileDocument, b: LineBreak, nextKey: string): { text: string; attribute: string | null } {
  const before = pairAt(document, b.span.start) ?? pairBefore(document, b.span.start);
  return before ? { text: `between ${before.key} and ${nextKey}`, attribute: before.key } : { text: `before ${nextKey}`, attribute: null };
}

function atRecordStart(document: ProfileDocument, b: LineBreak): boolean {
  return !document.source.slice(0, b.span.start).replace(/^\uFEFF/, '').trim();
}

/**
 * The break without the next line's indentation, so the finding ends with the line end; a final
 * break is reported from its second line end on, as the first one is the file's proper ending.
 */
function reportedSpan(source: string, b: LineBreak): Span {
  const text = source.slice(b.span.start, b.span.end);
  const end = b.span.start + text.lastIndexOf('\n') + 1;
  if (b.kind !== 'final') return { start: b.span.start, end };
  return { start: b.span.start + text.indexOf('\n') + 1, end };
}

function joinFix(context: RuleContext, b: LineBreak, nextRecord: string | undefined): Fix | undefined {
  const { document } = context;
  const source = document.source;
  if (b.kind === 'final') {
    return { description: 'remove the blank lines at the end of the file', safe: true, edits: [replace(reportedSpan(source, b), '')] };
  }
  if (b.span.end === source.length) {
    // A continuation that ends the file: the line end stays, as the file's proper ending.
    const keep = LINE_END.exec(source.slice(b.span.start, b.span.end))?.[0] ?? '\n';
    return { description: 'remove the backslash and end the file with one line end', safe: true, edits: [replace(b.span, keep)] };
  }
  const nextToComma = source[b.span.start - 1] === ',' || source[b.span.end] === ',';
  if (b.kind === 'continuation' || atRecordStart(document, b) || nextToComma) {
    return { description: 'join the lines', safe: true, edits: [replace(b.span, '')] };
  }
  if (nextRecord) {
    return {
      description: 'join the two records with a comma, as the procedure concatenates the lssyscfg outputs',
      safe: true,
      edits: [replace(b.span, ',')],
    };
  }
  return undefined;
}

/**
 * The attribute that starts the next line when a plain line break separates two records: the line
 * before ends a complete `key=value` pair outside quotes (and not with a comma) and the next line
 * starts with a known attribute, such as the two lssyscfg outputs of the procedure written on two
 * lines. A break anywhere else may be a wrap inside a value, where inserting a comma (or not)
 * cannot be decided from the text.
 */
function nextRecordKey(context: RuleContext, b: LineBreak): string | undefined {
  if (b.kind !== 'newline') return undefined;
  const source = context.document.source;
  const lastPiece = lastUnquotedPiece(source.slice(0, b.span.start));
  if (lastPiece === undefined || !/^\s*"?[^=",]+=/.test(lastPiece)) return undefined;
  const next = /^"?([A-Za-z_][A-Za-z0-9_]*)=/.exec(source.slice(b.span.end))?.[1];
  return next !== undefined && context.schema.attributes.has(next) ? next : undefined;
}

/** The text after the last comma outside quotes (HMC quote toggle); undefined inside quotes. */
function lastUnquotedPiece(text: string): string | undefined {
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inQuote = !inQuote;
    else if (text[i] === ',' && !inQuote) start = i + 1;
  }
  return inQuote ? undefined : text.slice(start);
}
