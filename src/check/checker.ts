import type { Target } from '../read/discover.js';
import type { CheckedFile } from './check-file.js';

/** Consecutive targets that one thread checks together; `index` is its place in the batch. */
export interface Chunk {
  readonly index: number;
  readonly targets: readonly Target[];
}

/** A thread that checks chunks: the main thread, or a worker. */
export interface Checker {
  /** Whether it can take `chunk` now: it has room for one more, and can check what is in it. */
  canTake(chunk: Chunk): boolean;
  /** The outcomes of the chunk's targets, in their order. */
  check(chunk: Chunk): Promise<readonly CheckedFile[]>;
  /** Stops it; pending checks are abandoned. */
  close(): Promise<void>;
}
