import type { Target } from '../read/discover.js';
import type { InputStream } from '../read/load.js';
import type { BatchCheck, CheckedFile, FileCheck } from './check-file.js';
import type { Checker } from './checker.js';
import { LocalChecker } from './local-checker.js';
import { checkInOrder, chunked, CHUNK_SIZE } from './pool.js';

export interface BatchOptions extends BatchCheck {
  /** The settings (and --node context) of each target; worker threads are sent the settings only. */
  readonly fileCheck: (target: Target) => FileCheck;
  readonly stdin: InputStream;
  /** Worker threads that check beside the main thread (see concurrency.ts); 0: the main thread alone. */
  readonly workers: number;
}

/**
 * Checks the targets and yields each one's outcome in target order, one at a time, so that the
 * caller can keep what the report needs and let the rest go. Where there is no worker script (the
 * one-file bundle), everything is checked on the main thread.
 */
export async function* checkBatch(targets: readonly Target[], options: BatchOptions): AsyncGenerator<CheckedFile> {
  const batch: BatchCheck = { fix: options.fix, maxFileSize: options.maxFileSize };
  const workers = await workerCheckers(batch, options);
  yield* checkInOrder(chunked(targets, CHUNK_SIZE), [...workers, new LocalChecker(batch, options.fileCheck, options.stdin)]);
}

/** The worker threads asked for; their modules are loaded only then, so a small check does not pay for them. */
async function workerCheckers(batch: BatchCheck, options: BatchOptions): Promise<Checker[]> {
  if (options.workers === 0) return [];
  const script = (await import('./worker-script.js')).workerScript();
  if (script === undefined) return [];
  const { WorkerChecker } = await import('./worker-checker.js');
  return Array.from({ length: options.workers }, () => new WorkerChecker(script, batch, (target) => options.fileCheck(target).settings));
}
