import { diffWordsWithSpace, type Change } from 'diff';
import type { Diagnostic } from '../../core/diagnostic.js';
import { fixDiff } from '../../diagnose/fix-diff.js';
import { escapeHtml } from './escape.js';

/**
 * A unified diff with its removed lines in <del> and its added lines in <ins>, as a
 * <pre class="fix-diff">. A profile file is one long line, so in a line replaced by another the
 * words that changed are marked as well: otherwise the change is hard to find in the line.
 */
export function diffHtml(diff: string): string {
  // A carriage return shows as its symbol: the page would turn a raw one into a line break.
  const lines = diff.replaceAll('\r', '\u240d').trimEnd().split('\n');
  const out: string[] = [];
  let inHunk = false;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    inHunk ||= line.startsWith('@@');
    if (!inHunk) {
      out.push(`<span class="file-line">${escapeHtml(line)}</span>`);
      i++;
    } else if (line.startsWith('-') || line.startsWith('+')) {
      const removed = run(lines, i, '-');
      const added = run(lines, i + removed.length, '+');
      out.push(...changedLines(removed, added));
      i += removed.length + added.length;
    } else {
      out.push(line.startsWith('@@') ? `<span class="hunk">${escapeHtml(line)}</span>` : escapeHtml(line));
      i++;
    }
  }
  return `<pre class="fix-diff">${out.join('\n')}</pre>`;
}

/** The lines from `start` on that begin with `sign`, without it. */
function run(lines: readonly string[], start: number, sign: string): string[] {
  const found: string[] = [];
  for (let i = start; i < lines.length && lines[i]!.startsWith(sign); i++) found.push(lines[i]!.slice(1));
  return found;
}

/** Removed and added lines; when they pair up one to one, each pair with its changed words marked. */
function changedLines(removed: readonly string[], added: readonly string[]): string[] {
  if (removed.length !== added.length) {
    return [...removed.map((l) => `<del>-${escapeHtml(l)}</del>`), ...added.map((l) => `<ins>+${escapeHtml(l)}</ins>`)];
  }
  const pairs = removed.map((before, k) => diffWordsWithSpace(before, added[k]!));
  const side = (changes: readonly Change[], kept: 'removed' | 'added'): string =>
    changes
      .filter((c) => !(kept === 'removed' ? c.added : c.removed))
      .map((c) => (c.added || c.removed ? `<b class="change">${escapeHtml(c.value)}</b>` : escapeHtml(c.value)))
      .join('');
  return [...pairs.map((p) => `<del>-${side(p, 'removed')}</del>`), ...pairs.map((p) => `<ins>+${side(p, 'added')}</ins>`)];
}

/**
 * What to do about a finding: its fix, labelled safe or unsafe, with the diff of applying that
 * one fix to the file's text; or its suggestion. Empty when it has neither.
 */
export function remedyHtml(path: string, source: string, d: Diagnostic): string {
  const parts: string[] = [];
  if (d.fix) {
    parts.push(remedy(d.fix.safe ? 'fix' : 'unsafe fix', d.fix.description));
    const shown = source === '' ? undefined : fixDiff(path, source, [d]);
    if (shown) parts.push(diffHtml(shown.diff));
  }
  if (d.suggestion) parts.push(remedy('suggestion', d.suggestion));
  return parts.join('\n');
}

function remedy(label: string, text: string): string {
  return `<p class="remedy"><span class="remedy-label">${label}:</span> ${escapeHtml(text)}</p>`;
}
