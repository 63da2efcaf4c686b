/**
 * Edit distance with adjacent transpositions (optimal string alignment, Damerau 1964): a swapped
 * pair of letters is the commonest typo in a hand-edited key and should cost one, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

export interface NearestNames {
  /** The candidates at the smallest distance, in the candidates' order; empty when none is close. */
  readonly names: readonly string[];
  /** Their distance from the name; Infinity when none is close. */
  readonly distance: number;
}

/**
 * The known names closest to `name`, ignoring case. A name counts as close when at most a third of
 * its characters (at least one) must change: `min_memory` → `min_mem` (3 of 10), but two short
 * unrelated names such as `lpar` and `name` are not offered as each other.
 */
export function nearestNames(name: string, candidates: Iterable<string>): NearestNames {
  const wanted = name.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let names: string[] = [];
  let distance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(wanted, candidate.toLowerCase());
    if (d > limit || d > distance) continue;
    if (d < distance) {
      distance = d;
      names = [];
    }
    names.push(candidate);
  }
  return { names, distance };
}
