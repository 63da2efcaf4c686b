import { setImmediate as nextTurn } from 'node:timers/promises';
import type { InputStream } from '../read/load.js';
import type { Target } from '../read/discover.js';
import { checkTarget, type BatchCheck, type CheckedFile, type FileCheck } from './check-file.js';
import type { Checker, Chunk } from './checker.js';

/**
 * The main thread as a Checker: it takes any chunk, one at a time, and is the only one that takes
 * what workers cannot (standard input, a directory that could not be listed).
 */
export class LocalChecker implements Checker {
  readonly #batch: BatchCheck;
  readonly #fileCheck: (target: Target) => FileCheck;
  readonly #stdin: InputStream;
  #busy = false;

  constructor(batch: BatchCheck, fileCheck: (target: Target) => FileCheck, stdin: InputStream) {
    this.#batch = batch;
    this.#fileCheck = fileCheck;
    this.#stdin = stdin;
  }

  canTake(): boolean {
    return !this.#busy;
  }

  async check(chunk: Chunk): Promise<readonly CheckedFile[]> {
    this.#busy = true;
    // The checks below hold the thread: first let the workers' replies in, so they get their next chunks.
    await nextTurn();
    const checked: CheckedFile[] = [];
    for (const target of chunk.targets) checked.push(await checkTarget(target, this.#fileCheck(target), this.#batch, this.#stdin));
    this.#busy = false;
    return checked;
  }

  async close(): Promise<void> {}
}
