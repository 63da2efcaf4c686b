import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/processor-mode.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const UNITS = 'min_proc_units=0.1,desired_proc_units=0.5,max_proc_units=1.0';

ruleTester(rule, {
  valid: [
    { name: 'the seed example (dedicated)', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    {
      name: 'a complete uncapped shared partition',
      code: `proc_mode=shared,min_procs=1,desired_procs=2,max_procs=4,${UNITS},sharing_mode=uncap,uncap_weight=128`,
    },
    {
      name: 'exactly 0.05 units per virtual processor, capped with weight 0',
      code: 'proc_mode=shared,sharing_mode=cap,uncap_weight=0,min_proc_units=0.1,desired_proc_units=0.15,max_proc_units=1.0,desired_procs=3',
    },
    {
      name: 'exactly 1.0 unit per virtual processor',
      code: 'proc_mode=shared,sharing_mode=uncap,min_proc_units=0.1,desired_proc_units=2.00,max_proc_units=2.0,desired_procs=2',
    },
    { name: 'dedicated with a null processing-units placeholder', code: 'proc_mode=ded,sharing_mode=keep_idle_procs,min_proc_units=null' },
    { name: 'no proc_mode', code: 'sharing_mode=cap,min_proc_units=0.5' },
    { name: 'an unknown proc_mode (the value rules report it)', code: 'proc_mode=dedicated,sharing_mode=cap' },
  ],
  invalid: [
    {
      name: 'dedicated with a shared sharing mode',
      code: 'proc_mode=ded,sharing_mode=cap',
      errors: [
        {
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 31,
          attribute: 'sharing_mode',
          message: 'sharing_mode (cap) is a shared-processor mode, but proc_mode is ded; expected one of keep_idle_procs, share_idle_procs',
          suggestion: 'sharing_mode=keep_idle_procs',
        },
      ],
    },
    {
      name: 'dedicated with shared-only attributes: warnings at each pair',
      code: 'proc_mode=ded,sharing_mode=share_idle_procs,desired_proc_units=0.5,uncap_weight=128,shared_proc_pool_id=0,min_proc_units=null',
      errors: [
        { line: 1, column: 45, endLine: 1, endColumn: 67, severity: 'warning', attribute: 'desired_proc_units', message: 'desired_proc_units (0.5) applies only to shared-processor partitions' },
        { line: 1, column: 68, endLine: 1, endColumn: 84, severity: 'warning', attribute: 'uncap_weight' },
        { line: 1, column: 85, endLine: 1, endColumn: 106, severity: 'warning', attribute: 'shared_proc_pool_id' },
      ],
    },
    {
      name: 'shared without processing units: one error per missing attribute, at the end of proc_mode',
      code: 'name=lpar05,profile_name=lpar05,proc_mode=shared,sharing_mode=uncap,desired_procs=1',
      errors: ['desired_proc_units', 'max_proc_units', 'min_proc_units'].map((attribute) => ({
        line: 1,
        column: 49,
        endLine: 1,
        endColumn: 49,
        attribute,
        message: `${attribute} is missing; a shared-processor partition (proc_mode=shared) needs min_proc_units, desired_proc_units and max_proc_units`,
        suggestion:
          'lssyscfg -r prof -m <server> --filter lpar_names=lpar05,profile_names=lpar05 -F min_proc_units,desired_proc_units,max_proc_units',
      })),
    },
    {
      name: 'shared without max_proc_units, proc_mode quoted',
      code: '"proc_mode=shared",sharing_mode=cap,min_proc_units=0.1,desired_proc_units=0.5,desired_procs=1',
      errors: [{ line: 1, column: 19, endLine: 1, endColumn: 19, attribute: 'max_proc_units', suggestion: 'Add max_proc_units=<units> with' }],
    },
    {
      name: 'shared with a dedicated sharing mode',
      code: `proc_mode=shared,sharing_mode=share_idle_procs,${UNITS}`,
      errors: [
        { line: 1, column: 31, endLine: 1, endColumn: 47, message: 'sharing_mode (share_idle_procs) is a dedicated-processor mode, but proc_mode is shared; expected cap or uncap' },
      ],
    },
    {
      name: 'capped with a non-zero uncap_weight',
      code: `proc_mode=shared,sharing_mode=cap,uncap_weight=128,${UNITS}`,
      errors: [
        { line: 1, column: 48, endLine: 1, endColumn: 51, severity: 'warning', message: 'uncap_weight (128) has no effect with sharing_mode=cap', suggestion: 'Set uncap_weight=0' },
      ],
    },
    {
      name: 'too few processing units for the virtual processors',
      code: 'proc_mode=shared,sharing_mode=uncap,min_proc_units=0.1,desired_proc_units=0.10,max_proc_units=1.0,desired_procs=4',
      errors: [
        {
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 79,
          severity: 'warning',
          message: 'desired_proc_units (0.10) is less than 0.05 processing units per virtual processor for desired_procs (4); expected at least 0.20 (0.40 on POWER6 and older)',
          suggestion: 'Raise desired_proc_units to at least 0.20, or lower desired_procs to at most 2.',
        },
      ],
    },
    {
      name: 'more processing units than virtual processors can carry',
      code: 'proc_mode=shared,sharing_mode=uncap,min_proc_units=0.1,desired_proc_units=2.5,max_proc_units=4.0,desired_procs=2',
      errors: [
        {
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 78,
          severity: 'warning',
          message: 'desired_proc_units (2.5) is more than 1.0 processing unit per virtual processor for desired_procs (2); expected at most 2.00',
          suggestion: 'Raise desired_procs to at least 3, or lower desired_proc_units to at most 2.00.',
        },
      ],
    },
  ],
});

it('processor-mode: removing a shared-only attribute from a dedicated partition is an unsafe fix', () => {
  const code = 'proc_mode=ded,desired_proc_units=0.5,sharing_mode=keep_idle_procs';
  const [finding] = lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics;
  expect(finding?.fix?.safe).toBe(false);
  expect(applyEdits(code, finding?.fix?.edits ?? [])).toBe('proc_mode=ded,sharing_mode=keep_idle_procs');
});
