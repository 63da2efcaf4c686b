import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/lpar-name.js';
import { applyEdits } from './apply-edits.js';
import { bareNode, node101 } from './node-context.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const SEED = seedFixture('lpar05_on_physical_server_01.cfg');

ruleTester(rule, {
  valid: [
    { name: 'name is LPARName', code: SEED, node: node101() },
    { name: 'no node context', code: 'name=lpar5' },
    { name: 'no LPARName known (no main.cf resource)', code: 'name=lpar5', node: bareNode() },
    { name: 'no name: required-attribute reports it', code: 'lpar_id=15', node: node101() },
    { name: 'the first name counts (a second one is profile-name\'s finding)', code: 'name=lpar05,name=default_profile', node: node101() },
  ],
  invalid: [
    {
      name: 'the file names another partition',
      code: SEED,
      node: node101({ lparName: 'lpar5' }),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 12,
          attribute: 'name',
          message: 'name is "lpar05", but LPARName of resource lpar05_res on node lpar101 is "lpar5"; expected name=lpar5, the partition VCS manages',
        },
      ],
    },
    {
      name: 'names differ in case only',
      code: 'name=LPAR05,lpar_id=15',
      node: node101(),
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: 'name is "LPAR05", but LPARName' }],
    },
    {
      name: 'a quoted name',
      code: '"name=lpar 05",lpar_id=15',
      node: node101(),
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 14, message: 'name is "lpar 05"' }],
    },
    {
      name: 'an LPARName with a quote: no fix, a suggestion',
      code: 'name=lpar05',
      node: node101({ lparName: 'lpar"05' }),
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, suggestion: 'Set name to lpar"05, or correct LPARName in main.cf if the file is right.' }],
    },
  ],
});

function fixFor(code: string, lparName: string) {
  return lintProfile(code, { path: 'test.cfg', rules: [rule], node: node101({ lparName }) }).diagnostics[0]?.fix;
}

it('lpar-name: setting name to LPARName is an unsafe fix', () => {
  const fix = fixFor('name=lpar5,lpar_id=15', 'lpar05');
  expect(fix?.safe).toBe(false);
  expect(fix?.description).toBe('set name to lpar05; if the file is right, correct LPARName in main.cf instead');
  expect(applyEdits('name=lpar5,lpar_id=15', fix?.edits ?? [])).toBe('name=lpar05,lpar_id=15');
});

it('lpar-name: a new name with a comma gets the pair quoted', () => {
  expect(applyEdits('name=lpar5,lpar_id=15', fixFor('name=lpar5,lpar_id=15', 'lpar,05')?.edits ?? [])).toBe('"name=lpar,05",lpar_id=15');
  expect(applyEdits('"name=lpar 5",lpar_id=15', fixFor('"name=lpar 5",lpar_id=15', 'lpar,05')?.edits ?? [])).toBe('"name=lpar,05",lpar_id=15');
});

it('lpar-name: an LPARName with a quote gets no fix', () => {
  expect(fixFor('name=lpar05', 'lpar"05')).toBeUndefined();
});
