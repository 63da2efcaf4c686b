/** A half-open range [start, end) of UTF-16 offsets into a file's decoded text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A 1-based line and column; the column counts UTF-16 code units, as ESLint does. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A 1-based range; `endColumn` is the column just after the last character (exclusive). */
export interface Range {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/**
 * Converts offsets to line/column; each lookup is a binary search. The line starts are found on the
 * first lookup: an index is made for every file checked, and most files have nothing to report.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  /** Offsets at which each line starts. A line ends at `\n`; a `\r` before it belongs to the line. */
  private get lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1 };
  }

  range(s: Span): Range {
    const a = this.position(s.start);
    const b = this.position(s.end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The text of a 1-based line, without its line end. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}
