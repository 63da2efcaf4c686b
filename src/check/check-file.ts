import { PROFILE_RULES } from '../../rules/index.js';
import type { NodeContext } from '../cluster/model.js';
import { checkAndFix, type FixMode } from '../fix/fix-profile.js';
import { lintProfile, type FileResult, type RuleSettings } from '../lint/lint-profile.js';
import type { Target } from '../read/discover.js';
import { internalErrorResult, ioFailureResult } from '../read/io-result.js';
import { loadFile, loadTarget, type InputStream } from '../read/load.js';
import { keptForReport } from '../report/report.js';

/** How every file of a batch is checked: the same on the main thread and in a worker. */
export interface BatchCheck {
  readonly fix: FixMode | undefined;
  /** `--max-file-size`. */
  readonly maxFileSize: number;
}

/** What one file's check gives: its result as the report keeps it (keptForReport), and the stack trace when a rule crashed on it (for `--debug`). */
export interface CheckedFile {
  readonly result: FileResult;
  readonly crash?: string;
}

/** What one file is checked with, beside the batch's settings. */
export interface FileCheck {
  readonly settings: RuleSettings;
  readonly node?: NodeContext | undefined;
}

/** A target that is a file on disk: what worker threads check. */
export type FileTarget = Extract<Target, { kind: 'file' }>;

/**
 * Reads and checks one target. Never throws: a file that cannot be read gets an `io` error, and a
 * bug in a rule an `internal` error for this file only, so the rest of the batch is checked.
 */
export async function checkTarget(target: Target, file: FileCheck, batch: BatchCheck, stdin: InputStream): Promise<CheckedFile> {
  if (target.kind === 'file') return checkFile(target, file, batch);
  let text: string;
  try {
    text = await loadTarget(target, stdin, batch.maxFileSize);
  } catch (error) {
    return { result: ioFailureResult(target, error) };
  }
  return checkText(target.path, text, file, batch);
}

/** checkTarget for a file on disk, synchronously (see readProfileBytes): what a worker does. */
export function checkFile(target: FileTarget, file: FileCheck, batch: BatchCheck): CheckedFile {
  let text: string;
  try {
    text = loadFile(target.absolute, batch.maxFileSize);
  } catch (error) {
    return { result: ioFailureResult(target, error) };
  }
  return checkText(target.path, text, file, batch);
}

/** Checks (and with `batch.fix`, fixes in memory) the text of one file. */
function checkText(path: string, text: string, file: FileCheck, batch: BatchCheck): CheckedFile {
  const lintOptions = { path, rules: PROFILE_RULES, ...file.settings, ...(file.node ? { node: file.node } : {}) };
  try {
    return { result: keptForReport(checkAndFix(text, (t) => lintProfile(t, lintOptions), batch.fix)) };
  } catch (error) {
    const crash = error instanceof Error ? error.stack : undefined;
    return { result: internalErrorResult(path, error), ...(crash ? { crash } : {}) };
  }
}
