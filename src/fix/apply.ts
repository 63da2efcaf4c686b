import type { Fix, TextEdit } from '../core/diagnostic.js';

export interface Applied {
  readonly text: string;
  /** The fixes whose edits are in `text`. */
  readonly applied: readonly Fix[];
}

/**
 * Applies the fixes that do not collide, in the order of their first edit; a fix whose edits
 * overlap one already taken waits for the next pass (after re-checking, its finding may be gone or
 * its edits moved). Two insertions at one offset collide too: their order would be a guess.
 */
export function applyFixes(source: string, fixes: readonly Fix[]): Applied {
  const ordered = [...fixes].filter((f) => f.edits.length > 0).sort((a, b) => firstStart(a) - firstStart(b));
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (const fix of ordered) {
    if (fix.edits.some((e) => taken.some((t) => collide(e, t)) || fix.edits.some((o) => o !== e && collide(e, o)))) continue;
    taken.push(...fix.edits);
    applied.push(fix);
  }
  taken.sort((a, b) => b.span.start - a.span.start);
  let text = source;
  for (const edit of taken) text = text.slice(0, edit.span.start) + edit.text + text.slice(edit.span.end);
  return { text, applied };
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.span.start));
}

function collide(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end)) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
