import type { Span } from '../../core/span.js';
import type { LineBreak, Pair, ProfileDocument, SyntaxIssue, Token, TokenKind } from './document.js';
import { listGrammar } from './lists/grammars.js';
import { splitList, type ListIssue } from './lists/split-list.js';
import { toLogicalText } from './logical-text.js';
import { tokenizeRecord, type RawPair } from './tokenize.js';

/**
 * Parses the text of one profile file. Never throws: whatever cannot be read becomes a syntax
 * issue at its position, and the parser goes on with the rest of the record.
 */
export function parseProfile(source: string): ProfileDocument {
  const logical = toLogicalText(source);
  const text = logical.text;
  const toSource = (s: Span): Span => logical.spanToSource(s);
  const syntaxErrors: SyntaxIssue[] = [];
  const logicalTokens: { kind: TokenKind; span: Span }[] = [];
  const pairs: Pair[] = [];

  if (text.trim() === '') {
    syntaxErrors.push({
      message: 'the file holds no attributes; a profile file is one line of attribute=value pairs',
      span: { start: 0, end: source.length },
      attribute: null,
    });
  } else {
    const record = tokenizeRecord(text);
    for (const issue of record.issues) {
      syntaxErrors.push({ message: issue.message, span: toSource(issue.span), attribute: issue.key });
    }
    const rawPairs = absorbListContinuations(text, record.pairs);
    // Tokens are made in file order: the separators that come before each piece, then the piece.
    const separators = pairSeparators(record.separators, rawPairs);
    let nextSeparator = 0;
    const separatorsBefore = (offset: number): void => {
      for (; nextSeparator < separators.length && separators[nextSeparator]! < offset; nextSeparator++) {
        const at = separators[nextSeparator]!;
        logicalTokens.push({ kind: 'separator', span: { start: at, end: at + 1 } });
      }
    };
    for (const raw of rawPairs) {
      separatorsBefore(raw.span.start);
      if (raw.equalsAt < 0) {
        syntaxErrors.push({
          message: `"${text.slice(raw.span.start, raw.span.end)}" is not an attribute=value pair: it has no "="`,
          span: toSource(raw.span),
          attribute: null,
        });
        logicalTokens.push({ kind: 'trivia', span: raw.span });
        continue;
      }
      pairs.push(buildPair(text, raw, pairs.length, toSource, syntaxErrors));
      logicalTokens.push({ kind: 'pair', span: raw.span });
    }
    separatorsBefore(text.length);
  }
  return {
    source,
    tokens: sourceTokens(source, fillGaps(logicalTokens, text.length), toSource, logical.breaks),
    pairs,
    breaks: logical.breaks,
    syntaxErrors,
  };
}

/**
 * An unquoted list such as `virtual_scsi_adapters=a,b` is split by the HMC at the comma, leaving
 * `b` as a pair without `=`. Such stray pieces after an unquoted list attribute are joined back to
 * it: the `adapter-quoting` rule then reports the one real mistake (missing quotes) instead of a
 * cascade of syntax errors.
 */
function absorbListContinuations(text: string, raws: readonly RawPair[]): RawPair[] {
  const out: RawPair[] = [];
  for (const raw of raws) {
    const prev = out[out.length - 1];
    if (raw.equalsAt < 0 && prev && prev.equalsAt >= 0 && prev.quoting === 'none') {
      const key = text.slice(prev.keySpan.start, prev.keySpan.end);
      if (listGrammar(key)) {
        out[out.length - 1] = {
          ...prev,
          span: { start: prev.span.start, end: raw.span.end },
          valueSpan: { start: prev.valueSpan.start, end: raw.span.end },
        };
        continue;
      }
    }
    out.push(raw);
  }
  return out;
}

/**
 * The commas that separate pairs, without those that joined list pieces absorbed into a pair. Both
 * lists are in file order and the pairs do not overlap, so one pass over each finds them.
 */
function pairSeparators(separators: readonly number[], pairs: readonly RawPair[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (const at of separators) {
    while (next < pairs.length && pairs[next]!.span.end <= at) next++;
    const pair = pairs[next];
    if (!pair || pair.span.start >= at) out.push(at);
  }
  return out;
}

/**
 * An empty value sits right after the `=` (or its blanks). Mapped on its own, an empty span at the
 * end of a line with a `\` continuation would land after the removed break, outside the pair.
 */
function valueToSource(raw: RawPair, toSource: (s: Span) => Span): Span {
  if (raw.valueSpan.end > raw.valueSpan.start) return toSource(raw.valueSpan);
  const end = toSource({ start: raw.valueSpan.start - 1, end: raw.valueSpan.start }).end;
  return { start: end, end };
}

function buildPair(
  text: string,
  raw: RawPair,
  index: number,
  toSource: (s: Span) => Span,
  syntaxErrors: SyntaxIssue[],
): Pair {
  const key = text.slice(raw.keySpan.start, raw.keySpan.end);
  const grammar = listGrammar(key);
  const listIssues: ListIssue[] = [];
  const list = grammar ? splitList(text, raw.valueSpan, grammar, toSource, listIssues) : undefined;
  for (const issue of listIssues) {
    syntaxErrors.push({ message: issue.message, span: toSource(issue.span), attribute: key });
  }
  return {
    index,
    span: toSource(raw.span),
    key,
    keySpan: toSource(raw.keySpan),
    value: text.slice(raw.valueSpan.start, raw.valueSpan.end),
    valueSpan: valueToSource(raw, toSource),
    quoting: raw.quoting,
    equalsSpan: toSource({ start: raw.equalsAt, end: raw.equalsAt + 1 }),
    ...(list ? { list } : {}),
  };
}

/** Covers what lies between the tokens (in file order) with trivia tokens: the blanks. */
function fillGaps(tokens: readonly { kind: TokenKind; span: Span }[], length: number): { kind: TokenKind; span: Span }[] {
  const out: { kind: TokenKind; span: Span }[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.span.start > at) out.push({ kind: 'trivia', span: { start: at, end: t.span.start } });
    out.push(t);
    at = t.span.end;
  }
  if (at < length) out.push({ kind: 'trivia', span: { start: at, end: length } });
  return out;
}

/**
 * Maps logical tokens to the source and covers the removed line breaks (and BOM) with tokens.
 * Blanks on both sides of a line break are one trivia token in the logical text; in the source
 * they are split around the break, so that no trivia token holds a line end.
 */
function sourceTokens(
  source: string,
  logical: { kind: TokenKind; span: Span }[],
  toSource: (s: Span) => Span,
  breaks: readonly LineBreak[],
): Token[] {
  const out: Token[] = [];
  let at = 0;
  const gap = (end: number): void => {
    if (end <= at) return;
    const kind: TokenKind = at === 0 && source.charCodeAt(0) === 0xfeff ? 'bom' : 'break';
    const stop = kind === 'bom' ? 1 : end;
    out.push({ kind, span: { start: at, end: stop }, text: source.slice(at, stop) });
    at = stop;
    gap(end);
  };
  for (const t of logical) {
    const s = toSource(t.span);
    gap(s.start);
    if (t.kind === 'trivia') {
      for (const b of breaks) {
        if (b.span.start <= s.start || b.span.start >= s.end) continue;
        out.push({ kind: 'trivia', span: { start: at, end: b.span.start }, text: source.slice(at, b.span.start) });
        at = b.span.start;
        gap(b.span.end);
      }
    }
    out.push({ kind: t.kind, span: { start: at, end: s.end }, text: source.slice(at, s.end) });
    at = s.end;
  }
  gap(source.length);
  return out;
}
