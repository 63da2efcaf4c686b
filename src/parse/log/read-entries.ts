import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { LogEntry, LogLine } from '../../diagnose/model.js';
import { InputError } from '../../read/input-error.js';
import { explainReadError } from '../../read/io-result.js';
import { parseLogLine, withoutCr, type LogHeader } from './header.js';

/**
 * How much of one message is kept: continuation lines, and characters of their text. A file that
 * is not a log (binary data after one header line, or a header followed by endless output) would
 * otherwise be held whole as one record; beyond either cap, lines are counted, not kept.
 */
export const MAX_CONTINUATION_LINES = 1000;
export const MAX_CONTINUATION_CHARS = 256 * 1024;

/** Bytes read at a time: large enough for few reads of a big log, small enough not to matter in memory. */
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * The entries of one VCS log, read as a stream: messages with their continuation lines, and the lines
 * before the first message as `unparsed`. Only the message being read is held, so a log of any size
 * is read in bounded memory. `source` is a file to read (rejecting with an InputError when it cannot
 * be read), or its lines without line ends; `path` is the name the lines carry (default: the file).
 */
export function readLogEntries(file: string, path?: string): AsyncGenerator<LogEntry>;
export function readLogEntries(lines: AsyncIterable<string>, path: string): AsyncGenerator<LogEntry>;
export async function* readLogEntries(source: string | AsyncIterable<string>, path?: string): AsyncGenerator<LogEntry> {
  const name = path ?? (typeof source === 'string' ? source : '<log>');
  const lines = typeof source === 'string' ? fileLines(source, name) : source;
  let open: RecordBuilder | undefined;
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const line: LogLine = { path: name, line: number, text: plainLine(raw, number) };
    const header = parseLogLine(line.text);
    if (header) {
      if (open) yield open.finish();
      open = new RecordBuilder(header, line);
    } else if (open) {
      open.add(line);
    } else {
      yield { kind: 'unparsed', line };
    }
  }
  if (open) yield open.finish();
}

/** The line without a CR before its end (a log copied through Windows) or, on line 1, a byte-order mark. */
function plainLine(raw: string, number: number): string {
  const text = withoutCr(raw);
  return number === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A message as it is read: its header line, then continuation lines up to the caps. */
class RecordBuilder {
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

/** A file's lines, streamed; bytes that are not UTF-8 become U+FFFD rather than stopping the read. */
async function* fileLines(file: string, name: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES });
  // crlfDelay: a CR and LF split across two reads still end one line, not two.
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    yield* reader;
  } catch (error) {
    throw new InputError(`${name}: cannot read it: ${explainReadError(error, 'file').reason}`);
  } finally {
    reader.close();
    stream.destroy();
  }
}
