import { describe, expect, it } from 'vitest';
import rule from '../../rules/unknown-attribute.js';
import { editDistance } from '../../src/lint/helpers/nearest-names.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw outputs: read-only attributes are known ones', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
  ],
  invalid: [
    {
      name: 'a name three edits from a known one: the key, with a suggestion',
      code: 'name=lp1,min_memory=512',
      errors: [
        { line: 1, column: 10, endLine: 1, endColumn: 20, message: 'unknown attribute "min_memory"; did you mean "min_mem"?', attribute: 'min_memory' },
      ],
    },
    {
      name: 'several equally close names are all offered',
      code: 'name=lp1,m_procs=1',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 17, message: 'unknown attribute "m_procs"; did you mean "min_procs" or "max_procs"?' }],
    },
    {
      name: 'nothing close: no guess, a suggestion instead',
      code: 'name=lp1,colour=blue',
      errors: [
        {
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 16,
          message: /^unknown attribute "colour"$/,
          suggestion: 'check the spelling against the lssyscfg output, or remove the attribute',
        },
      ],
    },
    {
      name: 'a key on a continuation line',
      code: 'name=lp1,\\\n  desird_mem=2048\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 13, message: 'did you mean "desired_mem"?' }],
    },
  ],
});

describe('unknown-attribute fixes', () => {
  const diagnostics = (code: string) => lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics;

  it('renames a key one typo away (unsafe)', () => {
    const code = 'name=lp1,desried_mem=2048';
    const [d] = diagnostics(code);
    expect(d?.fix?.safe).toBe(false);
    expect(applyEdits(code, d!.fix!.edits)).toBe('name=lp1,desired_mem=2048');
  });

  it('renames a key that differs only in case', () => {
    const code = 'name=lp1,MIN_MEM=512';
    const [d] = diagnostics(code);
    expect(d?.message).toBe('unknown attribute "MIN_MEM"; did you mean "min_mem"?');
    expect(applyEdits(code, d!.fix!.edits)).toBe('name=lp1,min_mem=512');
  });

  it('offers no rename that would repeat an attribute, nor one three edits away', () => {
    expect(diagnostics('name=lp1,min_mem=512,min_mme=512')[0]?.fix).toBeUndefined();
    expect(diagnostics('name=lp1,min_memory=512')[0]?.fix).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('desried_mem', 'desired_mem')).toBe(1);
    expect(editDistance('min_memory', 'min_mem')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('lpar', 'name')).toBe(4);
  });
});
