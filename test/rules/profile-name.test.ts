import { describe, expect, it } from 'vitest';
import rule from '../../rules/profile-name.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const raw = seedFixture('lssyscfg-raw-concatenated.cfg');

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the docs copy with continuation lines', code: seedFixture('lpar05-docs-copy-with-continuations.cfg') },
    { name: 'an empty file is the syntax rule’s finding', code: '' },
  ],
  invalid: [
    {
      name: 'the raw concatenated outputs: the prof output’s name was not renamed',
      code: raw,
      errors: [
        {
          line: 1,
          column: 571,
          endLine: 1,
          endColumn: 575,
          attribute: 'name',
          message: 'a second name ("lpar05") is the profile name printed by lssyscfg -r prof; it must be renamed to profile_name (step 4 of the VCS procedure)',
        },
      ],
    },
    {
      name: 'profile_name missing: at the end of the last pair, with the command that prints the profile',
      code: 'name=lp1,lpar_id=2\n',
      errors: [
        {
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 19,
          attribute: 'profile_name',
          message: 'profile_name is missing',
          suggestion:
            'rename the "name" of the lssyscfg -r prof -m <server> --filter lpar_names=lp1,profile_names=<profile> output to profile_name (step 4 of the VCS procedure)',
        },
      ],
    },
    {
      name: 'a partition name with blanks is quoted in the command',
      code: 'name=my lpar,lpar_id=2',
      errors: [{ line: 1, column: 23, endLine: 1, endColumn: 23, suggestion: '--filter "lpar_names=my lpar,profile_names=<profile>" output' }],
    },
    {
      name: 'a second name next to profile_name conflicts: the whole pair',
      code: 'name=lp1,profile_name=p1,name=p1',
      errors: [
        {
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 33,
          message: 'name is given again ("p1") after the partition name "lp1" at 1:1, and the profile name is already in profile_name ("p1"); remove it',
        },
      ],
    },
    {
      name: 'a third name: only the second can be the profile name',
      code: 'name=lp1,name=p1,\\\nname=x',
      errors: [
        { line: 1, column: 10, endLine: 1, endColumn: 14, message: 'a second name ("p1")' },
        { line: 2, column: 1, endLine: 2, endColumn: 7, message: 'name is given again ("x") after the partition name "lp1" at 1:1; a record holds one name; remove it' },
      ],
    },
  ],
});

describe('profile-name fixes', () => {
  const fixes = (code: string) => lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics.map((d) => d.fix);

  it('renames the raw output’s second name to profile_name (safe)', () => {
    const [fix] = fixes(raw);
    expect(fix?.safe).toBe(true);
    expect(applyEdits(raw, fix!.edits)).toBe(raw.replace(',name=lpar05,lpar_name=', ',profile_name=lpar05,lpar_name='));
  });

  it('removes a conflicting name only as an unsafe fix', () => {
    const code = 'name=lp1,profile_name=p1,name=p1';
    const [fix] = fixes(code);
    expect(fix?.safe).toBe(false);
    expect(applyEdits(code, fix!.edits)).toBe('name=lp1,profile_name=p1');
  });

  it('has no fix for a missing profile_name', () => {
    expect(fixes('name=lp1,lpar_id=2')).toEqual([undefined]);
  });
});
