import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-attribute.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const seed = seedFixture('lpar05_on_physical_server_01.cfg');
const raw = seedFixture('lssyscfg-raw-concatenated.cfg');

/** An equal repeat on line 1: info, naming the value and where the first occurrence is. */
const repeat = (column: number, endColumn: number, attribute: string, value: string, firstColumn: number) => ({
  line: 1,
  column,
  endLine: 1,
  endColumn,
  severity: 'info' as const,
  attribute,
  message: `${attribute} is given again with the same value "${value}" (first at 1:${firstColumn})`,
});

ruleTester(rule, {
  valid: [
    { name: 'a second name is the profile-name rule’s', code: 'name=lp1,lpar_id=2,name=prof1' },
    { name: 'a null repeat is the null-value rule’s', code: 'name=lp1,redundant_err_path_reporting=0,redundant_err_path_reporting=null' },
    { name: 'keys differing in case are not repeats', code: 'name=lp1,boot_mode=norm,BOOT_MODE=sms' },
  ],
  invalid: [
    {
      name: 'the seed example repeats four attributes with equal values: one info finding for all, no error',
      code: seed,
      errors: [
        {
          line: 1,
          column: 1032,
          endLine: 1,
          endColumn: 1046,
          severity: 'info',
          attribute: null,
          message:
            '4 attributes are given again with the same value: boot_mode=norm (first at 1:139), auto_start=0 (first at 1:154), power_ctrl_lpar_ids=none (first at 1:114), work_group_id=none (first at 1:42)',
        },
      ],
    },
    {
      name: 'the raw concatenated outputs: equal repeats only (redundant_err_path_reporting=null is null-value’s)',
      code: raw,
      errors: [{ line: 1, column: 600, endLine: 1, endColumn: 610, severity: 'info', attribute: null, message: /^7 attributes are given again with the same value: lpar_id=15 \(first at 1:13\), lpar_env=aixlinux \(first at 1:24\), affinity_group_id=none/ }],
    },
    {
      name: 'a single equal repeat names its attribute',
      code: 'name=lp1,boot_mode=norm,auto_start=0,boot_mode=norm',
      errors: [repeat(38, 52, 'boot_mode', 'norm', 10)],
    },
    {
      name: 'different values: an error at the later pair naming both values and the first position',
      code: 'name=lp1,boot_mode=norm,auto_start=0,boot_mode=sms',
      errors: [
        {
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 51,
          attribute: 'boot_mode',
          message: 'boot_mode is given twice with different values: "sms" here and "norm" at 1:10',
        },
      ],
    },
    {
      name: 'every later occurrence is compared with the first',
      code: 'name=lp1,auto_start=0,auto_start=0,auto_start=1',
      errors: [
        repeat(23, 35, 'auto_start', '0', 10),
        { line: 1, column: 36, endLine: 1, endColumn: 48, message: '"1" here and "0" at 1:10' },
      ],
    },
    {
      name: 'the first occurrence on another line',
      code: 'name=lp1,boot_mode=norm,\\\nboot_mode=sms\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 14, message: '"sms" here and "norm" at 1:10' }],
    },
  ],
});

describe('duplicate-attribute fixes', () => {
  const fixes = (code: string) => lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics.map((d) => d.fix!);

  it('drops an equal repeat (safe): the seed example then has each attribute once', () => {
    const all = fixes(seed);
    expect(all.every((f) => f.safe)).toBe(true);
    const fixed = applyEdits(seed, all.flatMap((f) => f.edits));
    expect(fixed).toBe(seed.replace(',boot_mode=norm,conn_monitoring=1,auto_start=0,power_ctrl_lpar_ids=none,work_group_id=none,', ',conn_monitoring=1,'));
    expect(lintProfile(fixed, { path: 'test.cfg', rules: [rule] }).diagnostics).toEqual([]);
  });

  it('drops a conflicting later occurrence only as an unsafe fix', () => {
    const code = 'name=lp1,boot_mode=norm,auto_start=0,boot_mode=sms';
    const [fix] = fixes(code);
    expect(fix?.safe).toBe(false);
    expect(applyEdits(code, fix!.edits)).toBe('name=lp1,boot_mode=norm,auto_start=0');
  });
});
