import { access, mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ChangedOnDiskError, writeFileAtomic } from '../fix/write-atomic.js';
import type { FileResult } from '../lint/lint-profile.js';
import { decodeProfile } from '../read/decode.js';
import { InputError } from '../read/input-error.js';
import { explainReadError } from '../read/io-result.js';
import { parseBaseline, serializeBaseline } from './baseline-file.js';
import { PlaceCounts } from './counts.js';
import { countRun } from './findings.js';
import { matchBaseline } from './match.js';
import { exceededNotices, knownNotice, staleNotices, writtenNotice } from './notices.js';
import { BaselinePaths } from './paths.js';
import type { BaselineRequest } from './request.js';
import { prunedBaseline, staleEntries, updatedBaseline } from './revise.js';

/** The results with the known findings left out, and the lines for standard error. */
export interface Settled {
  readonly results: FileResult[];
  /** Lines that say what the baseline did, each ending with a line end; empty when there is nothing to say. */
  readonly notices: string;
}

export interface OpenBaseline {
  /** Matches the run's results with the baseline, writing it first for --update-baseline or --prune-baseline. */
  settle(results: readonly FileResult[]): Promise<Settled>;
}

/**
 * Reads and checks the baseline file before anything is linted or fixed, so that a missing or
 * malformed baseline stops the run (exit 2) before it changes a file.
 */
export async function openBaseline(request: BaselineRequest, cwd: string): Promise<OpenBaseline> {
  const absolute = resolve(cwd, request.file);
  const paths = new BaselinePaths(cwd, request.file);
  const read = await readBaseline(request, absolute);
  return {
    async settle(results) {
      const run = countRun(results, paths);
      const missingFiles = await missing(read.counts, run.checked, paths);
      const stale = staleEntries(read.counts, run, missingFiles);
      const lines: string[] = [];
      let baseline = read.counts;
      if (request.mode !== 'check') {
        baseline = request.mode === 'update' ? updatedBaseline(read.counts, run, missingFiles) : prunedBaseline(read.counts, stale);
        const written = await writeBaseline(request.file, absolute, serializeBaseline(baseline), read.text);
        const removed = stale.reduce((n, s) => n + s.gone, 0);
        lines.push(writtenNotice(request.mode, written, baseline, removed, request.file));
      }
      const matched = matchBaseline(results, baseline, run, paths);
      lines.push(...knownNotice(matched.known, request.file), ...exceededNotices(matched.exceeded, paths));
      // After an update or a prune nothing is stale any more.
      if (request.mode === 'check') lines.push(...staleNotices(stale, paths, request.file));
      return { results: matched.results, notices: lines.map((line) => `${line}\n`).join('') };
    },
  };
}

/** The baseline's counts and text; a baseline that --update-baseline is about to create is empty. */
async function readBaseline(request: BaselineRequest, absolute: string): Promise<{ counts: PlaceCounts; text?: string }> {
  let text: string;
  try {
    text = decodeProfile(await readFile(absolute));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (request.mode === 'update') return { counts: new PlaceCounts() };
      throw new InputError(`--baseline ${request.file}: the file does not exist; write it with --update-baseline`);
    }
    throw new InputError(`--baseline ${request.file}: cannot read the baseline: ${explainReadError(error, 'file').reason}`);
  }
  const parsed = parseBaseline(text);
  if ('fault' in parsed) {
    const { line, column, message, more } = parsed.fault;
    const others = more > 0 ? ` (and ${more} more ${more === 1 ? 'fault' : 'faults'})` : '';
    throw new InputError(`${request.file}:${line}:${column}: ${message}${others}; correct the baseline, or delete it and write it again with --update-baseline`);
  }
  return { counts: parsed.counts, text };
}

/**
 * The baseline's files that the run did not check and that no longer exist (renamed or deleted).
 * A file the run tried and failed to read (a broken link) is left alone: its `io` error fails the run.
 */
async function missing(baseline: PlaceCounts, checked: ReadonlySet<string>, paths: BaselinePaths): Promise<Set<string>> {
  const unchecked = [...new Set(baseline.entries().map((e) => e.place.path))].filter((entry) => !checked.has(entry));
  const gone = await Promise.all(unchecked.map(async (entry) => (await exists(paths.absolute(entry))) ? undefined : entry));
  return new Set(gone.filter((entry) => entry !== undefined));
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    // Only a file that is not there is gone; one that cannot be reached (permissions) may still be.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * Writes the baseline atomically, and only when its text changes, so that a run that finds the same
 * leaves the file (and its time stamp) alone. Returns whether it wrote.
 */
async function writeBaseline(given: string, absolute: string, text: string, before: string | undefined): Promise<boolean> {
  if (text === before) return false;
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFileAtomic(absolute, text, before === undefined ? { exclusive: true } : { expected: before });
  } catch (error) {
    const why = error instanceof ChangedOnDiskError ? 'it changed on disk while lparlint ran; run again' : (error as Error).message;
    throw new InputError(`--baseline ${given}: cannot write the baseline: ${why}`);
  }
  return true;
}
