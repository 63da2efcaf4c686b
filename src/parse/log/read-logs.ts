import type { LogEntry } from '../../diagnose/model.js';
import { readLogEntries, type ReadLogOptions } from './read-entries.js';

/**
 * The entries of several logs (`LPAR_A.log LPAR_B.log ...`) as one stream in time order, in
 * batches, filtered as each file is read. Each rotated file is chronological, so a k-way merge of
 * the file streams needs only each file's current batch in memory. Records at the same time keep
 * the order of `paths`. Unparsed lines (those before a file's first message) and counts carry no
 * time: they come out as soon as they are their file's next entry, so unparsed lines stay before
 * that file's messages; a resource filter drops unparsed lines, time filters keep them.
 */
export async function* readLogs(paths: readonly string[], options: ReadLogOptions = {}): AsyncGenerator<readonly LogEntry[]> {
  const streams = paths.map((path) => readLogEntries(path, undefined, options));
  try {
    const [only] = streams;
    if (only && streams.length === 1) {
      yield* only;
      return;
    }
    const cursors: FileCursor[] = [];
    // One file after the other, so an unreadable file is reported the same way every run.
    for (const stream of streams) cursors.push(await FileCursor.open(stream));
    for (let i = earliest(cursors); i !== -1; i = earliest(cursors)) {
      const cursor = cursors[i] as FileCursor;
      // The entries up to the end of the file's batch, while no other file has an earlier one.
      const batch: LogEntry[] = [];
      do batch.push(cursor.take());
      while (cursor.head() !== undefined && earliest(cursors) === i);
      yield batch;
      if (cursor.head() === undefined) await cursor.refill();
    }
  } finally {
    await Promise.all(streams.map((stream) => stream.return(undefined)));
  }
}

/** A file's entries as the merge sees them: the batch read last, and the next entry in it. */
class FileCursor {
  private batch: readonly LogEntry[] = [];
  private index = 0;

  private constructor(private readonly stream: AsyncGenerator<readonly LogEntry[]>) {}

  static async open(stream: AsyncGenerator<readonly LogEntry[]>): Promise<FileCursor> {
    const cursor = new FileCursor(stream);
    await cursor.refill();
    return cursor;
  }

  /** The next entry; undefined at the end of the batch (refill) or of the file. */
  head(): LogEntry | undefined {
    return this.batch[this.index];
  }

  take(): LogEntry {
    return this.batch[this.index++] as LogEntry;
  }

  /** Reads the next batch; the batch stays empty at the end of the file. */
  async refill(): Promise<void> {
    const next = await this.stream.next();
    this.batch = next.done ? [] : next.value;
    this.index = 0;
  }
}

/** The file to take the next entry from: an entry without a time at once, else the earliest record, first file on a tie; -1 when all are done. */
function earliest(cursors: readonly FileCursor[]): number {
  let best = -1;
  let bestTime = Infinity;
  for (const [i, cursor] of cursors.entries()) {
    const head = cursor.head();
    if (!head) continue;
    if (head.kind !== 'record') return i;
    if (best === -1 || head.record.timestamp < bestTime) {
      best = i;
      bestTime = head.record.timestamp;
    }
  }
  return best;
}
