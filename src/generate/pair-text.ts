import type { Pair, ProfileDocument } from '../parse/profile/document.js';

/**
 * A pair exactly as the HMC printed it — its quoting and `""` item quotes included — but on one
 * line: line breaks inside it (a record copied with the documentation's `\` wraps) are left out,
 * as the HMC would read them. With `key`, the pair's name is replaced (step 4's rename of the
 * profile's `name` to `profile_name`) and everything around it, an opening quote too, is kept.
 */
export function pairText(document: ProfileDocument, pair: Pair, key: string = pair.key): string {
  return withoutBreaks(document, pair.span.start, pair.keySpan.start) + key + withoutBreaks(document, pair.keySpan.end, pair.span.end);
}

/** The source between two offsets minus the line breaks that lie within it. */
function withoutBreaks(document: ProfileDocument, start: number, end: number): string {
  let text = '';
  let at = start;
  for (const lineBreak of document.breaks) {
    if (lineBreak.span.start < at || lineBreak.span.end > end) continue;
    text += document.source.slice(at, lineBreak.span.start);
    at = lineBreak.span.end;
  }
  return text + document.source.slice(at, end);
}
