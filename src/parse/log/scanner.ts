import type { LogEntry, LogFilter, LogLine } from '../../diagnose/model.js';
import { parseLogLine } from './header.js';
import { RecordBuilder } from './record-builder.js';
import { DayClock } from './day-clock.js';

/**
 * `parseLogLine`'s PREFIX, matched in place at a line start of a whole chunk (sticky, no captures):
 * testing every line of a large log this way costs next to nothing, where slicing each line out
 * first costs more than reading the file. It also takes only times of day that exist (as
 * logTimestamp does), so that only the date is left to check. The UMI ends at a blank, the line
 * end or the text's end.
 */
const HEADER_AT = /\d{4}\/\d{2}\/\d{2} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d +VCS +[A-Z][A-Z0-9_]* +V-16-\d+-\d+(?= |\n|$)/y;

const SPACE = 32;
/** `VCS` between the time and the severity. */
const MNEMONIC_LENGTH = 3;
/** `YYYY/MM/DD HH:MM:SS`: where the blanks before `VCS` start. */
const TIME_LENGTH = 19;

/**
 * Splits decoded text into lines and lines into entries, as readline would (`\n`, `\r\n` and a
 * lone `\r` end a line; a byte-order mark before line 1 is dropped), applying the filter as it
 * goes. Every line is tested for a message header in place; only the records the filter keeps
 * with a severity and agent type it asks for (all, without `severities` and `agentType`) are read
 * in full. The
 * other records that the filter keeps are only counted (`counted` entries), with their
 * continuation lines skipped unread.
 */
export class LogScanner {
  private rest = '';
  private number = 0;
  private started = false;
  /** The record being read in full, when the current message is one the filter asks for. */
  private open: RecordBuilder | undefined;
  /** True once a message has started: from then on a line that starts none continues one. */
  private inMessage = false;
  private counted = 0;
  private readonly clock = new DayClock();
  private readonly severities: readonly string[] | undefined;
  /** `:<resource>:`, which a message of the filter's resource holds (`LPAR:<resource>:<entry point>:`). */
  private readonly resourceMark: string | undefined;
  /** `<agent type>:`, which a message of the filter's agent type holds. */
  private readonly agentMark: string | undefined;

  constructor(
    private readonly path: string,
    private readonly filter: LogFilter,
  ) {
    this.severities = filter.severities && [...filter.severities];
    this.resourceMark = filter.resource === undefined ? undefined : `:${filter.resource}:`;
    this.agentMark = filter.agentType === undefined ? undefined : `${filter.agentType}:`;
  }

