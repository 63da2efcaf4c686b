import type { LineIndex, Range } from '../../core/span.js';
import { excerpt } from '../excerpt.js';
import { escapeHtml } from './escape.js';

/** A page has room for more of the line than a terminal. */
const PAGE_EXCERPT_WIDTH = 120;

/**
 * The finding's line, cut around its range as the stylish report cuts it, with the range in a
 * <mark> instead of a marker line; a range over several lines is marked to the end of its first.
 * Empty when the line is (a file that could not be read has no text).
 */
export function excerptHtml(lines: LineIndex, range: Range): string {
  const line = lines.lineText(range.line);
  if (line === '') return '';
  const to = range.endLine === range.line ? range.endColumn - 1 : line.length;
  const shown = excerpt(line, range.column - 1, to, PAGE_EXCERPT_WIDTH);
  // The marker is blanks up to the range, then one character per marked column.
  const from = shown.marker.indexOf('^');
  const end = shown.marker.length;
  // An empty range at the end of the line still needs something to mark where it is.
  const marked = shown.text.slice(from, end) || ' ';
  return `<pre class="excerpt">${escapeHtml(shown.text.slice(0, from))}<mark>${escapeHtml(marked)}</mark>${escapeHtml(shown.text.slice(end))}</pre>`;
}
