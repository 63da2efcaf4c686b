import type { Pair, ProfileDocument } from '../../parse/profile/document.js';

/**
 * Several rules look pairs up by key in the same document, one rule after the other: the groups of
 * the last document asked about are kept and shared (a parsed document is never changed). One
 * entry, not a WeakMap per document: weak entries for every file of a batch cost the GC more than
 * the grouping saves.
 */
let last: { readonly document: ProfileDocument; readonly groups: ReadonlyMap<string, readonly Pair[]> } | undefined;

/**
 * The record's pairs grouped by key, each group in file order, so the first entry of a group is
 * the first occurrence. Keys are compared exactly: the HMC's attribute names are lower case, and a
 * differently cased key is an unknown attribute, not a repeat.
 */
export function pairsByKey(document: ProfileDocument): ReadonlyMap<string, readonly Pair[]> {
  if (last?.document !== document) last = { document, groups: groupPairs(document.pairs) };
  return last.groups;
}

function groupPairs(pairs: readonly Pair[]): ReadonlyMap<string, readonly Pair[]> {
  const groups = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const group = groups.get(pair.key);
    if (group) group.push(pair);
    else groups.set(pair.key, [pair]);
  }
  return groups;
}
