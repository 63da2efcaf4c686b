import type { RuleSettings } from '../lint/lint-profile.js';
import type { BatchCheck, CheckedFile, FileTarget } from './check-file.js';

/*
 * What crosses between the main thread and a worker (src/check/worker.ts). Everything here is
 * plain data that the structured clone algorithm copies: strings, numbers, arrays, objects and
 * Maps, never functions or class instances, so a setting cannot change meaning on the way.
 */

/** The worker's `workerData`: how every file of the batch is checked. */
export type WorkerSetup = BatchCheck;

/** Main thread → worker: check these files, in this order. */
export interface ChunkRequest {
  readonly id: number;
  readonly files: readonly { readonly target: FileTarget; readonly settings: RuleSettings }[];
}

/** Worker → main thread: the outcome of each file of chunk `id`, in the request's order. */
export interface ChunkReply {
  readonly id: number;
  readonly checked: readonly CheckedFile[];
}
