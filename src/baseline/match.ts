import type { Diagnostic } from '../core/diagnostic.js';
import type { FileResult } from '../lint/lint-profile.js';
import type { Place, PlaceCounts } from './counts.js';
import { isRecorded, placeOf, type RunCounts } from './findings.js';
import type { BaselinePaths } from './paths.js';

/** A place with more findings than the baseline records (and at least one recorded). */
export interface Exceeded {
  readonly place: Place;
  readonly found: number;
  readonly recorded: number;
}

export interface Matched {
  /** The results without the known findings: what the report shows and the exit code counts. */
  readonly results: FileResult[];
  /** The known findings left out. */
  readonly known: Diagnostic[];
  readonly exceeded: Exceeded[];
}

/**
 * Splits the findings into known and new, as ESLint's bulk suppressions do: at a place where the
 * run finds no more findings than the baseline records, all of them are known; where it finds
 * more, all of them are new, since a count cannot say which ones were added.
 */
export function matchBaseline(results: readonly FileResult[], baseline: PlaceCounts, run: RunCounts, paths: BaselinePaths): Matched {
  const known: Diagnostic[] = [];
  const isKnown = (place: Place): boolean => run.counts.get(place) <= baseline.get(place);
  const kept = results.map((result) => {
    const entry = paths.entry(result.path);
    const diagnostics = result.diagnostics.filter((d) => {
      const hide = run.judged.has(entry) && isRecorded(d) && isKnown(placeOf(entry, d));
      if (hide) known.push(d);
      return !hide;
    });
    return diagnostics.length === result.diagnostics.length ? result : { ...result, diagnostics };
  });
  const exceeded = run.counts
    .entries()
    .filter(({ place, count }) => run.judged.has(place.path) && baseline.get(place) > 0 && count > baseline.get(place))
    .map(({ place, count }) => ({ place, found: count, recorded: baseline.get(place) }));
  return { results: kept, known, exceeded };
}
