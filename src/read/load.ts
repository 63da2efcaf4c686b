import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { decodeProfile } from './decode.js';
import type { Target } from './discover.js';
import { UnreadableFileError } from './unreadable-file.js';

/** What standard input looks like to the reader: `process.stdin`, or a test's iterable of chunks. */
export type InputStream = AsyncIterable<Uint8Array | string>;

/** Profile files are a few kilobytes; anything past this is not read unless `--max-file-size` allows it. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const RAISE_LIMIT = 'Raise --max-file-size if it really is a profile file.';

/**
 * Opening a FIFO for reading blocks until a writer comes; without blocking, the open returns at
 * once and fstat tells what it is. It changes nothing for regular files. (Windows has no such flag.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The decoded text of one target. Rejects with the I/O error (or UnreadableFileError) when it cannot be read. */
export async function loadTarget(target: Target, stdin: InputStream, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  switch (target.kind) {
    case 'file':
      return loadFile(target.absolute, maxFileSize);
    case 'stdin':
      return decodeProfile(await readAll(stdin, maxFileSize));
    case 'unlisted-directory':
      throw target.error;
  }
}

/** The decoded text of a profile file on disk; throws as readProfileBytes does. */
export function loadFile(absolute: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): string {
  return decodeProfile(readProfileBytes(absolute, maxFileSize));
}

/**
 * The bytes of a regular file of at most `maxFileSize` bytes. The size and kind come from the open
 * handle (fstat), not the path, so a file swapped between the check and the read is still checked;
 * a larger file is never read, and reading stops at the limit if the file grows meanwhile.
 * Synchronous on purpose: profile files are a few kilobytes, and the promise machinery of
 * fs/promises (open, stat, read, close, each a round trip through the thread pool) cost a batch
 * more than the reads themselves; a batch that wants two cores uses worker threads instead.
 */
export function readProfileBytes(absolute: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Uint8Array {
  const fd = openSync(absolute, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: ${absolute}`), { code: 'EISDIR' });
    if (!stats.isFile()) {
      throw new UnreadableFileError(`it is ${kindOf(stats)}, not a regular file`, 'Name the profile file itself; lparlint reads only regular files.');
    }
    if (stats.size > maxFileSize) throw tooLarge(stats.size, maxFileSize);
    const bytes = Buffer.alloc(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const bytesRead = readSync(fd, bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** `size` is unknown for standard input, which is not read past the limit. */
function tooLarge(size: number | undefined, maxFileSize: number): UnreadableFileError {
  const larger = `larger than the limit of ${maxFileSize} bytes`;
  return new UnreadableFileError(size === undefined ? `it is ${larger}` : `it is ${size} bytes, ${larger}`, RAISE_LIMIT);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** Standard input up to the limit: a stream has no size to check first, so reading stops past it. */
async function readAll(stream: InputStream, maxFileSize: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    length += bytes.length;
    if (length > maxFileSize) throw tooLarge(undefined, maxFileSize);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
