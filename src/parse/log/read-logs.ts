import type { LogEntry, LogFilter } from '../../diagnose/model.js';
import { readLogEntries } from './read-entries.js';

/**
 * The entries of several logs (`LPAR_A.log LPAR_B.log ...`) as one stream in time order, filtered.
 * Each rotated file is chronological, so a k-way merge of the file streams needs only each file's
 * next entry in memory. Records at the same time keep the order of `paths`. Unparsed lines (those
 * before a file's first message) carry no time: they come out as soon as they are their file's next
 * entry, so they stay before that file's messages; a resource filter drops them, time filters keep them.
 */
export async function* readLogs(paths: readonly string[], filter: LogFilter = {}): AsyncGenerator<LogEntry> {
  const streams = paths.map((path) => readLogEntries(path));
  try {
    const heads: (LogEntry | undefined)[] = [];
    // One file after the other, so an unreadable file is reported the same way every run.
    for (const stream of streams) heads.push(await nextOf(stream));
    for (let i = earliest(heads); i !== -1; i = earliest(heads)) {
      const entry = heads[i] as LogEntry;
      heads[i] = await nextOf(streams[i] as AsyncGenerator<LogEntry>);
      if (keeps(entry, filter)) yield entry;
    }
  } finally {
    await Promise.all(streams.map((stream) => stream.return(undefined)));
  }
}

async function nextOf(stream: AsyncGenerator<LogEntry>): Promise<LogEntry | undefined> {
  const next = await stream.next();
  return next.done ? undefined : next.value;
}

/** The index of the head to take next: an unparsed line at once, else the earliest record, first file on a tie; -1 when all are done. */
function earliest(heads: readonly (LogEntry | undefined)[]): number {
  let best = -1;
  let bestTime = Infinity;
  for (const [i, head] of heads.entries()) {
    if (!head) continue;
    if (head.kind === 'unparsed') return i;
    if (best === -1 || head.record.timestamp < bestTime) {
      best = i;
      bestTime = head.record.timestamp;
    }
  }
  return best;
}

function keeps(entry: LogEntry, filter: LogFilter): boolean {
  if (entry.kind === 'unparsed') return filter.resource === undefined;
  const { timestamp, resource } = entry.record;
  if (filter.since !== undefined && timestamp < filter.since) return false;
  if (filter.until !== undefined && timestamp > filter.until) return false;
  return filter.resource === undefined || resource === filter.resource;
}