  /** Reads the next piece of the text; the entries it completes are pushed onto `out`. */
  push(chunk: string, out: LogEntry[]): void {
    let piece = chunk;
    if (!this.started && piece.length > 0) {
      this.started = true;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    // A line is complete at its \n; a \r just before the end may still be followed by one.
    const first = piece.indexOf('\n');
    if (first === -1) {
      this.rest += piece;
      return;
    }
    // The line begun in the previous piece ends here; the others are read in place, in the piece
    // as the decoder made it (joining it to the rest first would make every access slower).
    this.segment(this.rest + piece.slice(0, first), out);
    const last = piece.lastIndexOf('\n');
    this.rest = piece.slice(last + 1);
    const cr = piece.indexOf('\r', first);
    if (cr === -1 || cr > last) {
      this.lines(piece, first + 1, last, out);
    } else if (last > first) {
      for (const segment of piece.slice(first + 1, last).split('\n')) this.segment(segment, out);
    }
    this.flushCount(out);
  }

  /** Reads one line given without its line end; a CR before its end and a byte-order mark on line 1 are dropped. */
  pushLine(given: string, out: LogEntry[]): void {
    let line = given.endsWith('\r') ? given.slice(0, -1) : given;
    if (!this.started) {
      this.started = true;
      if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    }
    this.line(line, 0, line.length, out);
    this.flushCount(out);
  }

  /** Ends the text: the last line (without a line end) and the open record. */
  end(out: LogEntry[]): void {
    if (this.rest !== '') this.segment(this.rest, out);
    this.rest = '';
    this.closeRecord(out);
    this.flushCount(out);
  }

  /** The \n-ended lines of `text` from `start` up to `last`, which hold no \r: read in place. */
  private lines(text: string, from: number, last: number, out: LogEntry[]): void {
    let start = from;
    while (start <= last) {
      const end = text.indexOf('\n', start);
      this.line(text, start, end, out);
      start = end + 1;
    }
  }

  /** A \n-ended piece that may hold CRs: `\r` before its end belongs to `\r\n`, others end lines. */
  private segment(segment: string, out: LogEntry[]): void {
    const body = segment.endsWith('\r') ? segment.slice(0, -1) : segment;
    if (body.indexOf('\r') === -1) {
      this.line(body, 0, body.length, out);
      return;
    }
    for (const part of body.split('\r')) this.line(part, 0, part.length, out);
  }

  /** One line: text[start, end). */
  private line(text: string, start: number, end: number, out: LogEntry[]): void {
    this.number += 1;
    if (!this.isHeader(text, start)) {
      if (this.open) this.open.add(this.logLine(text.slice(start, end)));
      else if (!this.inMessage && this.filter.resource === undefined) out.push({ kind: 'unparsed', line: this.logLine(text.slice(start, end)) });
      return;
    }
    this.closeRecord(out);
    this.inMessage = true;
    if (!this.inTime(text, start)) return;
    const wanted = this.severities === undefined || this.hasSeverity(text, start, this.severities);
    if (this.resourceMark === undefined && !wanted) {
      this.counted += 1;
      return;
    }
    const line = text.slice(start, end);
    // Only a line that holds `:<resource>:` can be a message of the resource: the others are not parsed.
    if (this.resourceMark !== undefined && !line.includes(this.resourceMark)) return;
    // Nor one without `<agent type>:` a message of the agent type: it is counted unparsed.
    if (this.resourceMark === undefined && this.agentMark !== undefined && !line.includes(this.agentMark)) {
      this.counted += 1;
      return;
    }
    const header = parseLogLine(line);
    if (!header || (this.filter.resource !== undefined && header.resource !== this.filter.resource)) return;
    const { agentType } = this.filter;
    if (wanted && (agentType === undefined || header.agentType === agentType)) this.open = new RecordBuilder(header, this.logLine(line));
    else this.counted += 1;
  }

  /** Whether a message header starts at `start`. */
  private isHeader(text: string, start: number): boolean {
    HEADER_AT.lastIndex = start;
    return HEADER_AT.test(text) && this.clock.dateExists(text, start);
  }

  /** Whether the header at `start` is within the filter's times; its timestamp is worked out only for a time filter. */
  private inTime(text: string, start: number): boolean {
    const { since, until } = this.filter;
    if (since === undefined && until === undefined) return true;
    const timestamp = this.clock.timestamp(text, start) as number;
    return (since === undefined || timestamp >= since) && (until === undefined || timestamp <= until);
  }

  /** Whether the header at `start` (HEADER_AT matched there) has one of the severities. */
  private hasSeverity(text: string, start: number, severities: readonly string[]): boolean {
    let at = start + TIME_LENGTH;
    while (text.charCodeAt(at) === SPACE) at += 1;
    at += MNEMONIC_LENGTH;
    while (text.charCodeAt(at) === SPACE) at += 1;
    const length = text.indexOf(' ', at) - at;
    return severities.some((severity) => severity.length === length && text.startsWith(severity, at));
  }

  private logLine(text: string): LogLine {
    return { path: this.path, line: this.number, text };
  }

  private closeRecord(out: LogEntry[]): void {
    if (this.open) out.push(this.open.finish());
    this.open = undefined;
  }

  private flushCount(out: LogEntry[]): void {
    if (this.counted === 0) return;
    out.push({ kind: 'counted', records: this.counted });
    this.counted = 0;
  }
}
