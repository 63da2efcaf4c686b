import type { Pair, ProfileDocument } from './document.js';

/** The pair whose source span holds `offset`, if any: what a finding at that offset is about. */
export function pairAt(document: ProfileDocument, offset: number): Pair | undefined {
  return document.pairs.find((p) => p.span.start <= offset && offset < p.span.end);
}

/** The last pair that ends at or before `offset`: what text between pairs comes after. */
export function pairBefore(document: ProfileDocument, offset: number): Pair | undefined {
  let found: Pair | undefined;
  for (const p of document.pairs) if (p.span.end <= offset) found = p;
  return found;
}
