import type { Diagnostic } from '../core/diagnostic.js';

/**
 * The plain-text pieces of a finding that the CI formats (compact, github, junit, sarif) share,
 * so that all of them word a finding alike.
 */

/** Line breaks and the blanks around them become one blank: for formats that are one line per finding. */
export function singleLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** `fix: …`, `unsafe fix: …` or `suggestion: …`, as the stylish report labels them; none when the finding has neither. */
export function remedyLines(d: Diagnostic): string[] {
  const lines: string[] = [];
  if (d.fix) lines.push(`${d.fix.safe ? 'fix' : 'unsafe fix'}: ${d.fix.description}`);
  if (d.suggestion) lines.push(`suggestion: ${d.suggestion}`);
  return lines;
}

/** The message, then the fix or suggestion on lines of their own: the whole text of a finding. */
export function findingText(d: Diagnostic): string {
  return [d.message, ...remedyLines(d)].join('\n');
}

/** `path:line:column: severity message [rule-id]`, the line that editors and grep take. */
export function compactLine(path: string, d: Diagnostic): string {
  return `${path}:${d.line}:${d.column}: ${d.severity} ${singleLine(d.message)} [${d.ruleId}]`;
}
