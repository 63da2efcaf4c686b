import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaceCounts, type Place } from '../../src/baseline/counts.js';
import { countRun } from '../../src/baseline/findings.js';
import { matchBaseline } from '../../src/baseline/match.js';
import { BaselinePaths } from '../../src/baseline/paths.js';
import type { FileResult } from '../../src/lint/lint-profile.js';
import { result } from './results.js';

const paths = new BaselinePaths(join('/', 'repo'), 'b.json');

function baseline(...places: readonly [path: string, rule: string, attribute: string, count: number][]): PlaceCounts {
  const counts = new PlaceCounts();
  for (const [path, rule, attribute, count] of places) counts.add({ path, rule, attribute }, count);
  return counts;
}

function match(results: readonly FileResult[], known: PlaceCounts) {
  return matchBaseline(results, known, countRun(results, paths), paths);
}

const shown = (results: readonly FileResult[]): string[] =>
  results.flatMap((r) => r.diagnostics.map((d) => `${r.path} ${d.ruleId} ${d.attribute ?? '(file)'}`));

describe('matchBaseline', () => {
  it('hides the findings of a place the baseline records as many times or more', () => {
    const results = [result('a.cfg', [['null-value', 'error', 'min_mem'], ['null-value', 'error', 'max_mem'], ['whitespace', 'warning', 'lpar_id']])];
    const matched = match(results, baseline(['a.cfg', 'null-value', 'min_mem', 1], ['a.cfg', 'whitespace', 'lpar_id', 2]));
    expect(shown(matched.results)).toEqual(['a.cfg null-value max_mem']);
    expect(matched.known.map((d) => d.attribute)).toEqual(['min_mem', 'lpar_id']);
    expect(matched.exceeded).toEqual([]);
  });

  it('shows all findings of a place with more than the baseline records, and says so', () => {
    const results = [result('a.cfg', [['whitespace', 'warning', 'min_mem'], ['whitespace', 'warning', 'min_mem'], ['whitespace', 'warning', 'min_mem']])];
    const matched = match(results, baseline(['a.cfg', 'whitespace', 'min_mem', 2]));
    expect(shown(matched.results)).toHaveLength(3);
    expect(matched.known).toEqual([]);
    const place: Place = { path: 'a.cfg', rule: 'whitespace', attribute: 'min_mem' };
    expect(matched.exceeded).toEqual([{ place, found: 3, recorded: 2 }]);
  });

  it('tells a new finding of a rule at another attribute from a fixed one', () => {
    // One vios-name error fixed in the vFC adapters, one made in the vSCSI adapters: same count per rule, still new.
    const results = [result('a.cfg', [['vios-name', 'error', 'virtual_scsi_adapters']])];
    const matched = match(results, baseline(['a.cfg', 'vios-name', 'virtual_fc_adapters', 1]));
    expect(shown(matched.results)).toEqual(['a.cfg vios-name virtual_scsi_adapters']);
  });

  it('counts findings about the file as a whole under (file)', () => {
    const matched = match([result('a.cfg', [['syntax', 'error', null]])], baseline(['a.cfg', 'syntax', '(file)', 1]));
    expect(shown(matched.results)).toEqual([]);
  });

  it('adds up a file checked for several nodes', () => {
    const results = [result('a.cfg', [['vios-name', 'error', 'virtual_fc_adapters']]), result('a.cfg', [['vios-name', 'error', 'virtual_fc_adapters']])];
    expect(shown(match(results, baseline(['a.cfg', 'vios-name', 'virtual_fc_adapters', 1])).results)).toHaveLength(2);
    expect(shown(match(results, baseline(['a.cfg', 'vios-name', 'virtual_fc_adapters', 2])).results)).toEqual([]);
  });

  it('never hides info findings, nor a file that cannot be read', () => {
    const results = [result('a.cfg', [['duplicate-attribute', 'info', null]]), result('b.cfg', [['io', 'error', null]])];
    const matched = match(results, baseline(['a.cfg', 'duplicate-attribute', '(file)', 1], ['b.cfg', 'io', '(file)', 1]));
    expect(shown(matched.results)).toEqual(['a.cfg duplicate-attribute (file)', 'b.cfg io (file)']);
  });

  it('matches files by their path from the baseline file\'s folder', () => {
    const inCi = new BaselinePaths(join('/', 'repo'), 'ci/b.json');
    const results = [result('configs/a.cfg', [['null-value', 'error', 'min_mem']])];
    const known = baseline(['../configs/a.cfg', 'null-value', 'min_mem', 1]);
    expect(shown(matchBaseline(results, known, countRun(results, inCi), inCi).results)).toEqual([]);
  });

  it('leaves results without known findings as they are', () => {
    const results = [result('a.cfg', [['null-value', 'error', 'min_mem']])];
    expect(match(results, new PlaceCounts()).results[0]).toBe(results[0]);
  });
});
