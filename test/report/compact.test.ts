import { describe, expect, it } from 'vitest';
import { compact } from '../../src/report/formatters/compact.js';
import { createReport } from '../../src/report/report.js';
import { fileResult, sampleReport } from './sample-report.js';

describe('compact formatter', () => {
  it('writes path:line:column: severity message [rule], one line per finding and nothing else', () => {
    expect(compact(sampleReport(), { color: false })).toBe(
      [
        'profiles/lpar05.cfg:1:42: error state is shown by lssyscfg but cannot be set when a partition is created [read-only-attribute]',
        'profiles/lpar05.cfg:1:186: warning max_mem (1024) is below desired_mem (2048) [min-desired-max]',
        'profiles/wrapped.cfg:1:13: info the record continues on the next line [single-line]',
        'profiles/broken.cfg:1:1: error Cannot read this file: permission denied. [io]',
        '',
      ].join('\n'),
    );
  });

  it('keeps a message with line breaks on its line, and prints nothing for a clean run', () => {
    const report = createReport([fileResult('a.cfg', 'x=1\n', [{ ruleId: 'syntax', severity: 'error', message: 'first\n  second\r\nthird', attribute: null, at: 'x' }])]);
    expect(compact(report, { color: false })).toBe('a.cfg:1:1: error first second third [syntax]\n');
    expect(compact(createReport([fileResult('a.cfg', 'name=a\n', [])]), { color: false })).toBe('');
  });
});
