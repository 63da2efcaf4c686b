import type { Diagnostic } from '../core/diagnostic.js';
import type { FileResult } from '../lint/lint-profile.js';
import { IO_RULE_ID } from '../read/io-result.js';
import { PlaceCounts, WHOLE_FILE, type Place } from './counts.js';
import type { BaselinePaths } from './paths.js';

/**
 * Whether the baseline records a finding: those that can fail a run, errors and (through
 * --max-warnings) warnings. Info findings never fail a run, so there is nothing to accept. A file
 * that could not be read or written (`io`) is a fault of the machine, not of the file, and must
 * fail every run until it is mended.
 */
export function isRecorded(d: Diagnostic): boolean {
  return d.severity !== 'info' && d.ruleId !== IO_RULE_ID;
}

export function placeOf(entry: string, d: Diagnostic): Place {
  return { path: entry, rule: d.ruleId, attribute: d.attribute ?? WHOLE_FILE };
}

/** What a run found, as the baseline counts it. */
export interface RunCounts {
  readonly counts: PlaceCounts;
  /** The baseline entries (file paths) of every result, read or not. */
  readonly checked: ReadonlySet<string>;
  /**
   * The baseline entries (file paths) whose findings this run knows in full: the files checked and
   * read. The baseline's other entries are neither matched nor judged stale, so checking some of
   * the files, or a file that could not be read, does not make the rest of the baseline look fixed.
   */
  readonly judged: ReadonlySet<string>;
}

/**
 * Counts the recorded findings of every result by place. A file checked for several nodes (one
 * ProfileFile shared by nodes of a cluster) adds up its findings over all of them.
 */
export function countRun(results: readonly FileResult[], paths: BaselinePaths): RunCounts {
  const counts = new PlaceCounts();
  const judged = new Set<string>();
  const unreadable = new Set<string>();
  for (const result of results) {
    const entry = paths.entry(result.path);
    if (result.diagnostics.some((d) => d.ruleId === IO_RULE_ID)) unreadable.add(entry);
    judged.add(entry);
    for (const d of result.diagnostics) if (isRecorded(d)) counts.add(placeOf(entry, d));
  }
  const checked = new Set(judged);
  for (const entry of unreadable) judged.delete(entry);
  return { counts, checked, judged };
}
