import { diagnoseJson } from './json.js';
import type { DiagnoseFormatter } from './report.js';
import { diagnoseStylish } from './stylish.js';

/** Every output format of `diagnose` by its `--format` name: the same names as `check`'s. */
export const DIAGNOSE_FORMATTERS: ReadonlyMap<string, DiagnoseFormatter> = new Map([
  ['stylish', diagnoseStylish],
  ['json', diagnoseJson],
]);
