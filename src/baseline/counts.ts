/**
 * Where the baseline counts a finding: its file (relative to the baseline file's folder, with
 * `/`), its rule and the attribute it is about. Positions are left out on purpose: a profile file
 * is one line, so any edit moves every column after it, while the attribute a finding is about
 * stays put; counting per attribute also tells a new finding of a rule from a fixed one elsewhere.
 */
export interface Place {
  readonly path: string;
  readonly rule: string;
  readonly attribute: string;
}

/** The attribute key of findings about the file or record as a whole (`attribute: null`). */
export const WHOLE_FILE = '(file)';

/** How many findings there are at each place. */
export class PlaceCounts {
  private readonly byId = new Map<string, { readonly place: Place; count: number }>();

  add(place: Place, count = 1): void {
    const id = placeId(place);
    const entry = this.byId.get(id);
    if (entry) entry.count += count;
    else this.byId.set(id, { place, count });
  }

  get(place: Place): number {
    return this.byId.get(placeId(place))?.count ?? 0;
  }

  /** Every place with its count, sorted by path, then rule, then attribute (code-unit order, whatever the locale). */
  entries(): { readonly place: Place; readonly count: number }[] {
    return [...this.byId.values()].filter((e) => e.count > 0).sort((a, b) => comparePlaces(a.place, b.place));
  }

  get total(): number {
    return this.entries().reduce((n, e) => n + e.count, 0);
  }
}

function placeId(place: Place): string {
  // JSON keeps the three parts apart whatever characters they hold.
  return JSON.stringify([place.path, place.rule, place.attribute]);
}

function comparePlaces(a: Place, b: Place): number {
  return compareText(a.path, b.path) || compareText(a.rule, b.rule) || compareText(a.attribute, b.attribute);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
