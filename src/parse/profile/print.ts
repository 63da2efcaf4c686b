import type { ProfileDocument } from './document.js';

/** Prints a parsed document. The tokens cover the source exactly, so this gives back the input. */
export function printProfile(doc: ProfileDocument): string {
  let out = '';
  for (const t of doc.tokens) out += t.text;
  return out;
}
