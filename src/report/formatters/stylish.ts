import { Chalk, type ChalkInstance } from 'chalk';
import { LineIndex } from '../../core/span.js';
import { fileOwner } from '../file-owner.js';
import { findingLines, findingWidths } from '../finding-lines.js';
import type { Formatter } from '../formatter.js';
import { plural } from '../plural.js';
import type { FileFix } from '../../lint/lint-profile.js';
import type { Report, Summary } from '../report.js';

/**
 * The default human format, after ESLint's `stylish`, with the code frame that ESLint lacks:
 * profile files are one line of many hundred characters, so "1:912" alone would not help.
 *
 *   path  (resource on node, in a cluster audit)
 *     line:column  severity  message  rule-id
 *       excerpt of the line, cut around the range
 *       marker under the range
 *       fix / suggestion lines
 *
 * then one summary line.
 */
export const stylish: Formatter = (report, context) => {
  const paint = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0 && !file.fix) continue;
    // In a cluster audit the same file can be checked for several nodes: say which one.
    const owner = fileOwner(file);
    out.push(paint.underline(file.path) + (owner ? paint.dim(`  (${owner})`) : ''));
    if (file.fix) out.push(`  ${paint.bold(fixStatus(file.fix))}`);
    const lines = new LineIndex(file.source);
    const widths = findingWidths(file.diagnostics);
    for (const d of file.diagnostics) out.push(...findingLines(d, lines, paint, widths), '');
  }
  out.push(summaryLine(report.summary, paint));
  const fixable = fixableLine(report, paint);
  if (fixable) out.push(fixable);
  return out.join('\n') + '\n';
};

function fixStatus(fix: FileFix): string {
  if (fix.reason) return fix.applied > 0 ? `${plural(fix.applied, 'fix')} applied, ${fix.reason}` : fix.reason;
  return fix.written ? `${plural(fix.applied, 'fix')} applied and written` : `${plural(fix.applied, 'fix')} applied (dry run, nothing written)`;
}

/** "3 fixable with --fix, 1 more with --fix-unsafe": what a fix run would still do. */
function fixableLine(report: Report, paint: ChalkInstance): string | undefined {
  const all = report.files.flatMap((f) => f.diagnostics);
  const safe = all.filter((d) => d.fix?.safe).length;
  const unsafe = all.filter((d) => d.fix && !d.fix.safe).length;
  if (safe + unsafe === 0) return undefined;
  const parts = [];
  if (safe > 0) parts.push(`${safe} fixable with --fix`);
  if (unsafe > 0) parts.push(`${unsafe} ${safe > 0 ? 'more ' : ''}with --fix-unsafe (review those)`);
  return paint.dim(`  ${parts.join(', ')}`);
}

function summaryLine(summary: Summary, paint: ChalkInstance): string {
  const problems = summary.errors + summary.warnings + summary.infos;
  if (problems === 0) return paint.green(`✔ No problems found (${plural(summary.files, 'file')} checked).`);
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')];
  if (summary.infos > 0) counts.push(`${summary.infos} info`);
  const colour = summary.errors > 0 ? paint.red : summary.warnings > 0 ? paint.yellow : paint.cyan;
  // Info findings alone do not fail a run, so they do not get the failure mark.
  const mark = summary.errors + summary.warnings > 0 ? '✖' : 'ℹ';
  return colour.bold(`${mark} ${plural(problems, 'problem')} (${counts.join(', ')})`);
}
