import type { Diagnostic } from '../core/diagnostic.js';
import type { FileResult } from '../lint/lint-profile.js';
import type { Target } from './discover.js';
import { UnreadableFileError } from './unreadable-file.js';

/** The rule id of findings about files that could not be read; not a rule, so `--rule` cannot set it. */
export const IO_RULE_ID = 'io';

/**
 * The result for a target that could not be read: one error at line 1, column 1, so one bad file
 * shows up in the report (and fails the run) without stopping the rest of the batch.
 */
export function ioFailureResult(target: Target, error: unknown): FileResult {
  const what = target.kind === 'unlisted-directory' ? 'directory' : 'file';
  const { reason, suggestion } = explainReadError(error, what);
  const diagnostic = fileDiagnostic(IO_RULE_ID, `Cannot read this ${what}: ${reason}.`, suggestion);
  return { path: target.path, source: '', diagnostics: [diagnostic] };
}

/** Why a file could not be read, in plain words, and what to do about it. */
export function explainReadError(error: unknown, what: string): { reason: string; suggestion?: string } {
  if (error instanceof UnreadableFileError) return { reason: error.reason, suggestion: error.suggestion };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return {
        reason: 'permission denied',
        suggestion: `Give the user running lparlint read access to the ${what} (check its owner and mode), or run lparlint as a user who can read it.`,
      };
    case 'ENOENT':
      return {
        reason: 'it does not exist',
        suggestion: 'If it is a symbolic link, point it at the profile file again or delete it; otherwise it was removed while lparlint ran.',
      };
    case 'ELOOP':
      return { reason: 'its symbolic links form a loop', suggestion: 'Point the link at the profile file itself.' };
    case 'EISDIR':
      return { reason: 'it is a directory' };
    default:
      return { reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The rule id of a finding about a file lparlint itself failed on (a bug): not a rule either. */
export const INTERNAL_RULE_ID = 'internal';

/** The result for a file whose check crashed: one error at 1:1, so the batch goes on and the run fails. */
export function internalErrorResult(path: string, error: unknown): FileResult {
  const diagnostic = fileDiagnostic(
    INTERNAL_RULE_ID,
    `lparlint failed while checking this file (internal error: ${error instanceof Error ? error.message : String(error)}); the other files were checked.`,
    'Please report it with this file and the output of the same command with --debug, which adds the stack trace.',
  );
  return { path, source: '', diagnostics: [diagnostic] };
}

/** An error about a file as a whole (not a rule's finding), at line 1, column 1. */
export function fileDiagnostic(ruleId: string, message: string, suggestion?: string): Diagnostic {
  return {
    ruleId,
    severity: 'error',
    message,
    attribute: null,
    span: { start: 0, end: 0 },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(suggestion ? { suggestion } : {}),
  };
}
