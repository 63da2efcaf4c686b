import type { Pair, ProfileDocument } from '../../parse/profile/document.js';

/**
 * The record's pairs grouped by key, each group in file order, so the first entry of a group is
 * the first occurrence. Keys are compared exactly: the HMC's attribute names are lower case, and a
 * differently cased key is an unknown attribute, not a repeat.
 */
export function pairsByKey(document: ProfileDocument): ReadonlyMap<string, readonly Pair[]> {
  const groups = new Map<string, Pair[]>();
  for (const pair of document.pairs) {
    const group = groups.get(pair.key);
    if (group) group.push(pair);
    else groups.set(pair.key, [pair]);
  }
  return groups;
}
