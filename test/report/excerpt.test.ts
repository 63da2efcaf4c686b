import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/report/excerpt.js';

describe('excerpt', () => {
  it('shows a short line whole and marks the range', () => {
    expect(excerpt('name=lpar05,state=Running', 12, 25)).toEqual({
      text: 'name=lpar05,state=Running',
      marker: '            ^~~~~~~~~~~~~',
    });
  });

  it('marks an empty range with one caret', () => {
    expect(excerpt('a=1,b=2', 3, 3, 80).marker).toBe('   ^');
    expect(excerpt('a=1,b=2', 7, 7, 80).marker).toBe('       ^');
  });

  it('centres a window on a range in the middle of a long line, with … on both sides', () => {
    const line = 'a'.repeat(100) + 'XYZ' + 'b'.repeat(100);
    const shown = excerpt(line, 100, 103, 40);
    expect(shown.text).toBe('…' + 'a'.repeat(18) + 'XYZ' + 'b'.repeat(19) + '…');
    expect(shown.marker).toBe(' '.repeat(19) + '^~~');
  });

  it('does not cut before the start or after the end of the line', () => {
    const line = 'XYZ' + 'b'.repeat(100);
    expect(excerpt(line, 0, 3, 20)).toEqual({ text: 'XYZ' + 'b'.repeat(17) + '…', marker: '^~~' });
    const tail = 'a'.repeat(100) + 'XYZ';
    expect(excerpt(tail, 100, 103, 20)).toEqual({ text: '…' + 'a'.repeat(17) + 'XYZ', marker: ' '.repeat(18) + '^~~' });
  });

  it('keeps some context before a range longer than the window, and marks to the window end', () => {
    const line = 'a'.repeat(50) + 'X'.repeat(60) + 'b'.repeat(50);
    const shown = excerpt(line, 50, 110, 30);
    expect(shown.text).toBe('…' + 'a'.repeat(10) + 'X'.repeat(20) + '…');
    expect(shown.marker).toBe(' '.repeat(11) + '^' + '~'.repeat(19));
  });

  it('prints control and zero-width characters as blanks so the marker stays aligned', () => {
    expect(excerpt('a=1,\tb=2', 5, 8).text).toBe('a=1, b=2');
    expect(excerpt('\uFEFFname=a, b=2', 7, 8)).toEqual({ text: ' name=a, b=2', marker: '       ^' });
  });
});
