import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/whitespace.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const UNCERTAIN = 'whether the HMC strips such blanks is not documented';

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output, whose os_version holds blanks', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'blanks inside a value', code: 'os_version=AIX 7.1 7100-00-00-0000' },
    { name: 'the indentation after a continuation belongs to single-line', code: 'name=a,\\\n  \tlpar_id=1' },
    { name: 'blank lines belong to single-line', code: 'name=a,\n  \n\nlpar_id=1' },
  ],
  invalid: [
    {
      name: 'a space after a comma',
      code: 'name=a, lpar_id=1',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 9, attribute: 'lpar_id', message: `a space after the comma before lpar_id; expected attribute=value pairs separated by a bare "," (${UNCERTAIN})` }],
    },
    {
      name: 'a space before a comma',
      code: 'name=a ,lpar_id=1',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 8, attribute: 'name', message: 'a space before the comma after name' }],
    },
    {
      name: 'spaces around "="',
      code: 'min_mem = 512',
      errors: [
        { line: 1, column: 8, endLine: 1, endColumn: 9, attribute: 'min_mem', message: 'a space between min_mem and "="; expected min_mem=… with no blank around "="' },
        { line: 1, column: 10, endLine: 1, endColumn: 11, attribute: 'min_mem', message: 'a space between "=" and the value of min_mem' },
      ],
    },
    {
      name: 'blanks at both ends of the record',
      code: '  name=a\t\n',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 3, attribute: 'name', message: '2 spaces at the start of the record, before name' },
        { line: 1, column: 9, endLine: 1, endColumn: 10, attribute: 'name', message: 'a tab at the end of the record, after name' },
      ],
    },
    {
      name: 'blanks after the final newline',
      code: 'name=a\n   ',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: '3 spaces at the end of the record, after name' }],
    },
    {
      name: 'blanks inside the quotes of a pair',
      code: '" virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1 "',
      errors: [
        { line: 1, column: 2, endLine: 1, endColumn: 3, attribute: 'virtual_scsi_adapters', message: 'a space between the opening quote and virtual_scsi_adapters' },
        { line: 1, column: 58, endLine: 1, endColumn: 59, attribute: 'virtual_scsi_adapters', message: 'a space after the value of virtual_scsi_adapters; expected the closing quote right after the value' },
      ],
    },
    {
      name: 'a space before a continuation, the continuation itself left out',
      code: 'name=a, \\\n  lpar_id=1',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 9, message: 'a space after the comma before lpar_id' }],
    },
    {
      name: 'a space before a quoted value',
      code: 'virtual_eth_adapters= "3/1/1//0/1,4/1/1//0/1"',
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 23, message: 'a space between "=" and the value of virtual_eth_adapters' }],
    },
    {
      name: 'a run of spaces and tabs is one finding',
      code: 'name=a, \t lpar_id=1',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 11, message: '3 blanks (spaces and tabs) after the comma before lpar_id' }],
    },
  ],
});

it('whitespace: the fixes trim every blank and keep the values', () => {
  const code = ' name = a , os_version=AIX 7.1 \n';
  const findings = lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics;
  expect(findings.every((d) => d.fix?.safe === true)).toBe(true);
  expect(applyEdits(code, findings.flatMap((d) => d.fix?.edits ?? []))).toBe('name=a,os_version=AIX 7.1\n');
});
