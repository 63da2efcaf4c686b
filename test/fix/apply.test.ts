import { describe, expect, it } from 'vitest';
import type { Fix } from '../../src/core/diagnostic.js';
import { applyFixes } from '../../src/fix/apply.js';

/** A fix of `[start, end, text]` edits; the description names it in the assertions. */
function fix(description: string, ...edits: [number, number, string][]): Fix {
  return { description, safe: true, edits: edits.map(([start, end, text]) => ({ span: { start, end }, text })) };
}

const applying = (source: string, fixes: Fix[]): { text: string; applied: string[] } => {
  const { text, applied } = applyFixes(source, fixes);
  return { text, applied: applied.map((f) => f.description) };
};

describe('applyFixes', () => {
  it('applies fixes that do not overlap, from offsets into the original text', () => {
    expect(applying('abcdef', [fix('A', [0, 1, 'AA']), fix('D', [3, 4, '']), fix('F', [5, 6, 'F'])])).toEqual({
      text: 'AAbceF',
      applied: ['A', 'D', 'F'],
    });
  });

  it('gives the same text whatever order the fixes come in', () => {
    const fixes = [fix('A', [0, 1, 'AA']), fix('D', [3, 4, '']), fix('F', [5, 6, 'F'])];
    expect(applyFixes('abcdef', [...fixes].reverse()).text).toBe('AAbceF');
  });

  it('applies replacements that only touch', () => {
    expect(applying('abcdef', [fix('X', [0, 2, 'X']), fix('Y', [2, 4, 'Y'])])).toEqual({ text: 'XYef', applied: ['X', 'Y'] });
  });

  it('defers a fix that overlaps one starting before it', () => {
    expect(applying('abcdef', [fix('later', [2, 4, 'Y']), fix('first', [0, 3, 'X'])])).toEqual({ text: 'Xdef', applied: ['first'] });
  });

  it('defers the second of two insertions at one offset: their order would be a guess', () => {
    expect(applying('abcdef', [fix('one', [2, 2, '1']), fix('two', [2, 2, '2'])])).toEqual({ text: 'ab1cdef', applied: ['one'] });
  });

  it('defers an insertion at the start of a replacement, but not one at its end', () => {
    expect(applying('abcdef', [fix('replace', [2, 4, 'Y']), fix('at start', [2, 2, '1'])]).applied).toEqual(['replace']);
    expect(applying('abcdef', [fix('replace', [2, 4, 'Y']), fix('at end', [4, 4, '1'])])).toEqual({
      text: 'abY1ef',
      applied: ['replace', 'at end'],
    });
  });

  it('applies all edits of one fix together', () => {
    expect(applying('abcdef', [fix('both ends', [0, 0, '"'], [6, 6, '"'])])).toEqual({ text: '"abcdef"', applied: ['both ends'] });
  });

  it('defers a whole fix when one of its edits collides, keeping none of its other edits', () => {
    expect(applying('abcdef', [fix('B', [1, 2, 'B']), fix('two edits', [1, 3, 'Z'], [5, 6, 'F'])])).toEqual({
      text: 'aBcdef',
      applied: ['B'],
    });
  });

  it('never applies a fix whose own edits overlap', () => {
    expect(applying('abcdef', [fix('self-overlapping', [0, 3, 'X'], [2, 4, 'Y'])])).toEqual({ text: 'abcdef', applied: [] });
  });

  it('ignores a fix without edits', () => {
    expect(applying('abcdef', [fix('empty'), fix('C', [2, 3, 'C'])])).toEqual({ text: 'abCdef', applied: ['C'] });
  });
});
