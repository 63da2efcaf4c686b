import { FORMATTERS } from '../formatters/index.js';
import type { DiagnoseFormatter } from './report.js';

/** The formats that `diagnose` shares with `check`: they render the failures as a check report (as-check-report.ts). */
const CI_FORMATS = ['sarif', 'junit', 'github', 'compact'] as const;

async function asCheckReport(name: (typeof CI_FORMATS)[number]): Promise<DiagnoseFormatter> {
  const [format, { diagnoseAsReport }] = await Promise.all([FORMATTERS.get(name)!(), import('./as-check-report.js')]);
  return (report, context) => format(diagnoseAsReport(report), context);
}

/**
 * Every output format of `diagnose` by its `--format` name: the same names as `check`'s. Each
 * entry loads its module when the format is chosen, as `check`'s formats do.
 */
export const DIAGNOSE_FORMATTERS: ReadonlyMap<string, () => Promise<DiagnoseFormatter>> = new Map([
  ['stylish', async () => (await import('./stylish.js')).diagnoseStylish],
  ['json', async () => (await import('./json.js')).diagnoseJson],
  ['html', async () => (await import('./html.js')).diagnoseHtml],
  ...CI_FORMATS.map((name) => [name, () => asCheckReport(name)] as const),
]);
