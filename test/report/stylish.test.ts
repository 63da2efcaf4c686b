import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/report/formatters/stylish.js';
import { createReport } from '../../src/report/report.js';
import { fileResult, sampleReport } from './sample-report.js';

describe('stylish formatter', () => {
  it('groups by file, shows a window of the line with the range marked, fixes, suggestions and a summary', () => {
    expect(stylish(sampleReport(), { color: false })).toBe(
      [
        'profiles/lpar05.cfg',
        '  1:42   error    state is shown by lssyscfg but cannot be set when a partition is created  read-only-attribute',
        '    …r05,lpar_id=15,lpar_env=aixlinux,state=Running,resource_config=1,os_version=AIX …',
        '                                      ^~~~~~~~~~~~~',
        '    fix: Remove state=Running',
        '',
        '  1:186  warning  max_mem (1024) is below desired_mem (2048)  min-desired-max',
        '    …erial_num=06C3A0PF,profile_name=lpar05,min_mem=512,desired_mem=2048,max_mem=1024',
        '                                                                         ^~~~~~~~~~~~',
        '    suggestion: Set max_mem to 2048 or more.',
        '',
        'profiles/wrapped.cfg',
        '  1:13  info  the record continues on the next line  single-line',
        '    name=lpar07,\\',
        '                ^',
        '',
        'profiles/broken.cfg',
        '  1:1  error  Cannot read this file: permission denied.  io',
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info)',
      '  1 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('labels a fix that changes the partition as unsafe', () => {
    const report = createReport([
      fileResult('a.cfg', 'max_procs=0', [
        {
          ruleId: 'attribute-value',
          severity: 'error',
          message: 'max_procs must be 1 or more',
          attribute: 'max_procs',
          at: '0',
          fix: { description: 'Set max_procs to 1', safe: false, edits: [] },
        },
      ]),
    ]);
    expect(stylish(report, { color: false })).toContain('\n    unsafe fix: Set max_procs to 1\n');
  });

  it('says so when there is nothing to report', () => {
    const report = createReport([fileResult('a.cfg', 'name=a', []), fileResult('b.cfg', 'name=b', [])]);
    expect(stylish(report, { color: false })).toBe('✔ No problems found (2 files checked).\n');
    expect(stylish(createReport([fileResult('a.cfg', 'name=a', [])]), { color: false })).toBe('✔ No problems found (1 file checked).\n');
  });

  it('does not give info findings alone the failure mark', () => {
    const report = createReport([
      fileResult('a.cfg', 'name=a,name=a', [
        { ruleId: 'duplicate-attribute', severity: 'info', message: 'name is given again', attribute: 'name', at: 'name=a,' },
      ]),
    ]);
    expect(stylish(report, { color: false }).split('\n').at(-2)).toBe('ℹ 1 problem (0 errors, 0 warnings, 1 info)');
  });

  it('colours path, position, severity, marker, rule id and summary when asked', () => {
    const report = createReport([
      fileResult('a.cfg', 'name=a,mem_mode=dedicated', [
        { ruleId: 'attribute-value', severity: 'warning', message: 'mem_mode is one of: ded, shared', attribute: 'mem_mode', at: 'dedicated' },
      ]),
    ]);
    expect(stylish(report, { color: true })).toBe(
      [
        '\u001b[4ma.cfg\u001b[24m',
        '  \u001b[2m1:17\u001b[22m  \u001b[33mwarning\u001b[39m  mem_mode is one of: ded, shared  \u001b[2mattribute-value\u001b[22m',
        '    name=a,mem_mode=dedicated',
        '    \u001b[33m                ^~~~~~~~~\u001b[39m',
        '',
        '\u001b[33m\u001b[1m✖ 1 problem (0 errors, 1 warning)\u001b[22m\u001b[39m',
        '',
      ].join('\n'),
    );
    expect(stylish(createReport([fileResult('a.cfg', 'name=a', [])]), { color: true })).toBe(
      '\u001b[32m✔ No problems found (1 file checked).\u001b[39m\n',
    );
  });

  it('names the LPAR resource and node after the path of a file checked for a node', () => {
    const finding = { ruleId: 'lpar-name', severity: 'error', message: 'name is not LPARName', attribute: 'name', at: 'lpar06' } as const;
    const report = createReport([
      { ...fileResult('configfile/lpar05_02.cfg', 'name=lpar06', [finding]), node: 'lpar201', resource: 'lpar05_res' },
      { ...fileResult('lpar05.cfg', 'name=lpar06', [finding]), node: 'lpar101' },
    ]);
    // File headers are the lines that start in column 1, except the summary.
    const headers = stylish(report, { color: false }).split('\n').filter((line) => /^[^\s✖]/.test(line));
    expect(headers).toEqual(['configfile/lpar05_02.cfg  (lpar05_res on lpar201)', 'lpar05.cfg  (node lpar101)']);
  });
});
