import { describe, expect, it } from 'vitest';
import { countBars } from '../../../src/report/html/count-bars.js';

describe('countBars', () => {
  it('counts each label with its worst severity, most frequent first, then by label', () => {
    const items = [
      { label: 'b', severity: 'info' },
      { label: 'a', severity: 'warning' },
      { label: 'c', severity: 'info' },
      { label: 'c', severity: 'error' },
      { label: 'c', severity: 'warning' },
      { label: 'a', severity: 'info' },
    ] as const;
    expect(countBars(items)).toEqual([
      { label: 'c', count: 3, severity: 'error' },
      { label: 'a', count: 2, severity: 'warning' },
      { label: 'b', count: 1, severity: 'info' },
    ]);
  });

  it('has no bar for nothing', () => {
    expect(countBars([])).toEqual([]);
  });
});
