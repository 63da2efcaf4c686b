import { LineIndex } from '../core/span.js';
import type { ProfileDocument } from '../parse/profile/document.js';
import { parseProfile } from '../parse/profile/parse.js';
import { InputError } from '../read/input-error.js';

/** One object of saved `lssyscfg` output: a partition or a profile. */
export interface OutputRecord {
  /** The 1-based line the record starts on, for messages. */
  readonly line: number;
  readonly document: ProfileDocument;
}

/** What `lssyscfg` prints when nothing matches its filter (hmc-attributes.md §1.5). */
const NO_RESULTS = 'No results were found.';

/**
 * A line end that ends a record: one not preceded by a `\` (a record copied from the
 * documentation, whose lines end in `\`, continues on the next line).
 */
const RECORD_END = /(?<!\\[ \t]*)\r?\n/;

/**
 * Reads saved `lssyscfg -r lpar` or `-r prof` output: one record per line, as the HMC prints
 * them without `-F`. Blank lines and `#` lines (a note of when and how it was captured) are
 * skipped, as in inventory HMC output. `what` names the input in messages (`--lpar LPAR.txt`) and
 * `command` is the HMC command that makes it. Throws InputError when the output holds no record
 * or a record cannot be read: generating from half-read output would drop attributes silently.
 */
export function readLssyscfgOutput(text: string, what: string, command: string): OutputRecord[] {
  const records: OutputRecord[] = [];
  let line = 1;
  for (const piece of text.replace(/^\uFEFF/, '').split(RECORD_END)) {
    const content = piece.trim();
    const startLine = line;
    line += (piece.match(/\n/g) ?? []).length + 1;
    if (content === '' || content.startsWith('#')) continue;
    if (content === NO_RESULTS) {
      throw new InputError(`${what}: the HMC found nothing ("${NO_RESULTS}" on line ${startLine}); check the names in the filter of ${command} and capture it again`);
    }
    const document = parseProfile(piece);
    const issue = document.syntaxErrors[0];
    if (issue) {
      const at = new LineIndex(piece).position(issue.span.start);
      throw new InputError(
        `${what}: line ${startLine + at.line - 1}, column ${at.column}: ${issue.message}; expected the output of ${command}, saved as the HMC prints it (without -F)`,
      );
    }
    records.push({ line: startLine, document });
  }
  if (records.length === 0) throw new InputError(`${what}: holds no record; expected the output of ${command}`);
  return records;
}
