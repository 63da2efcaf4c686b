import { describe, expect, it } from 'vitest';
import rule from '../../rules/null-value.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const raw = seedFixture('lssyscfg-raw-concatenated.cfg');
const nullAt = (column: number, attribute: string) => ({
  line: 1,
  column,
  endLine: 1,
  endColumn: column + 4,
  attribute,
  message: `${attribute} is null: lssyscfg prints null when the setting does not apply`,
});

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'only the exact keyword the HMC prints', code: 'name=lp1,min_num_huge_pages=NULL,desired_num_huge_pages=nullable' },
    { name: 'a read-only attribute is the read-only-attribute rule’s', code: 'name=lp1,electronic_err_reporting=null' },
  ],
  invalid: [
    {
      name: 'the raw concatenated outputs: huge pages and error reporting, at the value',
      code: raw,
      errors: [
        nullAt(706, 'min_num_huge_pages'),
        nullAt(734, 'desired_num_huge_pages'),
        nullAt(758, 'max_num_huge_pages'),
        nullAt(1560, 'redundant_err_path_reporting'),
      ],
    },
    {
      name: 'a quoted pair: the value inside the quotes',
      code: 'name=lp1,\n"max_num_huge_pages=null"',
      errors: [{ line: 2, column: 21, endLine: 2, endColumn: 25, message: 'max_num_huge_pages is null' }],
    },
  ],
});

describe('null-value fixes', () => {
  const fixes = (code: string) => lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics.map((d) => d.fix!);

  it('removes the pair (safe)', () => {
    const code = 'name=lp1,min_num_huge_pages=null,mem_mode=ded';
    const [fix] = fixes(code);
    expect(fix?.safe).toBe(true);
    expect(applyEdits(code, fix!.edits)).toBe('name=lp1,mem_mode=ded');
  });

  it('all fixes together clean the raw outputs of null settings', () => {
    const fixed = applyEdits(raw, fixes(raw).flatMap((f) => f.edits));
    expect(fixed).toContain(',max_mem=4096,mem_mode=ded,');
    expect(fixed).toContain(',work_group_id=none,bsr_arrays=0,');
    expect(fixed.match(/=null/g)).toEqual(['=null']);
  });
});
