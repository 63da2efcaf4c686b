import type { Span } from '../../core/span.js';
import type { LineBreak } from './document.js';

/**
 * The record as the HMC would read it had it been written on one line: the file text minus a
 * leading byte-order mark and minus every line break (with the `\` before it and the indentation
 * after it). Parsing this text, and mapping positions back, lets the parser report every attribute
 * of a file that was copied with its line wraps, instead of stopping at the first one.
 */
export interface LogicalText {
  readonly text: string;
  readonly breaks: readonly LineBreak[];
  readonly bom: Span | null;
  /** Maps an offset in `text` to the offset of the same character in the source. */
  toSource(offset: number): number;
  /** Maps a span of `text` to the source, not stretching over breaks at its ends. */
  spanToSource(s: Span): Span;
}

/** Matches one break: an optional `\` + blanks, then one or more line ends, each with its indentation. */
const BREAK = /(\\[ \t]*)?((?:\r?\n[ \t]*)+)/g;

export function toLogicalText(source: string): LogicalText {
  const bom = source.charCodeAt(0) === 0xfeff ? { start: 0, end: 1 } : null;
  const removed: Span[] = bom ? [bom] : [];
  const breaks: LineBreak[] = [];
  BREAK.lastIndex = bom ? 1 : 0;
  for (let m = BREAK.exec(source); m; m = BREAK.exec(source)) {
    const start = m.index;
    let end = start + m[0].length;
    const atEnd = end === source.length;
    const lineEnds = (m[2]!.match(/\n/g) ?? []).length;
    if (atEnd && !m[1]) {
      // Blanks after the last line end are trailing whitespace, not part of the break.
      const lastLf = source.lastIndexOf('\n', end - 1);
      end = lastLf + 1;
      breaks.push({ kind: 'final', span: { start, end }, lineEnds });
      removed.push({ start, end });
      break;
    }
    breaks.push({ kind: m[1] ? 'continuation' : 'newline', span: { start, end }, lineEnds });
    removed.push({ start, end });
  }
  return new RemovalMap(source, removed, breaks, bom);
}

class RemovalMap implements LogicalText {
  readonly text: string;
  /** For each kept segment: its start in logical text and in source. */
  private readonly logicalStarts: number[] = [];
  private readonly sourceStarts: number[] = [];

  constructor(
    private readonly source: string,
    removed: readonly Span[],
    readonly breaks: readonly LineBreak[],
    readonly bom: Span | null,
  ) {
    let text = '';
    let at = 0;
    for (const r of [...removed, { start: source.length, end: source.length }]) {
      this.logicalStarts.push(text.length);
      this.sourceStarts.push(at);
      text += source.slice(at, r.start);
      at = r.end;
    }
    this.text = text;
  }

  toSource(offset: number): number {
    let lo = 0;
    let hi = this.logicalStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.logicalStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Several segments can start at the same logical offset when a removed span is followed by an
    // empty kept segment; the search finds the last, which is where the character really is.
    return (this.sourceStarts[lo] ?? 0) + offset - (this.logicalStarts[lo] ?? 0);
  }

  spanToSource(s: Span): Span {
    const start = this.toSource(s.start);
    if (s.end <= s.start) return { start, end: start };
    return { start, end: Math.min(this.source.length, this.toSource(s.end - 1) + 1) };
  }
}
