import { readFile } from 'node:fs/promises';
import { decodeProfile } from './decode.js';
import type { Target } from './discover.js';

/** What standard input looks like to the reader: `process.stdin`, or a test's iterable of chunks. */
export type InputStream = AsyncIterable<Uint8Array | string>;

/** The decoded text of one target. Rejects with the I/O error when it cannot be read. */
export async function loadTarget(target: Target, stdin: InputStream): Promise<string> {
  switch (target.kind) {
    case 'file':
      return decodeProfile(await readFile(target.absolute));
    case 'stdin':
      return decodeProfile(await readAll(stdin));
    case 'unlisted-directory':
      throw target.error;
  }
}

async function readAll(stream: InputStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}
