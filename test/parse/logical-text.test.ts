import { describe, expect, it } from 'vitest';
import type { LineBreak } from '../../src/parse/profile/document.js';
import { toLogicalText } from '../../src/parse/profile/logical-text.js';

function brk(kind: LineBreak['kind'], start: number, end: number, lineEnds = 1): LineBreak {
  return { kind, span: { start, end }, lineEnds };
}

interface Case {
  readonly name: string;
  readonly source: string;
  readonly text: string;
  readonly breaks: readonly LineBreak[];
  /** [logical offset, source offset] pairs to check. */
  readonly map?: readonly [number, number][];
}

const CASES: readonly Case[] = [
  { name: 'one line without a line end', source: 'a=1,b=2', text: 'a=1,b=2', breaks: [] },
  { name: 'one final line end', source: 'a=1\n', text: 'a=1', breaks: [brk('final', 3, 4)] },
  {
    name: 'a continuation takes the backslash, the line end and the indentation',
    source: 'a=1,\\\n  b=2\n',
    text: 'a=1,b=2',
    breaks: [brk('continuation', 4, 8), brk('final', 11, 12)],
    map: [
      [3, 3],
      [4, 8],
      [6, 10],
    ],
  },
  { name: 'blanks between the backslash and the line end', source: 'a=1,\\  \nb=2', text: 'a=1,b=2', breaks: [brk('continuation', 4, 8)] },
  { name: 'a CRLF line end inside the record', source: 'a=1\r\nb=2', text: 'a=1b=2', breaks: [brk('newline', 3, 5)] },
  { name: 'blank lines, with blanks on them, are one break', source: 'a=1,\n\n  \nb=2', text: 'a=1,b=2', breaks: [brk('newline', 4, 9, 3)] },
  { name: 'blank lines at the end are one final break', source: 'a=1\n\n\n', text: 'a=1', breaks: [brk('final', 3, 6, 3)] },
  { name: 'blanks after the last line end stay in the text', source: 'a=1\n  ', text: 'a=1  ', breaks: [brk('final', 3, 4)], map: [[3, 4]] },
  { name: 'blank lines before the record', source: '\n\na=1', text: 'a=1', breaks: [brk('newline', 0, 2, 2)], map: [[0, 2]] },
  { name: 'a continuation that ends the file', source: 'a=1\\\n', text: 'a=1', breaks: [brk('continuation', 3, 5)] },
  { name: 'a byte-order mark is left out of the text', source: '\uFEFFa=1', text: 'a=1', breaks: [], map: [[0, 1]] },
];

describe('toLogicalText', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const logical = toLogicalText(c.source);
      expect(logical.text).toBe(c.text);
      expect(logical.breaks).toEqual(c.breaks);
      for (const [at, expected] of c.map ?? []) expect(logical.toSource(at)).toBe(expected);
    });
  }

  it('records the byte-order mark', () => {
    expect(toLogicalText('\uFEFFa=1').bom).toEqual({ start: 0, end: 1 });
    expect(toLogicalText('a=1').bom).toBeNull();
  });

  it('maps a span across a break to the source, stretching over the break inside it only', () => {
    const logical = toLogicalText('ab\\\ncd');
    expect(logical.text).toBe('abcd');
    expect(logical.spanToSource({ start: 1, end: 3 })).toEqual({ start: 1, end: 5 });
    expect(logical.spanToSource({ start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
    expect(logical.spanToSource({ start: 2, end: 4 })).toEqual({ start: 4, end: 6 });
    expect(logical.spanToSource({ start: 2, end: 2 })).toEqual({ start: 4, end: 4 });
  });
});
