import { Worker } from 'node:worker_threads';
import type { RuleSettings } from '../lint/lint-profile.js';
import type { CheckedFile, FileTarget } from './check-file.js';
import type { Checker, Chunk } from './checker.js';
import type { ChunkReply, ChunkRequest, WorkerSetup } from './messages.js';

/**
 * Chunks a worker holds at once: one being checked and one waiting, so it never waits for the
 * main thread between two chunks, while the rest stay free for whichever thread is free first.
 */
const CHUNKS_IN_FLIGHT = 2;

/**
 * A worker keeps nothing from one file to the next, so a small young generation costs it no time,
 * and it saves about 15 MB per worker over V8's default (measured at 10,000 files).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

interface Pending {
  resolve(checked: readonly CheckedFile[]): void;
  reject(error: unknown): void;
}

/** A worker thread (src/check/worker.ts) as a Checker: it takes chunks of plain files only. */
export class WorkerChecker implements Checker {
  readonly #worker: Worker;
  readonly #settingsFor: (target: FileTarget) => RuleSettings;
  readonly #pending = new Map<number, Pending>();
  /** Set when the worker failed: every later chunk fails with it too. */
  #failure: unknown;

  constructor(script: URL, setup: WorkerSetup, settingsFor: (target: FileTarget) => RuleSettings) {
    this.#settingsFor = settingsFor;
    this.#worker = new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    this.#worker.on('message', (reply: ChunkReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      pending?.resolve(reply.checked);
    });
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('messageerror', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`a worker thread of the check stopped (exit code ${code})`)));
  }

  canTake(chunk: Chunk): boolean {
    return this.#pending.size < CHUNKS_IN_FLIGHT && chunk.targets.every((t) => t.kind === 'file');
  }

  check(chunk: Chunk): Promise<readonly CheckedFile[]> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const files = (chunk.targets as readonly FileTarget[]).map((target) => ({ target, settings: this.#settingsFor(target) }));
    return new Promise((resolve, reject) => {
      // Each result takes the main thread's path string, not the worker's copy: 100,000 paths are megabytes.
      const withOwnPaths = (checked: readonly CheckedFile[]): void => resolve(checked.map((c, i) => ({ ...c, result: { ...c.result, path: files[i]!.target.path } })));
      this.#pending.set(chunk.index, { resolve: withOwnPaths, reject });
      this.#worker.postMessage({ id: chunk.index, files } satisfies ChunkRequest);
    });
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
  }

  #fail(error: unknown): void {
    this.#failure ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#failure);
    this.#pending.clear();
  }
}
