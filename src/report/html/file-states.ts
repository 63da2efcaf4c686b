import type { Diagnostic } from '../../core/diagnostic.js';
import { IO_RULE_ID } from '../../read/io-result.js';
import type { FileState } from './cluster-map.js';

/** Worst first: a file that could not be read says least, so it wins over any finding. */
const ORDER: readonly FileState[] = ['unread', 'error', 'warning', 'info', 'clean'];

/** A file's state for the cluster map from the findings of one of its checks. */
function fileState(diagnostics: readonly Diagnostic[]): FileState {
  if (diagnostics.some((d) => d.ruleId === IO_RULE_ID)) return 'unread';
  return ORDER.find((state) => diagnostics.some((d) => d.severity === state)) ?? 'clean';
}

/**
 * Each path's worst state over all its checks (one file may be checked for several nodes); a path
 * that was not checked at all is `unread`.
 */
export function fileStates(checks: Iterable<{ readonly path: string; readonly diagnostics: readonly Diagnostic[] }>): (path: string) => FileState {
  const states = new Map<string, FileState>();
  for (const check of checks) {
    const state = fileState(check.diagnostics);
    const known = states.get(check.path);
    if (known === undefined || ORDER.indexOf(state) < ORDER.indexOf(known)) states.set(check.path, state);
  }
  return (path) => states.get(path) ?? 'unread';
}
