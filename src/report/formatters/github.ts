import type { Severity } from '../../core/diagnostic.js';
import { findingText } from '../finding-text.js';
import type { Formatter } from '../formatter.js';

/** GitHub's annotation commands by severity; GitHub has no "info", its lowest level is "notice". */
const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
 * changed files and the run's summary:
 *
 *   ::error file=path,line=1,col=964,endLine=1,endColumn=975,title=lparlint vios-name::message
 *
 * GitHub shows only the first few annotations of a step, so in GitHub Actions lparlint prints the
 * stylish report too. Columns are left out of a range over several lines, as GitHub requires.
 */
export const github: Formatter = (report) =>
  report.files
    .flatMap((file) =>
      file.diagnostics.map((d) => {
        const sameLine = d.line === d.endLine;
        const properties = [
          `file=${escapeProperty(file.path)}`,
          `line=${d.line}`,
          ...(sameLine ? [`col=${d.column}`] : []),
          `endLine=${d.endLine}`,
          ...(sameLine ? [`endColumn=${d.endColumn}`] : []),
          `title=${escapeProperty(`lparlint ${d.ruleId}`)}`,
        ];
        return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(findingText(d))}\n`;
      }),
    )
    .join('');

/** The escaping of actions/toolkit (`packages/core/src/command.ts`) for a command's message. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** The same for a property value, where ":" and "," would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
