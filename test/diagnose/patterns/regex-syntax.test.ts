import { describe, expect, it } from 'vitest';
import { intersects, type CharSet } from '../../../src/diagnose/patterns/char-set.js';
import { parseRegex, RegexSyntaxError, type RegexAtom, type RegexTerm } from '../../../src/diagnose/patterns/regex-syntax.js';

/** The terms of a pattern without alternatives. */
function termsOf(source: string, flags = ''): readonly RegexTerm[] {
  const { body } = parseRegex(source, flags);
  expect(body).toHaveLength(1);
  return body[0] as readonly RegexTerm[];
}

/** The character set of a pattern that is one character term. */
function setOf(source: string, flags = ''): CharSet {
  const [term] = termsOf(source, flags);
  const atom = term?.atom as RegexAtom;
  if (atom.kind !== 'char') throw new Error(`${source} is not one character`);
  return atom.set;
}

/** Which of the characters of `sample` the set holds, as a string. */
function held(set: CharSet, sample: string): string {
  return [...sample].filter((c) => intersects(set, [[c.charCodeAt(0), c.charCodeAt(0)]])).join('');
}

describe('parseRegex: terms and quantifiers', () => {
  it('reads each quantifier as its bounds, lazy ones too, with the term text', () => {
    const source = 'a*b+?c?d{2}e{2,}f{2,5}?g';
    const terms = termsOf(source).map((t) => [source.slice(t.start, t.end), t.min, t.max]);
    expect(terms).toEqual([
      ['a*', 0, Infinity],
      ['b+?', 1, Infinity],
      ['c?', 0, 1],
      ['d{2}', 2, 2],
      ['e{2,}', 2, Infinity],
      ['f{2,5}?', 2, 5],
      ['g', 1, 1],
    ]);
  });

  it('reads braces that form no quantifier as themselves (Annex B)', () => {
    expect(termsOf('a{x}b{2').map((t) => t.end - t.start)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('splits alternatives at the top level only', () => {
    const { body } = parseRegex('ab|(c|d)e|', '');
    expect(body.map((sequence) => sequence.length)).toEqual([2, 2, 0]);
  });

  it('tells groups, lookarounds, anchors and backreferences apart, and lists the group names', () => {
    const parsed = parseRegex('^(?<a>x)(?:y)(z)(?=u)(?!v)(?<=w)(?<!q)\\b$\\1\\k<a>', '');
    expect((parsed.body[0] as readonly RegexTerm[]).map((t) => (t.atom.kind === 'lookaround' ? `look-${t.atom.behind ? 'behind' : 'ahead'}` : t.atom.kind))).toEqual([
      'start',
      'group',
      'group',
      'group',
      'look-ahead',
      'look-ahead',
      'look-behind',
      'look-behind',
      'assertion',
      'assertion',
      'backreference',
      'backreference',
    ]);
    expect(parsed.groupNames).toEqual(['a']);
  });

  it('reads ^ as an assertion that anchors nothing with the m flag', () => {
    expect(termsOf('^', 'm')[0]?.atom.kind).toBe('assertion');
  });
});

describe('parseRegex: character sets', () => {
  const sample = 'aAzZ09_ -.\t\n\r/\\\u00e9';

  it('reads class escapes, the dot and literals', () => {
    expect(held(setOf('\\d'), sample)).toBe('09');
    expect(held(setOf('\\w'), sample)).toBe('aAzZ09_');
    expect(held(setOf('\\s'), sample)).toBe(' \t\n\r');
    expect(held(setOf('\\S'), sample)).toBe('aAzZ09_-./\\\u00e9');
    expect(held(setOf('.'), sample)).toBe('aAzZ09_ -.\t/\\\u00e9');
    expect(held(setOf('.', 's'), sample)).toBe(sample);
    expect(held(setOf('\\.'), sample)).toBe('.');
    expect(held(setOf('\\/'), sample)).toBe('/');
  });

  it('reads classes: ranges, negation, escapes inside, a dash at either end', () => {
    expect(held(setOf('[a-z0-9]'), sample)).toBe('az09');
    expect(held(setOf('[^\\s:]'), sample)).toBe('aAzZ09_-./\\\u00e9');
    expect(held(setOf('[-.]'), sample)).toBe('-.');
    expect(held(setOf('[a-]'), sample)).toBe('a-');
    expect(held(setOf('[\\w-]'), sample)).toBe('aAzZ09_-');
    expect(held(setOf('[a-\\d]'), sample)).toBe('a09-');
    expect(held(setOf('[\\\\]'), sample)).toBe('\\');
    expect(held(setOf('[]'), sample)).toBe('');
    expect(held(setOf('[^]'), sample)).toBe(sample);
  });

  it('reads character escapes: control, hex, unicode, octal, and \\b as backspace in a class', () => {
    expect(setOf('\\t')).toEqual([[9, 9]]);
    expect(setOf('\\x41')).toEqual([[0x41, 0x41]]);
    expect(setOf('\\u00e9')).toEqual([[0xe9, 0xe9]]);
    expect(setOf('\\cJ')).toEqual([[10, 10]]);
    expect(setOf('\\0')).toEqual([[0, 0]]);
    expect(setOf('[\\101]')).toEqual([[0x41, 0x41]]);
    expect(setOf('[\\b]')).toEqual([[8, 8]]);
    // Without their digits, \x and \u are the letters themselves (Annex B).
    expect(termsOf('\\xg').map((t) => t.atom)).toEqual([
      { kind: 'char', set: [[0x78, 0x78]] },
      { kind: 'char', set: [[0x67, 0x67]] },
    ]);
  });

  it('folds the case of ASCII letters with the i flag, and widens non-ASCII sets', () => {
    expect(held(setOf('a', 'i'), sample)).toBe('aA');
    expect(held(setOf('[A-Z]', 'i'), sample)).toBe('aAzZ');
    expect(held(setOf('\u00e9', 'i'), '\u00e9\u00c9\u0100e')).toBe('\u00e9\u00c9\u0100');
  });
});

describe('parseRegex: what it refuses', () => {
  /** What parsing throws, as `message @ offset`. */
  function refusal(source: string): string {
    try {
      parseRegex(source, '');
    } catch (error) {
      if (error instanceof RegexSyntaxError) return `${error.message} @ ${error.at}`;
      throw error;
    }
    return 'read';
  }

  it.each([
    ['ab(?i:c)', 'unsupported group (?i: @ 3'],
    ['x(a', 'unterminated group @ 1'],
    ['x[a', 'unterminated character class @ 1'],
    ['a)', 'unmatched ) @ 1'],
    ['*a', 'nothing to repeat before * @ 0'],
  ])('%s: %s', (source, expected) => {
    expect(refusal(source)).toBe(expected);
  });
});
