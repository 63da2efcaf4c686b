import type { TextEdit } from '../core/diagnostic.js';
import type { Span } from '../core/span.js';
import type { Pair, ProfileDocument } from '../parse/profile/document.js';

/**
 * The edit that deletes one pair together with one neighbouring comma, so the record stays
 * well-formed: the comma after it, or for the last pair the comma before it.
 */
export function removePair(document: ProfileDocument, pair: Pair): TextEdit {
  const tokens = document.tokens;
  const at = tokens.findIndex((t) => t.kind === 'pair' && t.span.start === pair.span.start);
  const after = nextSeparator(tokens, at, 1);
  if (after) return { span: { start: pair.span.start, end: after.span.end }, text: '' };
  const before = nextSeparator(tokens, at, -1);
  if (before) return { span: { start: before.span.start, end: pair.span.end }, text: '' };
  return { span: pair.span, text: '' };
}

/** The separator next to token `at` in direction `step`, skipping only blanks and line breaks. */
function nextSeparator(tokens: ProfileDocument['tokens'], at: number, step: 1 | -1): ProfileDocument['tokens'][number] | undefined {
  for (let i = at + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i]!;
    if (t.kind === 'separator') return t;
    if (t.kind !== 'trivia' && t.kind !== 'break') return undefined;
  }
  return undefined;
}

export function replace(span: Span, text: string): TextEdit {
  return { span, text };
}
