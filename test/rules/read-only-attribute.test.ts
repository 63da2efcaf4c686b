import { describe, expect, it } from 'vitest';
import rule from '../../rules/read-only-attribute.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const raw = seedFixture('lssyscfg-raw-concatenated.cfg');
const at = (column: number, endColumn: number, attribute: string) => ({
  line: 1,
  column,
  endLine: 1,
  endColumn,
  attribute,
  message: new RegExp(`^${attribute} is read-only: lssyscfg prints it, but partition creation rejects it`),
});

ruleTester(rule, {
  valid: [
    { name: 'the seed example keeps only configuration', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'lpar_proc_compat_mode is the input name', code: 'name=lp1,lpar_proc_compat_mode=POWER8' },
  ],
  invalid: [
    {
      name: 'the raw concatenated outputs: every piece of state, whole pairs',
      code: raw,
      errors: [
        at(42, 55, 'state'),
        at(56, 73, 'resource_config'),
        at(74, 108, 'os_version'),
        at(109, 136, 'logical_serial_num'),
        at(137, 159, 'default_profile'),
        at(160, 179, 'curr_profile'),
        at(292, 309, 'lpar_keylock'),
        at(354, 372, 'rmc_state'),
        at(373, 397, 'rmc_ipaddr'),
        at(433, 470, 'desired_lpar_proc_compat_mode'),
        at(471, 504, 'curr_lpar_proc_compat_mode'),
        at(583, 599, 'lpar_name'),
        at(1655, 1684, 'electronic_err_reporting'),
      ],
    },
    {
      name: 'the message says what the attribute is',
      code: 'name=lp1,state=Not Activated',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 29, message: 'state is read-only: lssyscfg prints it, but partition creation rejects it; expected it left out of the profile file' }],
    },
    {
      name: 'a listing name names its input attribute',
      code: 'name=lp1,desired_lpar_proc_compat_mode=POWER8',
      errors: [
        {
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 46,
          message: 'desired_lpar_proc_compat_mode is read-only: lssyscfg prints it, but partition creation rejects it; use lpar_proc_compat_mode instead',
          suggestion: 'rename it to lpar_proc_compat_mode: lpar_proc_compat_mode=POWER8',
        },
      ],
    },
    {
      name: 'a pair on a continuation line',
      code: 'name=lp1,\\\nrmc_ipaddr=10.0.0.1,lpar_id=2\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 20, attribute: 'rmc_ipaddr' }],
    },
  ],
});

describe('read-only-attribute fixes', () => {
  const fixes = (code: string) => lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics.map((d) => d.fix!);

  it('removes the pair with the comma after it (safe)', () => {
    const code = 'name=lp1,state=Running,lpar_id=2';
    const [fix] = fixes(code);
    expect(fix?.safe).toBe(true);
    expect(applyEdits(code, fix!.edits)).toBe('name=lp1,lpar_id=2');
  });

  it('removes a last pair with the comma before it', () => {
    const code = 'name=lp1,os_version=AIX 7.1 7100-00-00-0000\n';
    expect(applyEdits(code, fixes(code)[0]!.edits)).toBe('name=lp1\n');
  });

  it('is safe for a listing name whose input attribute is present, unsafe when removal would drop the setting', () => {
    expect(fixes('name=lp1,desired_lpar_proc_compat_mode=POWER8,lpar_proc_compat_mode=POWER8')[0]?.safe).toBe(true);
    expect(fixes('name=lp1,desired_lpar_proc_compat_mode=POWER8')[0]?.safe).toBe(false);
  });

  it('removing all state from the raw outputs leaves no read-only attribute', () => {
    const fixed = applyEdits(raw, fixes(raw).flatMap((f) => f.edits));
    expect(lintProfile(fixed, { path: 'test.cfg', rules: [rule] }).diagnostics).toEqual([]);
    expect(fixed.startsWith('name=lpar05,lpar_id=15,lpar_env=aixlinux,work_group_id=none,')).toBe(true);
    expect(fixed.endsWith(',lpar_proc_compat_mode=default\n')).toBe(true);
  });
});
