import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { LogEntry, LogFilter } from '../../diagnose/model.js';
import { InputError } from '../../read/input-error.js';
import { explainReadError } from '../../read/io-result.js';
import { LogScanner } from './scanner.js';

/** Bytes read at a time: large enough for few reads of a big log, small enough to split into lines cheaply. */
const READ_CHUNK_BYTES = 64 * 1024;

export interface ReadLogOptions {
  /** Which messages to yield (see LogFilter); all of them by default. */
  readonly filter?: LogFilter;
  /** Called with the number of bytes of each piece of a file read, for a progress bar. */
  readonly onBytes?: (bytes: number) => void;
}

/**
 * The entries of one VCS log, read as a stream: messages with their continuation lines, the lines
 * before the first message as `unparsed`, and the messages the filter keeps but does not ask to
 * read as `counted` (see LogScanner). They come in batches, one per piece of the file read, so
 * that a large log does not pay for a promise per message. Only the message being read is held,
 * so a log of any size is read in bounded memory. `source` is a file to read (rejecting with an
 * InputError when it cannot be read), or its lines without line ends; `path` is the name the
 * lines carry (default: the file).
 */
export async function* readLogEntries(
  source: string | AsyncIterable<string>,
  path?: string,
  options: ReadLogOptions = {},
): AsyncGenerator<readonly LogEntry[]> {
  const name = path ?? (typeof source === 'string' ? source : '<log>');
  const scanner = new LogScanner(name, options.filter ?? {});
  if (typeof source === 'string') {
    for await (const piece of fileText(source, name, options.onBytes)) {
      const batch: LogEntry[] = [];
      scanner.push(piece, batch);
      if (batch.length > 0) yield batch;
    }
  } else {
    for await (const line of source) {
      const batch: LogEntry[] = [];
      scanner.pushLine(line, batch);
      if (batch.length > 0) yield batch;
    }
  }
  const batch: LogEntry[] = [];
  scanner.end(batch);
  if (batch.length > 0) yield batch;
}

/**
 * A file's text in pieces; bytes that are not UTF-8 become U+FFFD rather than stopping the read.
 * Every piece is read into the same buffer (a stream allocates one per piece, and for a large log
 * those wait for the garbage collector in their thousands), and the next read is under way while
 * the caller scans the piece before it.
 */
async function* fileText(file: string, name: string, onBytes: ((bytes: number) => void) | undefined): AsyncGenerator<string> {
  const failed = (error: unknown): InputError => new InputError(`${name}: cannot read it: ${explainReadError(error, 'file').reason}`);
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw failed(error);
  });
  const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
  // Holds back the bytes of a character split between two pieces.
  const decoder = new StringDecoder('utf8');
  const readPiece = (): Promise<number> =>
    handle.read(buffer, 0, buffer.length, null).then(
      (read) => read.bytesRead,
      (error: unknown) => {
        throw failed(error);
      },
    );
  let pending = readPiece();
  try {
    for (let bytes = await pending; bytes > 0; bytes = await pending) {
      onBytes?.(bytes);
      // The piece is decoded into a string of its own, so the buffer is free for the next read.
      const piece = decoder.write(buffer.subarray(0, bytes));
      pending = readPiece();
      yield piece;
    }
    const tail = decoder.end();
    if (tail !== '') yield tail;
  } finally {
    // A read still under way (the caller stopped early) must end before the file is closed.
    await pending.catch(() => 0);
    await handle.close();
  }
}
