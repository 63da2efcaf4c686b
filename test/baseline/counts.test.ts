import { describe, expect, it } from 'vitest';
import { PlaceCounts } from '../../src/baseline/counts.js';

describe('PlaceCounts', () => {
  it('adds up the findings of one place', () => {
    const counts = new PlaceCounts();
    counts.add({ path: 'a.cfg', rule: 'null-value', attribute: 'min_mem' });
    counts.add({ path: 'a.cfg', rule: 'null-value', attribute: 'min_mem' }, 2);
    expect(counts.get({ path: 'a.cfg', rule: 'null-value', attribute: 'min_mem' })).toBe(3);
    expect(counts.get({ path: 'a.cfg', rule: 'null-value', attribute: 'max_mem' })).toBe(0);
    expect(counts.total).toBe(3);
  });

  it('keeps places apart whatever characters their parts hold', () => {
    const counts = new PlaceCounts();
    counts.add({ path: 'a', rule: 'b,c', attribute: 'd' });
    counts.add({ path: 'a,b', rule: 'c', attribute: 'd' });
    expect(counts.entries()).toHaveLength(2);
  });

  it('lists places by path, rule and attribute in code-unit order, without empty ones', () => {
    const counts = new PlaceCounts();
    counts.add({ path: 'b.cfg', rule: 'syntax', attribute: '(file)' });
    counts.add({ path: 'a.cfg', rule: 'whitespace', attribute: 'lpar_id' });
    counts.add({ path: 'a.cfg', rule: 'null-value', attribute: 'min_mem' });
    counts.add({ path: 'a.cfg', rule: 'null-value', attribute: 'Max_mem' });
    counts.add({ path: 'a.cfg', rule: 'gone', attribute: 'x' }, 0);
    expect(counts.entries().map(({ place }) => `${place.path} ${place.rule} ${place.attribute}`)).toEqual([
      'a.cfg null-value Max_mem',
      'a.cfg null-value min_mem',
      'a.cfg whitespace lpar_id',
      'b.cfg syntax (file)',
    ]);
  });
});
