import type { LogEntry, LogLine } from '../../diagnose/model.js';
import type { LogHeader } from './header.js';

/**
 * How much of one message is kept: continuation lines, and characters of their text. A file that
 * is not a log (binary data after one header line, or a header followed by endless output) would
 * otherwise be held whole as one record; beyond either cap, lines are counted, not kept.
 */
export const MAX_CONTINUATION_LINES = 1000;
export const MAX_CONTINUATION_CHARS = 256 * 1024;

/** A message as it is read: its header line, then continuation lines up to the caps. */
export class RecordBuilder {
  private readonly lines: LogLine[];
  private text: string;
  private continuationChars = 0;
  private dropped = 0;

  constructor(
    private readonly header: LogHeader,
    first: LogLine,
  ) {
    this.lines = [first];
    this.text = header.text;
  }

  add(line: LogLine): void {
    const fits =
      this.dropped === 0 &&
      this.lines.length <= MAX_CONTINUATION_LINES &&
      this.continuationChars + line.text.length <= MAX_CONTINUATION_CHARS;
    if (!fits) {
      // Once a line is dropped, all later ones are too: the kept text stays one unbroken beginning.
      this.dropped += 1;
      return;
    }
    this.lines.push(line);
    this.text += `\n${line.text}`;
    this.continuationChars += line.text.length;
  }

  finish(): LogEntry {
    const more = this.dropped === 0 ? '' : `\n… ${this.dropped} more line${this.dropped === 1 ? '' : 's'}`;
    return { kind: 'record', record: { ...this.header, text: this.text + more, lines: this.lines } };
  }
}
