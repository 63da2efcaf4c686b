import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/report/formatters/github.js';
import { createReport } from '../../src/report/report.js';
import { fileResult, sampleReport } from './sample-report.js';

describe('github formatter', () => {
  it('writes one workflow command per finding: error, warning, notice; columns only for a range on one line', () => {
    expect(github(sampleReport(), { color: false }).split('\n')).toEqual([
      '::error file=profiles/lpar05.cfg,line=1,col=42,endLine=1,endColumn=55,title=lparlint read-only-attribute::state is shown by lssyscfg but cannot be set when a partition is created%0Afix: Remove state=Running',
      '::warning file=profiles/lpar05.cfg,line=1,col=186,endLine=1,endColumn=198,title=lparlint min-desired-max::max_mem (1024) is below desired_mem (2048)%0Asuggestion: Set max_mem to 2048 or more.',
      '::notice file=profiles/wrapped.cfg,line=1,endLine=2,title=lparlint single-line::the record continues on the next line',
      '::error file=profiles/broken.cfg,line=1,col=1,endLine=1,endColumn=1,title=lparlint io::Cannot read this file: permission denied.',
      '',
    ]);
  });

  it('escapes as actions/toolkit does: %, CR and LF in the message; also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('C:\\cfg\\a,b%.cfg\n')).toBe('C%3A\\cfg\\a%2Cb%25.cfg%0A');
    const report = createReport([fileResult('dir,1/a:b.cfg', 'x=1\n', [{ ruleId: 'syntax', severity: 'error', message: '50% of\nit, here: x', attribute: null, at: 'x=1' }])]);
    expect(github(report, { color: false })).toBe('::error file=dir%2C1/a%3Ab.cfg,line=1,col=1,endLine=1,endColumn=4,title=lparlint syntax::50%25 of%0Ait, here: x\n');
  });

  it('prints nothing for a clean run', () => {
    expect(github(createReport([fileResult('a.cfg', 'name=a\n', [])]), { color: false })).toBe('');
  });
});
