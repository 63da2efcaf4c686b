/**
 * Sets of UTF-16 code units, as the regex analysis needs them: which characters a part of a
 * pattern can consume, and whether two such sets share a character. Without the `u` flag a
 * JavaScript regular expression matches code units, so 0..0xFFFF is the whole alphabet.
 */

/** Sorted, disjoint, non-adjacent inclusive ranges `[low, high]`. */
export type CharSet = readonly (readonly [number, number])[];

const MAX = 0xffff;

export const EMPTY: CharSet = [];
export const ANY: CharSet = [[0, MAX]];

export function charSet(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].filter(([low, high]) => low <= high).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

export function single(code: number): CharSet {
  return [[code, code]];
}

export function union(...sets: readonly CharSet[]): CharSet {
  return charSet(sets.flat());
}

export function complement(set: CharSet): CharSet {
  const ranges: [number, number][] = [];
  let next = 0;
  for (const [low, high] of set) {
    if (low > next) ranges.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX) ranges.push([next, MAX]);
  return ranges;
}

export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aLow, aHigh] = a[i] as readonly [number, number];
    const [bLow, bHigh] = b[j] as readonly [number, number];
    if (aHigh < bLow) i++;
    else if (bHigh < aLow) j++;
    else return true;
  }
  return false;
}

const UPPER: readonly [number, number] = [0x41, 0x5a];
const LOWER: readonly [number, number] = [0x61, 0x7a];
const CASE_OFFSET = 0x20;

/**
 * The set that the `i` flag makes of `set`. Without the `u` flag, JavaScript folds case by
 * upper-casing and never maps a non-ASCII character to an ASCII one, so ASCII letters gain their
 * other case exactly, and a set holding any non-ASCII character is widened to all of them: more
 * than the truth, which can only make the analysis stricter.
 */
export function foldCase(set: CharSet): CharSet {
  const extra: [number, number][] = [];
  for (const [low, high] of set) {
    const upper = overlap([low, high], UPPER);
    if (upper) extra.push([upper[0] + CASE_OFFSET, upper[1] + CASE_OFFSET]);
    const lower = overlap([low, high], LOWER);
    if (lower) extra.push([lower[0] - CASE_OFFSET, lower[1] - CASE_OFFSET]);
    if (high > 0x7f) extra.push([0x80, MAX]);
  }
  return union(set, extra);
}

function overlap(a: readonly [number, number], b: readonly [number, number]): [number, number] | undefined {
  const low = Math.max(a[0], b[0]);
  const high = Math.min(a[1], b[1]);
  return low <= high ? [low, high] : undefined;
}

export const DIGIT: CharSet = [[0x30, 0x39]];
export const WORD: CharSet = charSet([[0x30, 0x39], UPPER, [0x5f, 0x5f], LOWER]);
/** ECMAScript WhiteSpace and LineTerminator: what `\s` matches. */
export const SPACE: CharSet = charSet([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
/** What `.` matches without the `s` flag: anything but a line terminator. */
export const NOT_LINE_END: CharSet = complement(charSet([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]));
