import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaceCounts } from '../../src/baseline/counts.js';
import { countRun } from '../../src/baseline/findings.js';
import { BaselinePaths } from '../../src/baseline/paths.js';
import { prunedBaseline, staleEntries, updatedBaseline } from '../../src/baseline/revise.js';
import { result } from './results.js';

const paths = new BaselinePaths(join('/', 'repo'), 'b.json');

/** a.cfg: 2 null-value at min_mem, 1 whitespace; b.cfg (not checked): 1 syntax; gone.cfg (deleted): 1 null-value. */
function recorded(): PlaceCounts {
  const counts = new PlaceCounts();
  counts.add({ path: 'a.cfg', rule: 'null-value', attribute: 'min_mem' }, 2);
  counts.add({ path: 'a.cfg', rule: 'whitespace', attribute: 'lpar_id' });
  counts.add({ path: 'b.cfg', rule: 'syntax', attribute: '(file)' });
  counts.add({ path: 'gone.cfg', rule: 'null-value', attribute: 'max_mem' });
  return counts;
}

/** This run checks a.cfg only: one null-value left, the whitespace fixed, a new read-only-attribute. */
const run = countRun([result('a.cfg', [['null-value', 'error', 'min_mem'], ['read-only-attribute', 'error', 'state']])], paths);
const missing = new Set(['gone.cfg']);

const listed = (counts: PlaceCounts): string[] => counts.entries().map(({ place, count }) => `${place.path} ${place.rule} ${place.attribute} ${count}`);

describe('staleEntries', () => {
  it('finds what no longer occurs in the checked files and in deleted files, and leaves unchecked files alone', () => {
    expect(staleEntries(recorded(), run, missing)).toEqual([
      { place: { path: 'a.cfg', rule: 'null-value', attribute: 'min_mem' }, recorded: 2, gone: 1, fileGone: false },
      { place: { path: 'a.cfg', rule: 'whitespace', attribute: 'lpar_id' }, recorded: 1, gone: 1, fileGone: false },
      { place: { path: 'gone.cfg', rule: 'null-value', attribute: 'max_mem' }, recorded: 1, gone: 1, fileGone: true },
    ]);
  });

  it('does not judge a file that could not be read', () => {
    const unreadable = countRun([result('a.cfg', [['io', 'error', null]])], paths);
    expect(staleEntries(recorded(), unreadable, new Set())).toEqual([]);
  });
});

describe('prunedBaseline', () => {
  it('lowers and drops what no longer occurs, and never adds', () => {
    expect(listed(prunedBaseline(recorded(), staleEntries(recorded(), run, missing)))).toEqual([
      'a.cfg null-value min_mem 1',
      'b.cfg syntax (file) 1',
    ]);
  });
});

describe('updatedBaseline', () => {
  it('records what the run found for the checked files and keeps the other existing files', () => {
    expect(listed(updatedBaseline(recorded(), run, missing))).toEqual([
      'a.cfg null-value min_mem 1',
      'a.cfg read-only-attribute state 1',
      'b.cfg syntax (file) 1',
    ]);
  });

  it('records neither info findings nor unreadable files', () => {
    const other = countRun([result('c.cfg', [['duplicate-attribute', 'info', null]]), result('d.cfg', [['io', 'error', null]])], paths);
    expect(listed(updatedBaseline(new PlaceCounts(), other, new Set()))).toEqual([]);
  });
});
