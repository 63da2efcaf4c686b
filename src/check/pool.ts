import type { Target } from '../read/discover.js';
import type { CheckedFile } from './check-file.js';
import type { Checker, Chunk } from './checker.js';

/**
 * Files per chunk: enough that a message to a worker and back costs little beside checking them
 * (a fraction of a millisecond each), few enough that the threads finish close together and the
 * progress bar moves smoothly.
 */
export const CHUNK_SIZE = 64;

/** How many chunks past the first one not yet reported may be checked: bounds the results held out of order. */
const WINDOW_PER_CHECKER = 4;

/** Cuts the targets, in order, into chunks of `size`. */
export function chunked(targets: readonly Target[], size: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let start = 0; start < targets.length; start += size) chunks.push({ index: chunks.length, targets: targets.slice(start, start + size) });
  return chunks;
}

/**
 * Checks the chunks over the checkers and yields every file's outcome in target order, whichever
 * thread checked it and whenever it finished: the report is the same as from one thread. A chunk
 * goes to the first checker that can take it, as soon as one can. The last of `checkers` must take
 * any chunk (the main thread); they are all closed at the end, also on failure.
 */
export async function* checkInOrder(chunks: readonly Chunk[], checkers: readonly Checker[]): AsyncGenerator<CheckedFile> {
  const started = new Map<number, Promise<readonly CheckedFile[]>>();
  const window = WINDOW_PER_CHECKER * checkers.length;
  let next = 0;
  let reported = 0;
  const dispatch = (): void => {
    while (next < chunks.length && next < reported + window) {
      const chunk = chunks[next]!;
      const checker = checkers.find((c) => c.canTake(chunk));
      if (!checker) return;
      const checked = checker.check(chunk);
      // A free thread takes the next chunk at once; a failure surfaces when its chunk's turn comes.
      checked.then(dispatch, () => {});
      started.set(next++, checked);
    }
  };
  try {
    for (; reported < chunks.length; reported++) {
      dispatch();
      // Every chunk before this one is done, so its turn has come: the main thread takes any chunk.
      const checked = await started.get(reported)!;
      started.delete(reported);
      yield* checked;
    }
  } finally {
    await Promise.all(checkers.map((c) => c.close()));
  }
}
