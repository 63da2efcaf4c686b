import { compactLine } from '../finding-text.js';
import type { Formatter } from '../formatter.js';

/**
 * One line per finding, `path:line:column: severity message [rule-id]`, for editors' error lists
 * (Vim's quickfix, Emacs' compilation mode) and for grep. Nothing else: a clean run prints nothing.
 */
export const compact: Formatter = (report) =>
  report.files.flatMap((file) => file.diagnostics.map((d) => compactLine(file.path, d) + '\n')).join('');
