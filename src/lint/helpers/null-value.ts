import type { Pair } from '../../parse/profile/document.js';

/**
 * `lssyscfg -r prof` prints `null` for settings that do not apply (huge pages, error reporting;
 * hmc-attributes.md §3). The null-value rule reports such a pair; rules that read values skip it.
 */
export function isNullValue(pair: Pair): boolean {
  return pair.value === 'null';
}
