import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/single-line.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const CONTINUATION = 'backslash line continuation';

ruleTester(rule, {
  valid: [
    { name: 'the seed example, with its one final newline', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'no final newline', code: 'name=a,lpar_id=1' },
    { name: 'a final CRLF (the CR belongs to the encoding rule)', code: 'name=a\r\n' },
  ],
  invalid: [
    {
      name: 'a continuation as the docs print it, reported from the backslash through the line end',
      code: 'name=a,\\\n  lpar_id=1\n',
      errors: [{ line: 1, column: 8, endLine: 2, endColumn: 1, attribute: 'name', message: `${CONTINUATION} after name; expected the whole profile on one line` }],
    },
    {
      name: 'a continuation inside a quoted list',
      code: '"virtual_scsi_adapters=1/client/2/v/3/1,\\\n2/client/3/w/4/1"',
      errors: [{ line: 1, column: 41, endLine: 2, endColumn: 1, attribute: 'virtual_scsi_adapters', message: `${CONTINUATION} inside virtual_scsi_adapters` }],
    },
    {
      name: 'the two lssyscfg outputs on two lines',
      code: 'name=lpar05,lpar_id=15\nname=lpar05,lpar_name=lpar05\n',
      errors: [{ line: 1, column: 23, endLine: 2, endColumn: 1, attribute: 'lpar_id', message: 'line break between lpar_id and name; expected the whole profile on one line (the HMC reads each line as a separate record)' }],
    },
    {
      name: 'a line break after a comma',
      code: 'name=a,\nlpar_id=1',
      errors: [{ line: 1, column: 8, endLine: 2, endColumn: 1, attribute: 'name', message: 'line break after name' }],
    },
    {
      name: 'blank lines inside the record, one finding for the run',
      code: 'name=a,\n\n\nlpar_id=1',
      errors: [{ line: 1, column: 8, endLine: 4, endColumn: 1, message: 'line break with 2 blank lines after name' }],
    },
    {
      name: 'blank lines before the record',
      code: '\n\nname=a',
      errors: [{ line: 1, column: 1, endLine: 3, endColumn: 1, attribute: null, message: '2 blank lines before name, at the start of the file' }],
    },
    {
      name: 'blank lines at the end, reported after the first line end',
      code: 'name=a\n\n\n',
      errors: [{ line: 2, column: 1, endLine: 4, endColumn: 1, attribute: null, message: '2 blank lines at the end of the file; expected the whole profile on one line and at most one final line end' }],
    },
    {
      name: 'a value wrapped without a backslash: no fix, a suggestion',
      code: 'name=a,os_version=AIX 7.1\n7100-00-00-0000',
      errors: [{ line: 1, column: 26, endLine: 2, endColumn: 1, attribute: 'os_version', message: 'line break inside os_version', suggestion: 'join the two lines by hand' }],
    },
    {
      name: 'a continuation that ends the file',
      code: 'name=a\\\n',
      errors: [{ line: 1, column: 7, endLine: 2, endColumn: 1, message: CONTINUATION }],
    },
    {
      name: 'CRLF line ends: the break holds the CR',
      code: 'name=a,\r\nlpar_id=1\r\n',
      errors: [{ line: 1, column: 8, endLine: 2, endColumn: 1, message: 'line break after name' }],
    },
    {
      name: 'one finding per break of the docs copy',
      code: seedFixture('lpar05-docs-copy-with-continuations.cfg').split('\n').slice(0, 3).join('\n'),
      errors: [
        { line: 1, column: 61, endLine: 2, endColumn: 1, message: `${CONTINUATION} after work_group_id` },
        { line: 2, column: 54, endLine: 3, endColumn: 1, message: `${CONTINUATION} after allow_perf_collection` },
      ],
    },
  ],
});

function fixed(code: string): string {
  const edits = lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics.flatMap((d) => {
    expect(d.fix?.safe).toBe(true);
    return d.fix?.edits ?? [];
  });
  return applyEdits(code, edits);
}

it('single-line: joining the docs copy gives the seed example exactly', () => {
  expect(fixed(seedFixture('lpar05-docs-copy-with-continuations.cfg'))).toBe(seedFixture('lpar05_on_physical_server_01.cfg'));
});

it('single-line: the fixes join lines, add the comma between two records and keep one final line end', () => {
  expect(fixed('name=a,\\\n  lpar_id=1\n')).toBe('name=a,lpar_id=1\n');
  expect(fixed('name=lpar05,lpar_id=15\nname=lpar05,lpar_name=lpar05\n')).toBe('name=lpar05,lpar_id=15,name=lpar05,lpar_name=lpar05\n');
  expect(fixed('name=a,\n\n\nlpar_id=1')).toBe('name=a,lpar_id=1');
  expect(fixed('\n\nname=a')).toBe('name=a');
  expect(fixed('name=a\n\n\n')).toBe('name=a\n');
  expect(fixed('name=a\r\n\r\n')).toBe('name=a\r\n');
  expect(fixed('name=a\\\n')).toBe('name=a\n');
  expect(fixed('name=a\n,lpar_id=1')).toBe('name=a,lpar_id=1');
});

it('single-line: no fix where a comma (or not) cannot be decided', () => {
  for (const code of ['name=a,os_version=AIX 7.1\n7100-00-00-0000', 'name=a,max_me\nm=4096', 'name=a\nnot_an_attribute=1', '"virtual_scsi_adapters=1/client/2/v/3/1\nname=x"']) {
    const [finding] = lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics;
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestion).toMatch('join the two lines by hand');
  }
});
