import type { Span } from '../../core/span.js';
import type { ProfileDocument } from '../../parse/profile/document.js';

/**
 * Where a missing attribute would be appended: zero-width, just after the last pair. Undefined for
 * a record without pairs, which the syntax rule already reports as empty.
 */
export function appendPoint(document: ProfileDocument): Span | undefined {
  const last = document.pairs[document.pairs.length - 1];
  return last ? { start: last.span.end, end: last.span.end } : undefined;
}
