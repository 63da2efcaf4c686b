import { PlaceCounts, type Place } from './counts.js';
import type { RunCounts } from './findings.js';

/** Baseline findings that no longer occur. */
export interface Stale {
  readonly place: Place;
  readonly recorded: number;
  /** How many of the recorded findings the run no longer finds. */
  readonly gone: number;
  /** The file itself no longer exists. */
  readonly fileGone: boolean;
}

/**
 * The baseline findings that no longer occur: at a file the run judged, those above what it
 * found; of a file that no longer exists (renamed or deleted), all. `missingFiles` are the
 * entries of the baseline whose files do not exist.
 */
export function staleEntries(baseline: PlaceCounts, run: RunCounts, missingFiles: ReadonlySet<string>): Stale[] {
  const stale: Stale[] = [];
  for (const { place, count } of baseline.entries()) {
    if (run.judged.has(place.path)) {
      const found = run.counts.get(place);
      if (found < count) stale.push({ place, recorded: count, gone: count - found, fileGone: false });
    } else if (missingFiles.has(place.path)) {
      stale.push({ place, recorded: count, gone: count, fileGone: true });
    }
  }
  return stale;
}

/** `--prune-baseline`: the baseline without its stale findings; it never records more than before. */
export function prunedBaseline(baseline: PlaceCounts, stale: readonly Stale[]): PlaceCounts {
  const pruned = new PlaceCounts();
  for (const { place, count } of baseline.entries()) pruned.add(place, count);
  for (const s of stale) pruned.add(s.place, -s.gone);
  return pruned;
}

/**
 * `--update-baseline`: what the run found, for the files it judged; the baseline's entries for the
 * files it did not judge stay, unless those files no longer exist.
 */
export function updatedBaseline(baseline: PlaceCounts, run: RunCounts, missingFiles: ReadonlySet<string>): PlaceCounts {
  const updated = new PlaceCounts();
  for (const { place, count } of baseline.entries()) {
    if (!run.judged.has(place.path) && !missingFiles.has(place.path)) updated.add(place, count);
  }
  for (const { place, count } of run.counts.entries()) updated.add(place, count);
  return updated;
}
