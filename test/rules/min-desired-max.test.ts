import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/min-desired-max.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';


ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output (huge pages null)', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'equal values', code: 'min_mem=2048,desired_mem=2048,max_mem=2048' },
    { name: 'processing units in order', code: 'min_proc_units=0.1,desired_proc_units=0.5,max_proc_units=1.0' },
    { name: 'missing desired value with bounds in order', code: 'min_procs=1,max_procs=4' },
    { name: 'an operand that is not a number', code: 'min_mem=4096,desired_mem=abc,max_mem=8192' },
    { name: 'huge pages null', code: 'min_num_huge_pages=null,desired_num_huge_pages=2,max_num_huge_pages=null' },
  ],
  invalid: [
    {
      name: 'desired below min',
      code: 'min_mem=4096,desired_mem=2048,max_mem=8192',
      errors: [
        {
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 30,
          attribute: 'desired_mem',
          message: 'desired_mem (2048) is less than min_mem (4096); expected min_mem <= desired_mem <= max_mem',
          suggestion: 'Raise desired_mem to at least 4096, or lower min_mem to at most 2048',
        },
      ],
    },
    {
      name: 'desired above max',
      code: 'min_procs=1,desired_procs=4,max_procs=2',
      errors: [
        {
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 28,
          attribute: 'desired_procs',
          message: 'desired_procs (4) is greater than max_procs (2)',
          suggestion: 'Lower desired_procs to at most 2, or raise max_procs to at least 4',
        },
      ],
    },
    {
      name: 'min and max swapped: one finding at min, not one per broken pair',
      code: 'min_mem=4096,desired_mem=2048,max_mem=512',
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 13, attribute: 'min_mem', message: 'min_mem (4096) is greater than max_mem (512)' }],
    },
    {
      name: 'min above max where a swap would not help',
      code: 'min_proc_units=2.0,desired_proc_units=4.0,max_proc_units=0.5',
      errors: [
        {
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 19,
          message: 'min_proc_units (2.0) is greater than max_proc_units (0.5)',
          suggestion: 'Set min_proc_units and max_proc_units so that min_proc_units <= desired_proc_units <= max_proc_units',
        },
      ],
    },
    {
      name: 'huge pages out of order: a warning, the ordering is not confirmed by IBM',
      code: 'min_num_huge_pages=4,desired_num_huge_pages=2,max_num_huge_pages=8',
      errors: [{ line: 1, column: 45, endLine: 1, endColumn: 46, severity: 'warning', message: 'desired_num_huge_pages (2) is less than min_num_huge_pages (4)' }],
    },
    {
      name: 'one finding for each broken triple',
      code: 'min_mem=512,desired_mem=8192,max_mem=4096,min_procs=2,desired_procs=1,max_procs=2',
      errors: [
        { line: 1, column: 25, endLine: 1, endColumn: 29, attribute: 'desired_mem' },
        { line: 1, column: 69, endLine: 1, endColumn: 70, attribute: 'desired_procs' },
      ],
    },
    {
      name: 'a value on a continuation line',
      code: 'min_mem=4096,\\\ndesired_mem=2048,max_mem=8192\n',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 17, message: 'desired_mem (2048) is less than min_mem (4096)' }],
    },
  ],
});

it('min-desired-max: swapping min and max puts the triple in order (an unsafe fix)', () => {
  const code = 'min_mem=4096,desired_mem=2048,"max_mem=512"';
  const [finding] = lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics;
  expect(finding?.fix?.safe).toBe(false);
  expect(applyEdits(code, finding?.fix?.edits ?? [])).toBe('min_mem=512,desired_mem=2048,"max_mem=4096"');
});

it('min-desired-max: no fix where a swap would leave desired out of range', () => {
  const code = 'min_proc_units=2.0,desired_proc_units=4.0,max_proc_units=0.5';
  const [finding] = lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics;
  expect(finding?.fix).toBeUndefined();
});
