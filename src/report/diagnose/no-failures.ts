import { plural } from '../plural.js';
import type { DiagnoseReport } from './report.js';

/** What every human diagnose format says when the logs hold no failure: and what to check when nothing was read. */
export function noFailuresText(report: DiagnoseReport): string {
  const read =
    report.records === 0
      ? 'no VCS messages read: check the file, and the --since, --until and --resource filters'
      : `${plural(report.records, 'message')} read`;
  return `No failed operations in ${report.logs.join(', ')} (${read}).`;
}
