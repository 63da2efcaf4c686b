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
 * result says what remains. While the text has syntax errors only character fixes are applied.
 */
export function fixProfile(source: string, check: (text: string) => FileResult, mode: FixMode, first = check(source)): FixOutcome {
  let text = source;
  let result = first;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = usableFixes(result, mode);
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
 * Rules whose fixes replace characters where they stand (a typographic quote, a carriage return, a
 * byte-order mark), whatever the parser made of the text around them. They stay right in a file
 * with syntax errors, and are often what caused them: a list in typographic quotes is read as
 * pieces without "=".
 */
const CHARACTER_FIX_RULES: ReadonlySet<string> = new Set(['encoding']);

function hasSyntaxErrors(result: FileResult): boolean {
  return result.diagnostics.some((d) => d.ruleId === SYNTAX_RULE && d.severity === 'error');
}

/** The fixes to apply to `result` now: all wanted ones, or with syntax errors only character fixes. */
function usableFixes(result: FileResult, mode: FixMode): Fix[] {
  const blocked = hasSyntaxErrors(result);
  return result.diagnostics.filter((d) => wanted(d.fix, mode) && (!blocked || CHARACTER_FIX_RULES.has(d.ruleId))).map((d) => d.fix!);
}

/**
 * Checks a file and, when `mode` is set, fixes it in memory: the result then describes the fixed
 * text and carries what was done in `fix`. Where syntax errors remain after the character fixes, a
 * fix held back could change the wrong text, so the file is left as it was, with the reason.
 */
export function checkAndFix(source: string, check: (text: string) => FileResult, mode: FixMode | undefined): FileResult {
  const first = check(source);
  if (!mode || !first.diagnostics.some((d) => wanted(d.fix, mode))) return first;
  const outcome = fixProfile(source, check, mode, first);
  if (hasSyntaxErrors(outcome.result) && outcome.result.diagnostics.some((d) => wanted(d.fix, mode))) {
    const reason = 'not fixed: the file has syntax errors, so a fix could change the wrong text; correct those first';
    return { ...first, fix: { original: source, before: first.diagnostics, applied: 0, written: false, reason } };
  }
  return { ...outcome.result, fix: { original: source, before: first.diagnostics, applied: outcome.applied, written: false } };
}
