import type { TextEdit } from '../core/diagnostic.js';
import type { Span } from '../core/span.js';
import type { Pair, ProfileDocument, Token } from '../parse/profile/document.js';

/**
 * The edit that deletes one pair together with one neighbouring comma, so the record stays
 * well-formed: the comma after it, or for the last pair the comma before it.
 */
export function removePair(document: ProfileDocument, pair: Pair): TextEdit {
  return removePairs(document, [pair])[0]!;
}

/**
 * Edits that delete several pairs at once without overlapping: each run of neighbouring pairs goes
 * with one comma (after the run, or before it when the run ends the record). Deleting the pairs
 * one edit each would take the comma between two neighbours twice.
 */
export function removePairs(document: ProfileDocument, pairs: readonly Pair[]): TextEdit[] {
  const pairTokens = document.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === 'pair');
  const doomed = new Set(pairs.map((p) => p.span.start));
  const edits: TextEdit[] = [];
  for (let k = 0; k < pairTokens.length; k++) {
    if (!doomed.has(pairTokens[k]!.t.span.start)) continue;
    let last = k;
    while (last + 1 < pairTokens.length && doomed.has(pairTokens[last + 1]!.t.span.start)) last++;
    const first = pairTokens[k]!;
    const end = pairTokens[last]!;
    const after = nextSeparator(document.tokens, end.i, 1);
    const before = nextSeparator(document.tokens, first.i, -1);
    const span = after
      ? { start: first.t.span.start, end: after.span.end }
      : before
        ? { start: before.span.start, end: end.t.span.end }
        : { start: first.t.span.start, end: end.t.span.end };
    edits.push({ span, text: '' });
    k = last;
  }
  return edits;
}

/** The separator next to token `at` in direction `step`, skipping only blanks and line breaks. */
function nextSeparator(tokens: readonly Token[], at: number, step: 1 | -1): Token | undefined {
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
