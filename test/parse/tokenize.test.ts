import { describe, expect, it } from 'vitest';
import type { Quoting } from '../../src/parse/profile/document.js';
import { tokenizeRecord } from '../../src/parse/profile/tokenize.js';

/** A raw pair as [start, end) tuples: the pair, its key, the `=` offset, its value, its quoting. */
interface ExpectedPair {
  readonly span: [number, number];
  readonly key: [number, number];
  readonly eq: number;
  readonly value: [number, number];
  readonly quoting: Quoting;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly pairs: readonly ExpectedPair[];
  readonly separators: readonly number[];
  readonly issues?: readonly { message: string; span: [number, number]; key: string | null }[];
}

/** A piece without "=": the tokenizer hands it on, the parser decides whether it is a stray list item. */
function piece(start: number, end: number): ExpectedPair {
  return { span: [start, end], key: [start, start], eq: -1, value: [start, end], quoting: 'none' };
}

const CASES: readonly Case[] = [
  {
    name: 'plain pairs',
    text: 'a=1,b=2',
    pairs: [
      { span: [0, 3], key: [0, 1], eq: 1, value: [2, 3], quoting: 'none' },
      { span: [4, 7], key: [4, 5], eq: 5, value: [6, 7], quoting: 'none' },
    ],
    separators: [3],
  },
  {
    name: 'a quoted pair holds its commas',
    text: '"b=x,y",c=1',
    pairs: [
      { span: [0, 7], key: [1, 2], eq: 2, value: [3, 6], quoting: 'pair' },
      { span: [8, 11], key: [8, 9], eq: 9, value: [10, 11], quoting: 'none' },
    ],
    separators: [7],
  },
  {
    name: 'a quoted value (ansible style)',
    text: 'c="d,e"',
    pairs: [{ span: [0, 7], key: [0, 1], eq: 1, value: [3, 6], quoting: 'value' }],
    separators: [],
  },
  {
    name: '"" items inside a quoted pair, the last one closing with """',
    text: '"v=""a,b"",""c,d"""',
    pairs: [{ span: [0, 19], key: [1, 2], eq: 2, value: [3, 18], quoting: 'pair' }],
    separators: [],
  },
  {
    name: 'a value holding "=" splits at the first one',
    text: 'a=b=c',
    pairs: [{ span: [0, 5], key: [0, 1], eq: 1, value: [2, 5], quoting: 'none' }],
    separators: [],
  },
  {
    name: 'empty values',
    text: 'a=,b=',
    pairs: [
      { span: [0, 2], key: [0, 1], eq: 1, value: [2, 2], quoting: 'none' },
      { span: [3, 5], key: [3, 4], eq: 4, value: [5, 5], quoting: 'none' },
    ],
    separators: [2],
  },
  {
    name: 'none is a plain value',
    text: 'io_slots=none',
    pairs: [{ span: [0, 13], key: [0, 8], eq: 8, value: [9, 13], quoting: 'none' }],
    separators: [],
  },
  {
    name: 'blanks are trimmed from pair, key and value',
    text: ' a = 1 , b=2',
    pairs: [
      { span: [1, 6], key: [1, 2], eq: 3, value: [5, 6], quoting: 'none' },
      { span: [9, 12], key: [9, 10], eq: 10, value: [11, 12], quoting: 'none' },
    ],
    separators: [7],
  },
  {
    name: 'an unbalanced quote: reported, then ignored for that pair, the key read without it',
    text: 'a=1,"b=x,y',
    pairs: [{ span: [0, 3], key: [0, 1], eq: 1, value: [2, 3], quoting: 'none' }, { span: [4, 8], key: [5, 6], eq: 6, value: [7, 8], quoting: 'none' }, piece(9, 10)],
    separators: [3, 8],
    issues: [{ message: 'unbalanced double quote', span: [4, 5], key: 'b' }],
  },
  {
    name: 'a piece without "="',
    text: 'a=1,b,c=2',
    pairs: [{ span: [0, 3], key: [0, 1], eq: 1, value: [2, 3], quoting: 'none' }, piece(4, 5), { span: [6, 9], key: [6, 7], eq: 7, value: [8, 9], quoting: 'none' }],
    separators: [3, 5],
  },
  {
    name: 'an empty key',
    text: '=1,c=2',
    pairs: [{ span: [3, 6], key: [3, 4], eq: 4, value: [5, 6], quoting: 'none' }],
    separators: [2],
    issues: [{ message: 'attribute name missing before "="', span: [0, 1], key: null }],
  },
  {
    name: 'text after a closing quote',
    text: '"a=1"x,c=2',
    pairs: [
      { span: [0, 6], key: [1, 2], eq: 2, value: [3, 4], quoting: 'pair' },
      { span: [7, 10], key: [7, 8], eq: 8, value: [9, 10], quoting: 'none' },
    ],
    separators: [6],
    issues: [{ message: 'text after the closing quote: "x"', span: [5, 6], key: 'a' }],
  },
  {
    name: 'an empty pair between commas, at the comma before it',
    text: 'a=1,,b=2',
    pairs: [
      { span: [0, 3], key: [0, 1], eq: 1, value: [2, 3], quoting: 'none' },
      { span: [5, 8], key: [5, 6], eq: 6, value: [7, 8], quoting: 'none' },
    ],
    separators: [3, 4],
    issues: [{ message: 'empty attribute between commas', span: [3, 4], key: null }],
  },
  {
    name: 'a leading comma',
    text: ',a=1',
    pairs: [{ span: [1, 4], key: [1, 2], eq: 2, value: [3, 4], quoting: 'none' }],
    separators: [0],
    issues: [{ message: 'empty attribute between commas', span: [0, 1], key: null }],
  },
  {
    name: 'a trailing comma',
    text: 'a=1,',
    pairs: [{ span: [0, 3], key: [0, 1], eq: 1, value: [2, 3], quoting: 'none' }],
    separators: [3],
    issues: [{ message: 'the record ends with a comma', span: [3, 4], key: null }],
  },
];

describe('tokenizeRecord', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const record = tokenizeRecord(c.text);
      expect(
        record.pairs.map((p) => ({
          span: [p.span.start, p.span.end],
          key: [p.keySpan.start, p.keySpan.end],
          eq: p.equalsAt,
          value: [p.valueSpan.start, p.valueSpan.end],
          quoting: p.quoting,
        })),
      ).toEqual(c.pairs);
      expect(record.separators).toEqual(c.separators);
      expect(record.issues.map((i) => ({ span: [i.span.start, i.span.end], key: i.key }))).toEqual((c.issues ?? []).map((i) => ({ span: i.span, key: i.key })));
      record.issues.forEach((issue, n) => expect(issue.message).toContain(c.issues?.[n]?.message));
    });
  }
});
