import type { Pair, ProfileDocument } from '../../parse/profile/document.js';
import { pairsByKey } from './pairs-by-key.js';

/**
 * The first pair with this key. A repeated attribute is the duplicate-attribute rule's finding;
 * the other rules read the first occurrence so that a duplicate does not multiply their findings.
 */
export function firstPair(document: ProfileDocument, key: string): Pair | undefined {
  return pairsByKey(document).get(key)?.[0];
}
