import type { Fix } from '../core/diagnostic.js';
import type { FileResult } from '../lint/lint-profile.js';
import { applyFixes } from './apply.js';

/** Which fixes to apply: `safe` for --fix, `unsafe` for --fix-unsafe (safe ones included). */
export type FixMode = 'safe' | 'unsafe';

/** At most this many passes: fixes that keep changing each other's text stop here. */
export const MAX_PASSES = 10;

export interface FixOutcome {
  /** The file after the fixes; equal to the input when nothing applied. */
  readonly output: string;
  /** The findings of `output`: what remains. */
  readonly result: FileResult;
  /** How many fixes were applied over all passes. */
  readonly applied: number;
}

export function wanted(fix: Fix | undefined, mode: FixMode): fix is Fix {
  return fix !== undefined && (fix.safe || mode === 'unsafe');
}

/**
 * Applies fixes in passes until nothing changes (ESLint's loop): check, apply what does not
 * collide, check again. `check` is the same check the file got, node context included, so the
 * result says what remains.
 */
export function fixProfile(source: string, check: (text: string) => FileResult, mode: FixMode, first = check(source)): FixOutcome {
  let text = source;
  let result = first;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = result.diagnostics.map((d) => d.fix).filter((f): f is Fix => wanted(f, mode));
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes);
    if (next.text === text) break;
    text = next.text;
    applied += next.applied.length;
    result = check(text);
  }
  return { output: text, result, applied };
}

/** Rule id whose findings make a fix ambiguous: the parser had to guess where pairs and values are. */
const SYNTAX_RULE = 'syntax';

/**
 * Checks a file and, when `mode` is set, fixes it in memory: the result then describes the fixed
 * text and carries what was done in `fix`. A file with syntax errors is not fixed: where the parser
 * had to guess, an edit could change the wrong text.
 */
export function checkAndFix(source: string, check: (text: string) => FileResult, mode: FixMode | undefined): FileResult {
  const first = check(source);
  if (!mode || !first.diagnostics.some((d) => wanted(d.fix, mode))) return first;
  if (first.diagnostics.some((d) => d.ruleId === SYNTAX_RULE && d.severity === 'error')) {
    const reason = 'not fixed: the file has syntax errors, so a fix could change the wrong text; correct those first';
    return { ...first, fix: { original: source, applied: 0, written: false, reason } };
  }
  const outcome = fixProfile(source, check, mode, first);
  return { ...outcome.result, fix: { original: source, applied: outcome.applied, written: false } };
}
