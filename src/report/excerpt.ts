/** The failing line cut to a window, and the marker line that goes under it. */
export interface Excerpt {
  readonly text: string;
  /** Blanks up to the failing range, then `^` and `~` under the rest of it. */
  readonly marker: string;
}

/** Profile files are one long line; this much of it is shown around a finding. */
export const EXCERPT_WIDTH = 80;
/** Context kept before a range that is too long to centre in the window. */
const LEAD_BEFORE_LONG_RANGE = 10;
const ELLIPSIS = '…';
/** C0 and C1 controls, zero-width spaces and joiners, word joiner, byte-order mark. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;

/**
 * Cuts `line` to about `width` characters around the 0-based columns [from, to), with `…` where
 * it was cut, and marks the range (at least one column, so an empty range still shows where).
 * Control and zero-width characters (a byte-order mark, say) print as blanks, so the marker
 * stays under its column.
 */
export function excerpt(line: string, from: number, to: number, width = EXCERPT_WIDTH): Excerpt {
  const start0 = Math.min(Math.max(from, 0), line.length);
  const end0 = Math.min(Math.max(to, start0), line.length);
  let windowStart = 0;
  let windowEnd = line.length;
  if (line.length > width) {
    const rangeLength = end0 - start0;
    const lead = rangeLength >= width - 2 * LEAD_BEFORE_LONG_RANGE ? LEAD_BEFORE_LONG_RANGE : Math.floor((width - rangeLength) / 2);
    windowStart = Math.min(Math.max(start0 - lead, 0), line.length - width);
    windowEnd = windowStart + width;
  }
  const before = windowStart > 0 ? ELLIPSIS : '';
  const after = windowEnd < line.length ? ELLIPSIS : '';
  const visible = line.slice(windowStart, windowEnd).replace(INVISIBLE, ' ');
  const markFrom = before.length + start0 - windowStart;
  const markLength = Math.max(1, Math.min(end0, windowEnd) - start0);
  return { text: before + visible + after, marker: ' '.repeat(markFrom) + '^' + '~'.repeat(markLength - 1) };
}
