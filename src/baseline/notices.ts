import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { plural } from '../report/plural.js';
import { WHOLE_FILE, type Place, type PlaceCounts } from './counts.js';
import type { Exceeded } from './match.js';
import type { BaselinePaths } from './paths.js';
import type { Stale } from './revise.js';

/*
 * What the baseline did, as lines for standard error: the report formats stay as they are (a JSON
 * or SARIF report on standard output stays parseable), and a person running the check still reads
 * why fewer problems are shown than the files have.
 */

const notice = (text: string): string => `lparlint: ${text}`;

/** "20 problems not shown: known in the baseline B (19 errors, 1 warning)." */
export function knownNotice(known: readonly Diagnostic[], baselineFile: string): string[] {
  if (known.length === 0) return [];
  const count = (severity: Severity): number => known.filter((d) => d.severity === severity).length;
  const kinds = [plural(count('error'), 'error'), plural(count('warning'), 'warning')];
  return [notice(`${plural(known.length, 'problem')} not shown: known in the baseline ${baselineFile} (${kinds.join(', ')}).`)];
}

/** One line per place with more findings than recorded: all of them are shown, and why. */
export function exceededNotices(exceeded: readonly Exceeded[], paths: BaselinePaths): string[] {
  return exceeded.map(
    (e) =>
      notice(`${paths.shown(e.place.path)}: ${placeName(e.place)}: ${e.found} found, ${e.recorded} in the baseline; ` +
      `all ${e.found} are shown, as a count cannot tell which are new.`),
  );
}

/** The findings the baseline records that no longer occur, one line each, after a line saying what to do. */
export function staleNotices(stale: readonly Stale[], paths: BaselinePaths, baselineFile: string): string[] {
  if (stale.length === 0) return [];
  const total = stale.reduce((n, s) => n + s.gone, 0);
  return [
    notice(`the baseline ${baselineFile} records ${plural(total, 'problem')} that no longer ${total === 1 ? 'occurs' : 'occur'}; remove ${total === 1 ? 'it' : 'them'} with --prune-baseline:`),
    ...stale.map((s) => {
      const why = s.fileGone ? ', the file no longer exists' : s.gone < s.recorded ? ` of ${s.recorded}` : '';
      return `  ${paths.shown(s.place.path)}: ${placeName(s.place)}: ${s.gone}${why}`;
    }),
  ];
}

/** What --update-baseline or --prune-baseline did to the file. */
export function writtenNotice(mode: 'update' | 'prune', written: boolean, next: PlaceCounts, removed: number, baselineFile: string): string {
  if (mode === 'prune') {
    return removed === 0
      ? notice(`the baseline ${baselineFile} has nothing to prune.`)
      : notice(`removed ${plural(removed, 'problem')} that no longer ${removed === 1 ? 'occurs' : 'occur'} from the baseline ${baselineFile}.`);
  }
  const files = new Set(next.entries().map((e) => e.place.path)).size;
  const held = `${plural(next.total, 'problem')} in ${plural(files, 'file')}`;
  return notice(written ? `wrote the baseline ${baselineFile}: ${held}.` : `the baseline ${baselineFile} is up to date: ${held}.`);
}

/** "vios-name at virtual_fc_adapters", or "syntax (whole file)". */
function placeName(place: Place): string {
  return place.attribute === WHOLE_FILE ? `${place.rule} (whole file)` : `${place.rule} at ${place.attribute}`;
}
